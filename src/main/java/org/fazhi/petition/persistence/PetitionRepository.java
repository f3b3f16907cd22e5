package org.fazhi.petition.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.petition.Petition;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PetitionRepository extends JpaRepository<Petition, Long>, JpaSpecificationExecutor<Petition> {

	/** Numbers are unique per town; a ledger imported from elsewhere may repeat another town's number. */
	List<Petition> findByTrackingNumber(String trackingNumber);

	List<Petition> findByOrgIdAndExtensionRequestedDaysIsNotNullOrderById(long orgId);

	boolean existsByOrgIdAndTrackingNumber(long orgId, String trackingNumber);

	Optional<Petition> findByOrgIdAndIdempotencyKey(long orgId, String idempotencyKey);

	List<Petition> findByOrgIdAndReceivedOnBetweenOrderByReceivedOnAscIdAsc(long orgId, LocalDate from, LocalDate to);

	/** 复查/复核 waiting for a decision in the given towns, oldest request first. */
	@Query("select p from Petition p where p.orgId in :orgs and p.status in :statuses order by p.id")
	List<Petition> inStatus(@Param("orgs") java.util.Collection<Long> orgs,
			@Param("statuses") java.util.Collection<org.fazhi.petition.PetitionStatus> statuses);

	/** Earlier petitions of a person, by ID number (信访工作条例 Art. 19 ¶3: the same matter is not taken twice). */
	@Query("select distinct p from Petition p join p.petitioners x where p.orgId = :org and x.idNumber in :ids "
			+ "and p.id <> :self order by p.id desc")
	List<Petition> samePerson(@Param("org") long org, @Param("ids") List<String> ids, @Param("self") long self);
}
