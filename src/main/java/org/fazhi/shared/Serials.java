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
 * Gap-free serial numbers per scope (e.g. {@code YSQ-2024} for tracking numbers, or an org and year for 索引号).
 * The counter row stays locked until the caller's transaction ends, so concurrent callers queue, and a rolled-back
 * caller gives its number back: no gaps, no duplicates, on H2 and PostgreSQL alike. (Taking the number in a
 * transaction of its own would shorten the queue but needs a second pooled connection per request: under load every
 * connection ends up waiting for another — measured in bench/README.md.)
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
			createIfAbsent(scope);
		}
		throw new IllegalStateException("cannot allocate a serial for " + scope);
	}

	/**
	 * Records that {@code serial} is already in use in {@code scope} — a number that came with an imported ledger —
	 * so that {@link #next} never hands it out again: the counter moves up to it and never down. Takes the same row
	 * lock as {@code next}, so an intake that is about to commit that very number is waited for.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void taken(String scope, long serial) {
		for (int attempt = 0; attempt < 3; attempt++) {
			if (jdbc.update("update shared_serial set last_value = greatest(last_value, ?) where scope = ?", serial,
					scope) == 1) {
				return;
			}
			createIfAbsent(scope);
		}
		throw new IllegalStateException("cannot record the serial " + serial + " of " + scope);
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
