package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product ships its own copies of the State Council notices; these tests hold them to the reference data in
 * {@code ../shared/reference/cn-workdays} (read by the tests only, never by the product at run time).
 */
class ReferenceDataTests {

	private static final Path REFERENCE = Path.of("../shared/reference/cn-workdays");

	private static final Path PRODUCT = Path.of("src/main/resources/calendar");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static List<Path> jsonFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().matches("20\\d\\d\\.json")).sorted().toList();
		}
	}

	@Test
	void bundledNoticesEqualTheReferenceData() throws IOException {
		List<Path> reference = jsonFiles(REFERENCE);
		List<Path> product = jsonFiles(PRODUCT);
		assertThat(reference).hasSize(8);
		assertThat(product.stream().map(p -> p.getFileName().toString()))
			.containsExactlyElementsOf(reference.stream().map(p -> p.getFileName().toString()).toList());
		for (Path ref : reference) {
			JsonNode expected = JSON.readTree(Files.readString(ref));
			JsonNode actual = JSON.readTree(Files.readString(PRODUCT.resolve(ref.getFileName())));
			assertThat(actual).as(ref.getFileName().toString()).isEqualTo(expected);
		}
	}

	/**
	 * The reference README's rule applied straight to the JSON files, all years merged: a date is a working day if
	 * it is an adjusted working day, or Monday–Friday and not a day off.
	 */
	@Test
	void everyDateFrom2018To2026IsClassifiedAsTheReferenceRuleSays() throws IOException {
		Set<LocalDate> off = new HashSet<>();
		Set<LocalDate> worked = new HashSet<>();
		for (Path file : jsonFiles(REFERENCE)) {
			JsonNode notice = JSON.readTree(Files.readString(file));
			for (JsonNode holiday : notice.get("holidays")) {
				for (JsonNode d : holiday.get("dates")) {
					off.add(LocalDate.parse(d.asString()));
				}
			}
			for (JsonNode d : notice.get("adjustedWorkdays")) {
				worked.add(LocalDate.parse(d.asString()));
			}
		}
		WorkdayCalendar calendar = WorkdayCalendar.fromBundledNotices();
		int days = 0;
		for (LocalDate d = LocalDate.of(2018, 12, 29); !d.isAfter(LocalDate.of(2026, 12, 31)); d = d.plusDays(1)) {
			boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
			boolean expected = worked.contains(d) || (weekday && !off.contains(d));
			assertThat(calendar.isWorkday(d)).as(d.toString()).isEqualTo(expected);
			DayKind kind = calendar.kind(d);
			if (worked.contains(d)) {
				assertThat(kind).as(d.toString()).isEqualTo(DayKind.ADJUSTED_WORKDAY);
			}
			else if (off.contains(d)) {
				assertThat(kind).as(d.toString()).isEqualTo(DayKind.HOLIDAY);
			}
			days++;
		}
		assertThat(days).isEqualTo(2925);
	}
}
