package org.fazhi.shared;

import java.time.Duration;

/**
 * A throttle refused the request; the web layer answers 429 with {@code Retry-After} (a zh-CN page, or problem
 * JSON under /api/).
 */
public class TooManyRequests extends RuntimeException {

	private final Duration retryAfter;

	public TooManyRequests(Duration retryAfter) {
		super("too many requests, retry after " + retryAfter);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}

	/** The wait as a person reads it: whole minutes, or seconds under one minute. */
	public String waitText() {
		long s = retryAfter.toSeconds();
		return s < 60 ? s + " 秒" : (s + 59) / 60 + " 分钟";
	}
}
