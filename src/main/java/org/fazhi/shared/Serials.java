package org.fazhi.shared;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free serial numbers per scope (e.g. {@code YSQ-2024} for tracking numbers, or an org and year for 索引号).
 * The counter row stays locked until the caller's transaction ends, so concurrent callers queue, and a rolled-back
 * caller gives its number back: no gaps, no duplicates, on H2 and PostgreSQL alike.
 */
@Component
public class Serials {

	private final JdbcTemplate jdbc;

	Serials(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public long next(String scope) {
		for (int attempt = 0; attempt < 3; attempt++) {
			if (jdbc.update("update shared_serial set last_value = last_value + 1 where scope = ?", scope) == 1) {
				Long value = jdbc.queryForObject("select last_value from shared_serial where scope = ?", Long.class, scope);
				return value == null ? 1 : value;
			}
			try {
				jdbc.update("insert into shared_serial (scope, last_value) values (?, 0)", scope);
			}
			catch (DataIntegrityViolationException someoneElseCreatedIt) {
				// another transaction inserted the row first; the update now waits for its lock
			}
		}
		throw new IllegalStateException("cannot allocate a serial for " + scope);
	}
}
