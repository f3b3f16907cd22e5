package org.fazhi.disclosure.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.disclosure.Document;
import org.fazhi.disclosure.DocumentStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long>, JpaSpecificationExecutor<Document> {

	@Query("select d from Document d where d.orgId = ?1 and d.columnId = ?2 and d.status = ?3 order by d.publishedOn desc, d.id desc")
	Page<Document> findColumnPage(long orgId, long columnId, DocumentStatus status, Pageable page);

	@Query("select d from Document d where d.orgId = ?1 and d.status = ?2 order by d.publishedOn desc, d.id desc")
	Page<Document> findNewest(long orgId, DocumentStatus status, Pageable page);

	@Query("select d from Document d where d.orgId = ?1 and d.status = org.fazhi.disclosure.DocumentStatus.PUBLISHED and d.publishedOn between ?2 and ?3")
	List<Document> findPublishedBetween(long orgId, LocalDate from, LocalDate to);

	@Query("select d from Document d where d.orgId = ?1 and d.status in ?2 order by d.dueOn asc nulls last, d.id")
	List<Document> findByStatuses(long orgId, List<DocumentStatus> statuses);

	@Query("select d from Document d where d.interpretsId = ?1 and d.status = org.fazhi.disclosure.DocumentStatus.PUBLISHED order by d.publishedOn desc")
	List<Document> findPublishedInterpretationsOf(long documentId);

	@Query("select d.columnId, max(d.publishedOn), count(d) from Document d where d.orgId = ?1 and d.status = org.fazhi.disclosure.DocumentStatus.PUBLISHED group by d.columnId")
	List<Object[]> columnActivity(long orgId);

	@Query("select max(d.updatedAt) from Document d where d.orgId = ?1")
	Optional<java.time.Instant> lastChange(long orgId);

	@Query("select d from Document d where d.status = org.fazhi.disclosure.DocumentStatus.PUBLISHED and d.orgId = ?1 order by d.id")
	List<Document> findAllPublished(long orgId);

	/** The 更新稿 of a published item still on its way (草稿, 保密审查中, 审查通过待发布). */
	@Query("select d from Document d where d.revisionOf = ?1 and d.status in (org.fazhi.disclosure.DocumentStatus.DRAFT, org.fazhi.disclosure.DocumentStatus.IN_REVIEW, org.fazhi.disclosure.DocumentStatus.APPROVED)")
	List<Document> findOpenRevisionsOf(long documentId);
}
