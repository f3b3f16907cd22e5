package org.fazhi.shared;

import org.jspecify.annotations.Nullable;

/**
 * The one parser of a {@code page} query parameter on public pages and the API. People and crawlers edit URLs, so
 * anything that is not a page number gives the first page, and a number past {@value #LAST} the last page we
 * serve: deep pages are never useful and offsets that large cost the search engine (and overflow an int).
 */
public final class Pages {

	/** The highest 1-based page number served; no list of ours has this many pages of 10–20 items. */
	public static final int LAST = 10_000;

	private Pages() {
	}

	/** The 0-based index of a 1-based page number as written in the URL. */
	public static int index(@Nullable String page) {
		return number(page) - 1;
	}

	/** The 1-based page number: missing, malformed or below 1 is page 1; above {@link #LAST} is {@link #LAST}. */
	public static int number(@Nullable String page) {
		if (page == null) {
			return 1;
		}
		String digits = page.strip();
		if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return 1;
		}
		if (digits.length() > 9) {
			return LAST;
		}
		return Math.min(LAST, Math.max(1, Integer.parseInt(digits)));
	}
}
