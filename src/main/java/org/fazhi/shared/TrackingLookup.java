package org.fazhi.shared;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every check of a query code (or of a token derived from one) goes through {@link #attempt}: "查询办理进度" of
 * petitions, information requests and consultations, letter downloads and ratings. A miss costs one try of the
 * tracking number's budget (default 5 per 10 minutes, whoever asks) and one of the client address's (default 20 per
 * 10 minutes, whatever number it asks about); a hit costs nothing. When either budget is spent the check is not even
 * made, so a guesser learns nothing, and the caller answers 429 with the wait. An unknown number and a wrong code
 * give the same answer.
 */
@Component
public class TrackingLookup {

	private final List<Tracking.Source> sources;

	private final RateLimit limits;

	private final RateLimit.Budget perNumber;

	private final RateLimit.Budget perAddress;

	TrackingLookup(List<Tracking.Source> sources, RateLimit limits,
			@Value("${fazhi.tracking.misses-per-number:5}") int perNumber,
			@Value("${fazhi.tracking.misses-per-address:20}") int perAddress,
			@Value("${fazhi.tracking.window:10m}") Duration window) {
		this.sources = sources;
		this.limits = limits;
		this.perNumber = new RateLimit.Budget("tracking.number", perNumber, window);
		this.perAddress = new RateLimit.Budget("tracking.address", perAddress, window);
	}

	public sealed interface Answer {
	}

	public record Found(Tracking tracking) implements Answer {
	}

	public record NotFound() implements Answer {
	}

	public record Throttled(Duration retryAfter) implements Answer {
	}

	/** "查询办理进度": asks the module that issued the number. */
	public Answer find(String number, String code, String address) {
		try {
			return attempt(number, address, () -> {
				if (!TrackingNumber.isWellFormed(number) || code == null || code.isBlank()) {
					return Optional.<Tracking>empty();
				}
				TrackingNumber n = new TrackingNumber(number.trim().toUpperCase());
				return sources.stream().filter(s -> s.handles(n)).findFirst().flatMap(s -> s.find(n, code));
			}).<Answer>map(Found::new).orElseGet(NotFound::new);
		}
		catch (TooManyRequests e) {
			return new Throttled(e.retryAfter());
		}
	}

	/**
	 * Runs {@code check} (which verifies a query code or token for {@code number}) if the number and the address
	 * still have tries; an empty result (or {@link org.fazhi.shared.NotFound}) is a miss and costs one try of each, any other
	 * exception means the code matched and is passed on.
	 *
	 * @throws TooManyRequests when a budget is spent; the check was not made
	 */
	public <T> Optional<T> attempt(String number, String address, Supplier<Optional<T>> check) {
		// normalized, so "xf-2024-000001 " and "XF-2024-000001" share one budget
		String n = number == null ? "" : number.trim().toUpperCase();
		Optional<Duration> wait = limits.take(perAddress, address);
		if (wait.isPresent()) {
			throw new TooManyRequests(wait.get());
		}
		wait = limits.take(perNumber, n);
		if (wait.isPresent()) {
			limits.giveBack(perAddress, address);
			throw new TooManyRequests(wait.get());
		}
		Optional<T> result;
		try {
			result = check.get();
		}
		catch (org.fazhi.shared.NotFound miss) {
			throw miss;
		}
		catch (RuntimeException refusedAfterTheCodeMatched) {
			// e.g. "already rated": the code was right, so the try does not count
			limits.giveBack(perAddress, address);
			limits.giveBack(perNumber, n);
			throw refusedAfterTheCodeMatched;
		}
		if (result.isPresent()) {
			limits.giveBack(perAddress, address);
			limits.giveBack(perNumber, n);
		}
		return result;
	}
}
