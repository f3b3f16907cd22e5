package org.fazhi.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serial numbers per scope (e.g. {@code YSQ-2024} for tracking numbers, or an org and year for 索引号). With
 * {@link #next} the counter row stays locked until the caller's transaction ends, so concurrent callers queue and a
 * rolled-back caller gives its number back: no gaps, no duplicates, on H2 and PostgreSQL alike. {@link #nextUnique}
 * commits at once: unique, but a rolled-back caller leaves a gap.
 */
@Component
public class Serials {

	private final JdbcTemplate jdbc;

	Serials(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public long next(String scope) {
		return allocate(scope);
	}

	/**
	 * A serial taken in a transaction of its own, so the counter row is locked only for that instant: for numbers
	 * that must be unique but may have a gap when the caller rolls back (citizens' tracking numbers), where queueing
	 * every submission of a kind behind the counter until its commit would cap the intake rate (bench/README.md).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long nextUnique(String scope) {
		return allocate(scope);
	}

	private long allocate(String scope) {
		for (int attempt = 0; attempt < 3; attempt++) {
			if (jdbc.update("update shared_serial set last_value = last_value + 1 where scope = ?", scope) == 1) {
				Long value = jdbc.queryForObject("select last_value from shared_serial where scope = ?", Long.class, scope);
				return value == null ? 1 : value;
			}
			createIfAbsent(scope);
		}
		throw new IllegalStateException("cannot allocate a serial for " + scope);
	}

	/**
	 * Inserts the counter row under a savepoint: when a concurrent transaction created it first, PostgreSQL aborts
	 * the whole transaction on the duplicate key unless the failed insert is rolled back to the savepoint (H2 does
	 * not, which is why the H2 tests did not show it).
	 */
	private void createIfAbsent(String scope) {
		Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
		Savepoint savepoint = null;
		try {
			savepoint = connection.setSavepoint();
			jdbc.update("insert into shared_serial (scope, last_value) values (?, 0)", scope);
			connection.releaseSavepoint(savepoint);
		}
		catch (DataIntegrityViolationException someoneElseCreatedIt) {
			// another transaction inserted the row first; the update now waits for its lock
			try {
				connection.rollback(savepoint);
			}
			catch (SQLException e) {
				throw new IllegalStateException("cannot roll back to the serial savepoint", e);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot set a savepoint for the serial " + scope, e);
		}
	}
}
