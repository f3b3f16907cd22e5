package org.fazhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.fazhi.shared.OrgId;
import org.junit.jupiter.api.Test;

/** 5 failed sign-ins in a row lock the account for 15 minutes; a successful sign-in resets the count. */
class AccountLockoutTests {

	private static final Instant T0 = Instant.parse("2024-03-28T06:00:00Z");

	private final Account account = new Account(OrgId.of(1), "tester", "测试", "{noop}x", EnumSet.of(Role.PETITION),
			false, false, T0);

	@Test
	void theFifthFailureInARowLocksForFifteenMinutes() {
		for (int i = 1; i <= 4; i++) {
			assertThat(account.recordFailedSignIn(T0.plusSeconds(i))).as("failure %d", i).isFalse();
			assertThat(account.isLocked(T0.plusSeconds(i))).isFalse();
		}
		assertThat(account.recordFailedSignIn(T0.plusSeconds(5))).isTrue();
		assertThat(account.isLocked(T0.plusSeconds(5))).isTrue();
		assertThat(account.lockedUntil()).isEqualTo(T0.plusSeconds(5).plus(Duration.ofMinutes(15)));
		assertThat(account.isLocked(T0.plusSeconds(5).plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
	}

	@Test
	void theLockExpiresAfterFifteenMinutes() {
		lock(T0);
		assertThat(account.isLocked(T0.plus(Duration.ofMinutes(15)))).isFalse();
		assertThat(account.isLocked(T0.plus(Duration.ofMinutes(16)))).isFalse();
	}

	@Test
	void failuresDuringTheLockDoNotExtendIt() {
		lock(T0);
		Instant until = account.lockedUntil();
		assertThat(account.recordFailedSignIn(T0.plus(Duration.ofMinutes(10)))).isFalse();
		assertThat(account.lockedUntil()).isEqualTo(until);
	}

	@Test
	void afterAnExpiredLockTheCountStartsAfresh() {
		lock(T0);
		Instant later = T0.plus(Duration.ofMinutes(20));
		assertThat(account.recordFailedSignIn(later)).isFalse();
		assertThat(account.failedSignIns()).isEqualTo(1);
		assertThat(account.isLocked(later)).isFalse();
	}

	@Test
	void aSuccessfulSignInResetsTheCount() {
		for (int i = 0; i < 4; i++) {
			account.recordFailedSignIn(T0);
		}
		account.recordSuccessfulSignIn();
		assertThat(account.failedSignIns()).isZero();
		for (int i = 0; i < 4; i++) {
			assertThat(account.recordFailedSignIn(T0)).isFalse();
		}
		assertThat(account.isLocked(T0)).isFalse();
		assertThat(account.recordFailedSignIn(T0)).isTrue();
	}

	@Test
	void unlockingEndsTheLockAtOnce() {
		lock(T0);
		account.unlock();
		assertThat(account.isLocked(T0.plusSeconds(1))).isFalse();
		assertThat(account.failedSignIns()).isZero();
	}

	private void lock(Instant at) {
		for (int i = 0; i < Account.MAX_FAILED_SIGN_INS; i++) {
			account.recordFailedSignIn(at);
		}
		assertThat(account.isLocked(at)).isTrue();
	}
}
