package org.fazhi.shared.shell;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The rendered HTML of public portal pages that are the same for every anonymous visitor (architecture.md: public
 * pages are stateless and must be designed for speed). A controller opts a page in with {@link #allow}; the filter
 * then keeps the bytes and headers (security headers included) and answers the next anonymous GET for the same
 * URL and 长者模式 variant — and conditional requests (If-None-Match) — before Spring Security, the session, CSRF or
 * the database are touched.
 * <p>
 * Entries are dropped by {@link #invalidateAll()} after a change to published content commits (a generation
 * counter, so a page rendered from the old data while the change was committing is never served), after
 * {@link #TTL} (data the portal reads without a change signal, such as the town's footer, cached a minute in
 * PortalSite too), and least-recently-used beyond {@link #MAX_BYTES}. Signed-in users (a session cookie) always
 * get a freshly rendered page; console pages never opt in.
 * <p>
 * The cache is per node: with several nodes, a change made on one is seen on the others' kept pages after at most
 * {@link #TTL} (including a 撤回).
 */
@Component
public class PageCache extends OncePerRequestFilter implements Ordered {

	/** Request attribute a controller sets to let the filter keep the page it renders. */
	private static final String ALLOW = PageCache.class.getName() + ".allow";

	static final Duration TTL = Duration.ofMinutes(1);

	static final long MAX_BYTES = 64L * 1024 * 1024;

	private static final String SESSION_COOKIE = "FAZHI_SESSION";

	private static final String ELDER_COOKIE = "fazhi_elder";

	private record Entry(byte[] body, byte[] gzipped, @Nullable String contentType, List<Map.Entry<String, String>> headers,
			@Nullable String etag, long generation, long storedAt) {

		long size() {
			return body.length + gzipped.length;
		}
	}

	private final AtomicLong generation = new AtomicLong();

	private final AtomicLong hits = new AtomicLong();

	private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);

	private long bytes;

	/** Lets the filter keep this response if it ends as a 200 for an anonymous visitor without cookies set. */
	public static void allow(HttpServletRequest request) {
		request.setAttribute(ALLOW, Boolean.TRUE);
	}

	/**
	 * Forgets every kept page, once the current transaction (if any) has committed: invalidating before the commit
	 * would let a request still reading the old rows store them again.
	 */
	public void invalidateAll() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					clear();
				}
			});
		}
		else {
			clear();
		}
	}

	/** How many requests were answered from the cache (for tests and the benchmark). */
	public long hits() {
		return hits.get();
	}

	private void clear() {
		generation.incrementAndGet();
		synchronized (entries) {
			entries.clear();
			bytes = 0;
		}
	}

	@Override
	public int getOrder() {
		// right after Spring Boot's character-encoding filter, before Spring Security (-100)
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// only the portal's page URLs are even buffered: downloads, static files and the console stream as before
		boolean portalPage = path.equals("/") || path.equals("/disclosure")
				|| path.startsWith("/disclosure/") && !path.contains("/files/") && !path.endsWith(".xml")
						&& !path.endsWith(".atom");
		return !portalPage || !"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
				|| hasCookie(request, SESSION_COOKIE, null);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		long gen = generation.get();
		Entry e;
		synchronized (entries) {
			e = entries.get(key);
		}
		if (e != null && e.generation == gen && System.currentTimeMillis() - e.storedAt < TTL.toMillis()) {
			hits.incrementAndGet();
			serve(e, request, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, wrapper);
			if (request.getAttribute(ALLOW) != null && wrapper.getStatus() == 200
					&& !wrapper.containsHeader(HttpHeaders.SET_COOKIE) && request.getSession(false) == null) {
				store(key, gen, wrapper);
			}
		}
		finally {
			wrapper.copyBodyToResponse();
		}
	}

	private void store(String key, long gen, ContentCachingResponseWrapper wrapper) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : wrapper.getHeaderNames()) {
			if (name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH) || name.equalsIgnoreCase(HttpHeaders.DATE)
					|| name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
				continue;
			}
			for (String value : wrapper.getHeaders(name)) {
				headers.add(Map.entry(name, value));
			}
		}
		byte[] body = wrapper.getContentAsByteArray();
		Entry entry = new Entry(body, gzip(body), wrapper.getContentType(), List.copyOf(headers),
				wrapper.getHeader(HttpHeaders.ETAG), gen, System.currentTimeMillis());
		synchronized (entries) {
			if (gen != generation.get()) {
				return;
			}
			Entry old = entries.put(key, entry);
			bytes += entry.size() - (old == null ? 0 : old.size());
			var it = entries.values().iterator();
			while (bytes > MAX_BYTES && it.hasNext()) {
				bytes -= it.next().size();
				it.remove();
			}
		}
	}

	private static void serve(Entry e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		for (Map.Entry<String, String> h : e.headers) {
			response.addHeader(h.getKey(), h.getValue());
		}
		if (e.etag != null && matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), e.etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		if (e.contentType != null) {
			response.setContentType(e.contentType);
		}
		// compressed once when kept, not by the connector on every view (browsers all accept gzip)
		String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		byte[] body = e.body;
		if (accept != null && accept.contains("gzip")) {
			body = e.gzipped;
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static byte[] gzip(byte[] body) {
		var out = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
		try (var gz = new java.util.zip.GZIPOutputStream(out)) {
			gz.write(body);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static boolean matches(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String tag = weakless(etag);
		for (String candidate : ifNoneMatch.split(",")) {
			String c = candidate.strip();
			if (c.equals("*") || weakless(c).equals(tag)) {
				return true;
			}
		}
		return false;
	}

	private static String weakless(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	/** URL with query, and the 长者模式 variant (it changes the HTML). */
	private static String key(HttpServletRequest request) {
		String q = request.getQueryString();
		return (hasCookie(request, ELDER_COOKIE, "1") ? "E " : "N ") + request.getRequestURI()
				+ (q == null ? "" : "?" + q);
	}

	private static boolean hasCookie(HttpServletRequest request, String name, @Nullable String value) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie c : cookies) {
			if (name.equals(c.getName()) && (value == null || value.equals(c.getValue()))) {
				return true;
			}
		}
		return false;
	}
}
