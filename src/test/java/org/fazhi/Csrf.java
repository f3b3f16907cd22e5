package org.fazhi;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A valid CSRF token for the application's real cookie-based repository, sent the way a browser does (the
 * XSRF-TOKEN cookie plus the masked token as {@code _csrf}). Used instead of spring-security-test's
 * {@code csrf()}, which permanently swaps the shared context's token repository for a session-based one and would
 * make the "public pages create no session" check meaningless for every later test.
 */
public final class Csrf {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Csrf() {
	}

	public static RequestPostProcessor csrf() {
		return request -> {
			String token = UUID.randomUUID().toString();
			List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of() : Arrays.asList(request.getCookies()));
			cookies.removeIf(c -> c.getName().equals("XSRF-TOKEN"));
			cookies.add(new Cookie("XSRF-TOKEN", token));
			request.setCookies(cookies.toArray(Cookie[]::new));
			request.setParameter("_csrf", masked(token));
			return request;
		};
	}

	/** The XOR masking of Spring Security's XorCsrfTokenRequestAttributeHandler (BREACH protection). */
	private static String masked(String token) {
		byte[] plain = token.getBytes(StandardCharsets.UTF_8);
		byte[] random = new byte[plain.length];
		RANDOM.nextBytes(random);
		byte[] combined = new byte[plain.length * 2];
		System.arraycopy(random, 0, combined, 0, plain.length);
		for (int i = 0; i < plain.length; i++) {
			combined[plain.length + i] = (byte) (plain[i] ^ random[i]);
		}
		return Base64.getUrlEncoder().encodeToString(combined);
	}
}
