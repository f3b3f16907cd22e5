package org.fazhi.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A unique suffix for test titles, of letters only: a random UUID's digit runs can look like a mobile or bank-card
 * number to the personal-data scan and block a test's document at review by chance.
 */
public final class Unique {

	private Unique() {
	}

	public static String letters() {
		StringBuilder sb = new StringBuilder(16);
		for (int i = 0; i < 16; i++) {
			sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return sb.toString();
	}
}
