package org.fazhi.inforequest.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.inforequest.InfoRequest;
import org.fazhi.inforequest.Status;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InfoRequestRepository extends JpaRepository<InfoRequest, Long> {

	Optional<InfoRequest> findByTrackingNumber(String trackingNumber);

	Optional<InfoRequest> findByOrgIdAndIdempotencyKey(long orgId, String idempotencyKey);

	Optional<InfoRequest> findByIdAndOrgId(long id, long orgId);

	/** Everything that touches a year: received up to its end and not answered before its start. */
	@Query("select r from InfoRequest r where r.orgId = :org and r.receivedOn <= :last"
			+ " and (r.repliedOn is null or r.repliedOn >= :first)")
	List<InfoRequest> touchingYear(@Param("org") long org, @Param("first") LocalDate first,
			@Param("last") LocalDate last);

	@Query("select r from InfoRequest r where r.orgId = :org and (:status is null or r.status = :status)"
			+ " and (:open = false or r.status in (org.fazhi.inforequest.Status.OPEN,"
			+ " org.fazhi.inforequest.Status.AWAITING_CORRECTION, org.fazhi.inforequest.Status.CONSULTING))"
			+ " and (:q = '' or r.trackingNumber like concat('%', :q, '%') or r.description like concat('%', :q, '%'))"
			+ " and (cast(:from as date) is null or r.receivedOn >= :from)"
			+ " and (cast(:to as date) is null or r.receivedOn <= :to)")
	Page<InfoRequest> search(@Param("org") long org, @Param("status") Status status, @Param("open") boolean open,
			@Param("q") String q, @Param("from") LocalDate from, @Param("to") LocalDate to, Pageable page);

	List<InfoRequest> findByStatusIn(List<Status> statuses);
}
