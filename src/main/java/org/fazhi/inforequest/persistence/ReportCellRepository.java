package org.fazhi.inforequest.persistence;

import java.util.List;

import org.fazhi.inforequest.ReportCell;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportCellRepository extends JpaRepository<ReportCell, Long> {

	@Query("select c from ReportCell c where c.orgId = :org and c.year = :year")
	List<ReportCell> of(@Param("org") long org, @Param("year") int year);
}
