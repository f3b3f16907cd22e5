package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fazhi.Csrf;
import org.fazhi.FazhiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A bounded fuzz of everything the public can reach: the portal forms, the /api/v1 submissions and reads, the
 * tracking lookups and the search, with wrong types, huge strings, control and invisible characters, bad
 * encodings, missing fields and wrong content types. From a fixed seed, so a failure repeats; the answer may be
 * any 2xx–4xx (429 from the rate limits included), never a 5xx. MockMvc requests each come from their own address
 * ({@code TestClients}); the raw-socket part sends only reads, well inside one address's read budget.
 */
@FazhiTest
class PublicFuzzTests {

	static final long SEED = 20261203L;

	static final int IN_PROCESS = 2_000;

	static final int RAW = 300;

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	private final Random random = new Random(SEED);

	@Test
	void twoThousandMalformedPublicRequestsGiveNo5xx() throws Exception {
		List<String> failures = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < IN_PROCESS; i++) {
			MockHttpServletRequestBuilder request = request();
			int status;
			StringBuilder what = new StringBuilder("#" + i);
			request.with(r -> {
				what.append(' ').append(r.getMethod()).append(' ').append(r.getRequestURI()).append(' ')
					.append(r.getContentType());
				r.getParameterMap().forEach((k, v) -> what.append(' ').append(shorten(k)).append('=')
					.append(v.length == 0 ? "" : shorten(String.valueOf(v[0]))));
				return r;
			});
			try {
				status = mvc.perform(request).andReturn().getResponse().getStatus();
			}
			catch (Exception e) {
				// an exception MockMvc passes through would be a 500 in the container
				status = 500;
				what.append(" → ").append(e);
			}
			if (status >= 500) {
				failures.add(status + " " + what);
			}
		}
		long inProcess = System.nanoTime() - start;
		for (int i = 0; i < RAW; i++) {
			String line = rawRequestLine();
			String response = raw(line);
			if (response.startsWith("HTTP/1.1 5") || response.contains("Apache Tomcat") || response.contains("Exception")) {
				failures.add(response.lines().findFirst().orElse("") + " " + line);
			}
		}
		long total = System.nanoTime() - start;
		System.out.printf("PublicFuzzTests: %d requests (%d in process in %d ms, %d raw), %d ms in all, %d with 5xx%n",
				IN_PROCESS + RAW, IN_PROCESS, inProcess / 1_000_000, RAW, total / 1_000_000, failures.size());
		assertThat(failures).as("requests answered with 5xx").isEmpty();
	}

	private MockHttpServletRequestBuilder request() {
		return switch (random.nextInt(10)) {
			case 0, 1 -> api("/api/v1/petitions", petitionJson());
			case 2, 3 -> api("/api/v1/info-requests", infoRequestJson());
			case 4 -> api("/api/v1/consultations", consultationJson());
			case 5 -> form("/petitions", "name", "idNumber", "phone", "address", "villageId", "subject", "content",
					"demand", "others", "token");
			case 6 -> form(pick("/inforequests", "/legal/ask", "/track", "/petitions/rate", "/inforequests/letter"),
					"applicantType", "name", "idType", "idNumber", "phone", "email", "address", "description", "form",
					"delivery", "topic", "question", "number", "code", "rating", "token", "orgKind");
			case 7 -> get("/disclosure/search").param("q", text()).param("page", number()).param("sort", text())
				.param("year", number()).param("column", text()).param("theme", text());
			case 8 -> get("/api/v1/disclosure/search").param("q", text()).param("page", number())
				.param(pick("sort", "year", "genre", "publisher"), text());
			default -> switch (random.nextInt(4)) {
				case 0 -> get("/api/v1/track/{n}", pick("XF-2024-000001", "YSQ-2024-000001", "ZX-1", text()))
					.param("code", text());
				case 1 -> get("/track").param("number", text()).param("code", text());
				case 2 -> get("/api/v1/calendar/deadline").param("start", pick("2024-09-25", "2024-02-30", text()))
					.param("n", number()).param("unit", pick("WORKDAYS", "DAYS", text())).param("rule", text());
				default -> get(pick("/disclosure/" + pick("zwgk", "a", "zz-" + random.nextInt(99)), "/disclosure/doc/"
						+ number().replaceAll("[^0-9-]", ""), "/calendar", "/legal", "/")).param("page", number());
			};
		};
	}

	private MockHttpServletRequestBuilder api(String path, String json) {
		MockHttpServletRequestBuilder post = post(path).content(json.getBytes(StandardCharsets.UTF_8));
		String type = pick("application/json", "application/json", "application/json; charset=UTF-8",
				"application/json; charset=ISO-8859-1", "multipart/form-data; boundary=x", "application/xml",
				"application/x-www-form-urlencoded", "text/plain", "application/vnd.api+json", "", "*/*");
		if (!type.isEmpty()) {
			post.contentType(type);
		}
		if (random.nextInt(3) == 0) {
			post.header("Idempotency-Key", text());
		}
		if (random.nextInt(4) == 0) {
			post.header("Accept", pick("application/xml", "text/html", "*/*", "application/problem+json", "x/y"));
		}
		return post;
	}

	private MockHttpServletRequestBuilder form(String path, String... fields) {
		MockHttpServletRequestBuilder post = post(path);
		if (random.nextInt(8) != 0) {
			post.with(Csrf.csrf());
		}
		for (String field : fields) {
			if (random.nextInt(3) != 0) {
				post.param(field, text());
			}
		}
		return post;
	}

	private String petitionJson() {
		return object("org", value(), "petitioners", random.nextInt(5) == 0 ? value()
				: "[" + object("name", value(), "idNumber", value(), "phone", value(), "address", value())
						+ (random.nextBoolean() ? ",null" : "") + "]",
				"village", value(), "subject", value(), "content", value(), "demand", value());
	}

	private String infoRequestJson() {
		return object("org", value(), "applicant", random.nextInt(5) == 0 ? value()
				: object("type", pick("\"CITIZEN\"", "\"ORGANIZATION\"", value()), "orgKind", value(), "name", value(),
						"idType", pick("\"RESIDENT_ID\"", value()), "idNumber", value(), "phone", value(), "email", value(),
						"address", value()),
				"description", value(), "form", pick("\"ELECTRONIC\"", value()), "delivery", pick("\"ONLINE\"", value()));
	}

	private String consultationJson() {
		return object("org", value(), "name", value(), "phone", value(), "topic", value(), "question", value(),
				"token", value());
	}

	/** A JSON object that misses fields, truncates or breaks its syntax now and then. */
	private String object(String... pairs) {
		StringBuilder out = new StringBuilder("{");
		for (int i = 0; i < pairs.length; i += 2) {
			if (random.nextInt(6) == 0) {
				continue;
			}
			if (out.length() > 1) {
				out.append(',');
			}
			out.append('"').append(pairs[i]).append("\":").append(pairs[i + 1]);
		}
		out.append('}');
		String json = out.toString();
		return switch (random.nextInt(20)) {
			case 0 -> json.substring(0, random.nextInt(json.length()));
			case 1 -> json.replace(':', '=');
			case 2 -> "[" + json + "]";
			case 3 -> "";
			default -> json;
		};
	}

	private String value() {
		return switch (random.nextInt(9)) {
			case 0 -> "null";
			case 1 -> String.valueOf(random.nextLong());
			case 2 -> "[1,\"a\",{}]";
			case 3 -> "{\"x\":1}";
			case 4 -> random.nextBoolean() ? "true" : "1e999";
			case 5 -> "\"\\u0000\\ud800\\u202e\\u200b" + random.nextInt() + "\"";
			case 6 -> "\"\\uZZZZ\"";
			default -> '"' + text().replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ") + '"';
		};
	}

	private String text() {
		return switch (random.nextInt(10)) {
			case 0 -> "";
			case 1 -> "字".repeat(random.nextInt(30_000));
			case 2 -> "a".repeat(50 + random.nextInt(300));
			case 3 -> "\u0000\u0001\u001f\u007f\u202e\u2066\u200b\ufeff" + random.nextInt();
			case 4 -> "\ud800" + "x\udfff";
			case 5 -> "%zz%E4%B8%" + random.nextInt();
			case 6 -> "<script>alert(1)</script>'\";--";
			case 7 -> String.valueOf(random.nextLong());
			case 8 -> "张三" + random.nextInt(1000);
			default -> randomChars(1 + random.nextInt(120));
		};
	}

	private String number() {
		return pick("1", "0", "-1", "2147483647", "2147483648", "99999999999999999999", "1.5", "abc", "", "1e9",
				"０１", " 2 ");
	}

	private String randomChars(int n) {
		StringBuilder out = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			out.append((char) random.nextInt(0x3000));
		}
		return out.toString();
	}

	@SafeVarargs
	private <T> T pick(T... options) {
		return options[random.nextInt(options.length)];
	}

	private String rawRequestLine() {
		String path = pick("/api/v1/disclosure/search?q=", "/disclosure/search?q=", "/api/v1/track/", "/track?number=",
				"/api/v1/calendar/deadline?start=", "/api/v1/", "/disclosure/");
		String junk = pick("%", "%zz", "%E4%B8", "%C0%AF", "%00", "%FF%FE", "..%2F..%2F", "%25%", "a%20b", "%u4e2d",
				"%ED%A0%80", "%2e%2e/", ";jsessionid=x", "\\", "%5C");
		return "GET " + path + junk + (random.nextBoolean() ? "&page=" + number().replace(" ", "") : "") + " HTTP/1.1";
	}

	private String raw(String requestLine) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(all);
			return all.toString(StandardCharsets.UTF_8);
		}
	}

	private static String shorten(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}
}
