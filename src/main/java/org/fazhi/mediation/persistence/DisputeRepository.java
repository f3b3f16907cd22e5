package org.fazhi.mediation.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fazhi.mediation.Dispute;
import org.fazhi.mediation.DisputeSource;
import org.fazhi.mediation.DisputeStatus;
import org.fazhi.mediation.DisputeType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DisputeRepository extends JpaRepository<Dispute, Long> {

	Optional<Dispute> findByIdAndOrgIdIn(long id, Collection<Long> orgIds);

	boolean existsByOrgIdAndCaseNumber(long orgId, String caseNumber);

	Optional<Dispute> findByOrgIdAndSourceAndSourceRef(long orgId, DisputeSource source, String sourceRef);

	@Query("""
			select d from Dispute d where d.orgId = :org
			and (:type is null or d.type = :type) and (:source is null or d.source = :source)
			and (:status is null or d.status = :status) and (:village is null or d.villageName = :village)
			and (:risk = false or d.risk = true)
			and (:handled = false or d.status <> org.fazhi.mediation.DisputeStatus.IN_MEDIATION)
			and (cast(:from as date) is null or d.receivedOn >= :from) and (cast(:to as date) is null or d.receivedOn <= :to)
			order by d.receivedOn desc, d.id desc""")
	Page<Dispute> find(@Param("org") long org, @Param("type") @Nullable DisputeType type,
			@Param("source") @Nullable DisputeSource source, @Param("status") @Nullable DisputeStatus status,
			@Param("village") @Nullable String village, @Param("risk") boolean risk,
			@Param("from") @Nullable LocalDate from, @Param("to") @Nullable LocalDate to,
			@Param("handled") boolean handled, Pageable page);

	/** The facts the statistics count, one row per dispute received in the period. */
	@Query("""
			select new org.fazhi.mediation.persistence.DisputeFact(d.type, d.source, d.villageName,
			d.receivedOn, d.status) from Dispute d
			where d.orgId = :org and d.receivedOn >= :from and d.receivedOn <= :to""")
	List<DisputeFact> facts(@Param("org") long org, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
