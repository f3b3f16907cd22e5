package org.fazhi.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.shared.ChineseIdNumber;
import org.fazhi.shared.Masking;

/**
 * Finds personal data in text before it goes public: 身份证号 with a valid GB 11643 check character, mobile numbers
 * (11 digits starting 13–19, also written 138-0000-0000), and bank card numbers (16–19 digits passing the Luhn
 * check). Check digits keep ordinary long numbers (budget figures, 文号) from being flagged.
 */
public final class PersonalData {

	public enum Kind {

		ID_NUMBER("身份证号"), MOBILE("手机号码"), BANK_CARD("银行卡号"), UNREADABLE("无法自动检查的附件");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One occurrence; {@code value} is the raw text and never leaves memory (only its fingerprint is stored). */
	public record Found(Kind kind, String value, int start, int end) {

		public String masked() {
			return PersonalData.mask(kind, value);
		}
	}

	private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d(?:[- ]?\\d{4}){2}(?!\\d)");

	private static final Pattern CARD = Pattern.compile("(?<!\\d)\\d{4}(?:[ -]?\\d{4}){3}(?:[ -]?\\d{1,3})?(?!\\d)");

	private PersonalData() {
	}

	public static List<Found> scan(String text) {
		List<Found> found = new ArrayList<>();
		Matcher m = ID.matcher(text);
		while (m.find()) {
			if (ChineseIdNumber.isValid(m.group())) {
				found.add(new Found(Kind.ID_NUMBER, m.group(), m.start(), m.end()));
			}
		}
		m = CARD.matcher(text);
		while (m.find()) {
			String digits = m.group().replaceAll("[ -]", "");
			if (digits.length() >= 16 && digits.length() <= 19 && luhn(digits) && !overlaps(found, m.start(), m.end())) {
				found.add(new Found(Kind.BANK_CARD, m.group(), m.start(), m.end()));
			}
		}
		m = MOBILE.matcher(text);
		while (m.find()) {
			if (!overlaps(found, m.start(), m.end())) {
				found.add(new Found(Kind.MOBILE, m.group(), m.start(), m.end()));
			}
		}
		found.sort(java.util.Comparator.comparingInt(Found::start));
		return found;
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (doubled) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	public static String mask(Kind kind, String value) {
		return switch (kind) {
			case ID_NUMBER -> Masking.idNumber(value.toUpperCase());
			case MOBILE -> Masking.phone(value.replaceAll("[- ]", ""));
			case BANK_CARD -> {
				String d = value.replaceAll("[ -]", "");
				yield d.substring(0, 4) + "*".repeat(d.length() - 8) + d.substring(d.length() - 4);
			}
			case UNREADABLE -> value;
		};
	}

	private static boolean overlaps(List<Found> found, int start, int end) {
		return found.stream().anyMatch(f -> f.start() < end && start < f.end());
	}
}
