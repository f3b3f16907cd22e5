package org.fazhi.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.stereotype.Component;

/**
 * Every throttle of the application in one place: request budgets per client address (page forms and the API
 * alike), query-code tries per tracking number and per address, sign-in tries per address and per account. Each
 * budget is a Bucket4j token bucket per key that refills steadily ({@code tokens} per {@code per}), so a refused
 * caller is told exactly how long to wait ({@code Retry-After}). Buckets live in memory per node and are forgotten
 * once idle for a whole period, so a flood of addresses cannot grow memory without bound.
 */
@Component
public class RateLimit {

	private static final long MAX_KEYS_PER_BUDGET = 200_000;

	private final TimeMeter time;

	private final Map<Budget, Cache<String, Bucket>> buckets = new ConcurrentHashMap<>();

	RateLimit(Clock clock) {
		// the application's clock, so tests that move time move the buckets too
		this.time = new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}

	public static RateLimit using(Clock clock) {
		return new RateLimit(clock);
	}

	/** {@code tokens} tries per {@code per} for each key; the name keeps budgets with equal figures apart. */
	public record Budget(String name, long tokens, Duration per) {

		public Budget {
			if (tokens < 1 || per.isNegative() || per.isZero()) {
				throw new IllegalArgumentException("a budget needs at least one try in a positive period: " + name);
			}
		}
	}

	/** Takes one try from the key's budget: empty when allowed, otherwise how long until the next try is allowed. */
	public Optional<Duration> take(Budget budget, String key) {
		ConsumptionProbe probe = bucket(budget, key).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return Optional.empty();
		}
		// round up to whole seconds: Retry-After counts seconds, and 0 would invite an immediate retry
		long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
		return Optional.of(Duration.ofSeconds(seconds));
	}

	/** One try of one key's budget, for {@link #takeAll}. */
	public record Try(Budget budget, String key) {
	}

	/**
	 * Takes one try from each budget, all or none: when one refuses, the tries already taken are given back. Several
	 * budgets on one key make delays grow (e.g. 10 per 10 minutes and 50 per day).
	 */
	public Optional<Duration> takeAll(java.util.List<Try> tries) {
		for (int i = 0; i < tries.size(); i++) {
			Optional<Duration> wait = take(tries.get(i).budget(), tries.get(i).key());
			if (wait.isPresent()) {
				tries.subList(0, i).forEach(t -> giveBack(t.budget(), t.key()));
				return wait;
			}
		}
		return Optional.empty();
	}

	public void giveBackAll(java.util.List<Try> tries) {
		tries.forEach(t -> giveBack(t.budget(), t.key()));
	}

	/** Returns a try taken by {@link #take} that turned out not to count (a right code, a successful sign-in). */
	public void giveBack(Budget budget, String key) {
		Cache<String, Bucket> cache = buckets.get(budget);
		Bucket bucket = cache == null ? null : cache.getIfPresent(key);
		if (bucket != null) {
			// addTokens never exceeds the capacity
			bucket.addTokens(1);
		}
	}

	/** The tries left for the key now, for tests and status pages. */
	public long remaining(Budget budget, String key) {
		return bucket(budget, key).getAvailableTokens();
	}

	private Bucket bucket(Budget budget, String key) {
		return buckets
			.computeIfAbsent(budget,
					b -> Caffeine.newBuilder().expireAfterAccess(b.per()).maximumSize(MAX_KEYS_PER_BUDGET).build())
			.get(key, k -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(budget.tokens()).refillGreedy(budget.tokens(), budget.per()).build())
				.withCustomTimePrecision(time)
				.build());
	}
}
