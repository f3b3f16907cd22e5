package org.fazhi.shared.shell;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * The one "today" of the application: read from the injected {@link Clock} (so tests can fix it) and always in
 * Asia/Shanghai, because a township's working day is Beijing's whatever zone the server or a test clock runs in.
 */
@Component
public class Today {

	/** Government business runs on Beijing time. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Clock clock;

	public Today(Clock clock) {
		this.clock = clock.withZone(ZONE);
	}

	public LocalDate date() {
		return LocalDate.now(clock);
	}

	public int year() {
		return date().getYear();
	}

	public YearMonth month() {
		return YearMonth.now(clock);
	}

	public LocalDateTime dateTime() {
		return LocalDateTime.now(clock);
	}
}
