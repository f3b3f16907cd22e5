package org.fazhi.shared;

import org.jspecify.annotations.Nullable;

/**
 * What text typed by a person may contain. Removed on input, from every request parameter and JSON string
 * ({@code shared.shell.InputHygiene}) and from uploaded file names: NUL and the other C0/C1 control characters
 * except tab and line breaks (PostgreSQL refuses NUL in text; none of them is ever typed on purpose), the bidi
 * overrides and isolates U+202A–U+202E and U+2066–U+2069 (they make a name or title read differently on screen
 * than it is stored, e.g. in a ledger or a file name), and the zero-width characters U+200B–U+200D and U+FEFF
 * (they make two equal-looking names differ, which defeats duplicate detection and search).
 */
public final class PlainText {

	private PlainText() {
	}

	/** The text without those characters; the same string when there is none (the usual case costs one scan). */
	public static @Nullable String clean(@Nullable String text) {
		if (text == null) {
			return null;
		}
		int i = 0;
		while (i < text.length() && allowed(text.charAt(i))) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		out.append(text, 0, i);
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (allowed(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	static boolean allowed(char c) {
		if (c < 0x20) {
			return c == '\t' || c == '\n' || c == '\r';
		}
		return !(c >= 0x7F && c <= 0x9F) && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069)
				&& !(c >= 0x200B && c <= 0x200D) && c != 0xFEFF;
	}
}
