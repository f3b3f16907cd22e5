package org.fazhi.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * At least 8 characters from at least three of: upper-case letters, lower-case letters, digits, symbols; not the
 * user name; not one of the passwords attackers try first ({@code identity/common-passwords.txt}, compared without
 * case, since "Password1" meets the character rules). Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	private static final Set<String> COMMON = load("/identity/common-passwords.txt");

	private PasswordPolicy() {
	}

	public static Optional<String> problemWith(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (password.length() > 64) {
			return Optional.of("password.too-long");
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			return Optional.of("password.classes");
		}
		if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
			return Optional.of("password.contains-username");
		}
		if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	private static Set<String> load(String resource) {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::trim)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(l -> l.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
