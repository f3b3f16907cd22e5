package org.fazhi.shared.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TodayTests {

	/** 2024-12-31 17:30 UTC is already 1 January 2025, 01:30, in Beijing: the township's day is Beijing's. */
	private final Clock utcClock = Clock.fixed(Instant.parse("2024-12-31T17:30:00Z"), ZoneOffset.UTC);

	@Test
	void todayIsBeijingsDayWhateverTheClocksZone() {
		Today today = new Today(utcClock);
		assertThat(today.date()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(today.year()).isEqualTo(2025);
		assertThat(today.month()).isEqualTo(YearMonth.of(2025, 1));
		assertThat(today.dateTime()).isEqualTo(LocalDate.of(2025, 1, 1).atTime(1, 30));
	}
}
