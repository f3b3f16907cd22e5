package org.fazhi.disclosure;

import org.fazhi.shared.RuleViolation;

/**
 * 索引号 {@code {统一社会信用代码}/{year}-{five-digit serial}}: generated at publication, never typed. The seed
 * page's {@code /2024-00009} shows what happens without the organization code; this type cannot be built
 * without it.
 */
public record IndexNumber(String creditCode, int year, int serial) {

	public IndexNumber {
		if (creditCode == null || !creditCode.matches("[0-9A-Z]{18}")) {
			throw new RuleViolation("disclosure.index.org");
		}
		if (year < 1990 || year > 2999 || serial < 1 || serial > 99_999) {
			throw new RuleViolation("disclosure.index.range");
		}
	}

	/** The Serials scope: one gap-free counter per org and year. */
	public static String scope(String creditCode, int year) {
		return "DISCLOSURE-" + creditCode + "-" + year;
	}

	public String value() {
		return creditCode + "/" + year + "-" + String.format("%05d", serial);
	}

	@Override
	public String toString() {
		return value();
	}
}
