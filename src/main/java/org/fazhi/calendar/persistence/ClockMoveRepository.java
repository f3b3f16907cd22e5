package org.fazhi.calendar.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClockMoveRepository extends JpaRepository<ClockMove, Long> {

	List<ClockMove> findByClockIdOrderById(long clockId);
}
