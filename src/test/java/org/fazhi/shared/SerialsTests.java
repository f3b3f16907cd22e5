package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.fazhi.FazhiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Gap-free counters that never hand out a number twice, also when numbers come in from an imported ledger. */
@FazhiTest
class SerialsTests {

	@Autowired
	Serials serials;

	@Autowired
	TransactionTemplate tx;

	private long next(String scope) {
		return tx.execute(status -> serials.next(scope));
	}

	private void taken(String scope, long serial) {
		tx.executeWithoutResult(status -> serials.taken(scope, serial));
	}

	@Test
	void aTakenNumberMovesTheCounterPastIt() {
		String scope = "T-" + UUID.randomUUID();
		assertThat(next(scope)).isEqualTo(1);
		taken(scope, 7);
		assertThat(next(scope)).isEqualTo(8);
	}

	@Test
	void aTakenNumberBelowTheCounterLeavesItAlone() {
		String scope = "T-" + UUID.randomUUID();
		next(scope);
		next(scope);
		next(scope);
		taken(scope, 2);
		assertThat(next(scope)).isEqualTo(4);
	}

	@Test
	void aNumberTakenInAScopeWithoutCounterStartsItThere() {
		String scope = "T-" + UUID.randomUUID();
		taken(scope, 41);
		assertThat(next(scope)).isEqualTo(42);
	}

	@Test
	void aRolledBackImportGivesNothingAway() {
		String scope = "T-" + UUID.randomUUID();
		next(scope);
		tx.executeWithoutResult(status -> {
			serials.taken(scope, 100);
			status.setRollbackOnly();
		});
		assertThat(next(scope)).isEqualTo(2);
	}

	@Test
	void trackingNumbersTellTheirYearAndSerial() {
		TrackingNumber n = new TrackingNumber("XF-2024-000123");
		assertThat(n.prefix()).isEqualTo("XF");
		assertThat(n.year()).isEqualTo(2024);
		assertThat(n.serial()).isEqualTo(123);
	}
}
