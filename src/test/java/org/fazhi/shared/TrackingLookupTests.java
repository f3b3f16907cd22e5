package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** One throttle for every query-code check: per tracking number whoever asks, and per client address. */
class TrackingLookupTests {

	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2024-09-25T02:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	private final MovableClock clock = new MovableClock();

	private final TrackingLookup lookup = new TrackingLookup(List.of(), RateLimit.using(clock), 5, 20,
			Duration.ofMinutes(10));

	private final AtomicInteger checks = new AtomicInteger();

	private Optional<String> miss() {
		checks.incrementAndGet();
		return Optional.empty();
	}

	@Test
	void fiveMissesOnOneNumberFromManyAddressesStopTheSixthEvenWithTheRightCode() {
		for (int i = 0; i < 5; i++) {
			assertThat(lookup.attempt("XF-2024-000001", "203.0.113." + i, this::miss)).isEmpty();
		}
		assertThatThrownBy(() -> lookup.attempt("xf-2024-000001 ", "203.0.113.99", () -> Optional.of("hit")))
			.isInstanceOfSatisfying(TooManyRequests.class,
					e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(2)));
		assertThat(checks).hasValue(5);
		// another number is not affected; the budget refills one try per two minutes
		assertThat(lookup.attempt("XF-2024-000002", "203.0.113.99", () -> Optional.of("hit"))).contains("hit");
		clock.now = clock.now.plus(Duration.ofMinutes(2));
		assertThat(lookup.attempt("XF-2024-000001", "203.0.113.99", () -> Optional.of("hit"))).contains("hit");
	}

	@Test
	void twentyMissesFromOneAddressOverManyNumbersStopThatAddressOnly() {
		for (int i = 0; i < 20; i++) {
			assertThat(lookup.attempt("XF-2024-0001%02d".formatted(i), "203.0.113.7", this::miss)).isEmpty();
		}
		assertThatThrownBy(() -> lookup.attempt("XF-2024-000200", "203.0.113.7", this::miss))
			.isInstanceOf(TooManyRequests.class);
		assertThat(checks).as("a refused try is not even checked").hasValue(20);
		assertThat(lookup.attempt("XF-2024-000200", "203.0.113.8", () -> Optional.of("hit"))).contains("hit");
	}

	@Test
	void theRightCodeCostsNothing() {
		for (int i = 0; i < 50; i++) {
			assertThat(lookup.attempt("XF-2024-000300", "203.0.113.9", () -> Optional.of("hit"))).contains("hit");
		}
	}

	@Test
	void aNotFoundThrownByTheCheckIsAMiss() {
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> lookup.attempt("XF-2024-000400", "203.0.113.10", () -> {
				throw new NotFound("petition");
			})).isInstanceOf(NotFound.class);
		}
		assertThatThrownBy(() -> lookup.attempt("XF-2024-000400", "203.0.113.10", () -> Optional.of("hit")))
			.isInstanceOf(TooManyRequests.class);
	}
}
