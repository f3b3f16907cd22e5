package org.fazhi.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * "查询办理进度": asks the module that issued the number. An unknown number and a wrong code give the same
 * empty answer; after {@value #FREE_TRIES} misses from one address within ten minutes, further tries are refused
 * until the window passes, so query codes cannot be guessed by brute force.
 */
@Component
public class TrackingLookup {

	static final int FREE_TRIES = 5;

	private static final Duration WINDOW = Duration.ofMinutes(10);

	private final List<Tracking.Source> sources;

	private final Clock clock;

	private final Map<String, Misses> misses = new ConcurrentHashMap<>();

	TrackingLookup(List<Tracking.Source> sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	public sealed interface Answer {
	}

	public record Found(Tracking tracking) implements Answer {
	}

	public record NotFound() implements Answer {
	}

	public record Throttled(Duration retryAfter) implements Answer {
	}

	public Answer find(String number, String code, String address) {
		Instant now = clock.instant();
		Misses m = misses.get(address);
		if (m != null && m.count >= FREE_TRIES && now.isBefore(m.since.plus(WINDOW))) {
			return new Throttled(Duration.between(now, m.since.plus(WINDOW)));
		}
		Optional<Tracking> found = Optional.empty();
		if (TrackingNumber.isWellFormed(number) && code != null && !code.isBlank()) {
			TrackingNumber n = new TrackingNumber(number.trim().toUpperCase());
			found = sources.stream().filter(s -> s.handles(n)).findFirst().flatMap(s -> s.find(n, code));
		}
		if (found.isPresent()) {
			return new Found(found.get());
		}
		misses.compute(address, (a, old) -> old == null || now.isAfter(old.since.plus(WINDOW)) ? new Misses(now, 1)
				: new Misses(old.since, old.count + 1));
		if (misses.size() > 100_000) {
			misses.entrySet().removeIf(e -> now.isAfter(e.getValue().since.plus(WINDOW)));
		}
		return new NotFound();
	}

	private record Misses(Instant since, int count) {
	}
}
