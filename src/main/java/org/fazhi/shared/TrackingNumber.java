package org.fazhi.shared;

import java.util.regex.Pattern;

/**
 * The number a citizen gets for a submission, e.g. {@code YSQ-2024-000123}: a procedure prefix (letters),
 * the year and a six-digit serial. The prefix tells which module owns it.
 */
public record TrackingNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,4}-\\d{4}-\\d{6}");

	public TrackingNumber {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new RuleViolation("trackingnumber.format");
		}
	}

	public static TrackingNumber of(String prefix, int year, long serial) {
		return new TrackingNumber(String.format("%s-%04d-%06d", prefix, year, serial));
	}

	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value.trim().toUpperCase()).matches();
	}

	public String prefix() {
		return value.substring(0, value.indexOf('-'));
	}

	public int year() {
		return Integer.parseInt(value.substring(value.indexOf('-') + 1, value.lastIndexOf('-')));
	}

	/** The serial within prefix and year, e.g. 123 of {@code YSQ-2024-000123}. */
	public long serial() {
		return Long.parseLong(value.substring(value.lastIndexOf('-') + 1));
	}

	@Override
	public String toString() {
		return value;
	}
}
