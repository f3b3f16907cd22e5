package org.fazhi.calendar.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NoticeRevisionRepository extends JpaRepository<NoticeRevision, Long> {

	/** The revision in force for each year: the newest. */
	@Query("select r from NoticeRevision r where r.revision = "
			+ "(select max(o.revision) from NoticeRevision o where o.year = r.year) order by r.year")
	List<NoticeRevision> findCurrent();

	Optional<NoticeRevision> findFirstByYearOrderByRevisionDesc(int year);

	List<NoticeRevision> findByYearOrderByRevisionDesc(int year);
}
