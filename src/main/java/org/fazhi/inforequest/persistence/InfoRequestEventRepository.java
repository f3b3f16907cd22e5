package org.fazhi.inforequest.persistence;

import java.util.List;

import org.fazhi.inforequest.InfoRequestEvent;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InfoRequestEventRepository extends JpaRepository<InfoRequestEvent, Long> {

	@Query("select e from InfoRequestEvent e where e.requestId = :id order by e.at, e.id")
	List<InfoRequestEvent> ofRequest(@Param("id") long requestId);

	@Query("select count(e) > 0 from InfoRequestEvent e where e.requestId = :id and e.what = :what")
	boolean exists(@Param("id") long requestId, @Param("what") String what);
}
