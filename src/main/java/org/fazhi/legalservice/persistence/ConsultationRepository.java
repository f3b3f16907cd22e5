package org.fazhi.legalservice.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.fazhi.legalservice.Channel;
import org.fazhi.legalservice.Consultation;
import org.fazhi.legalservice.Topic;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConsultationRepository extends JpaRepository<Consultation, Long> {

	Optional<Consultation> findByIdAndOrgIdIn(long id, Collection<Long> orgIds);

	Optional<Consultation> findByIdempotencyKey(String key);

	Optional<Consultation> findByTrackingNumber(String trackingNumber);

	@Query("""
			select c from Consultation c where c.orgId = :org
			and (:channel is null or c.channel = :channel) and (:topic is null or c.topic = :topic)
			and (:open = false or c.answer is null)
			order by c.askedOn desc, c.id desc""")
	Page<Consultation> find(@Param("org") long org, @Param("channel") @Nullable Channel channel,
			@Param("topic") @Nullable Topic topic, @Param("open") boolean open, Pageable page);

	@Query("select c from Consultation c where c.orgId = :org and c.askedOn >= :from and c.askedOn <= :to")
	List<Consultation> asked(@Param("org") long org, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
