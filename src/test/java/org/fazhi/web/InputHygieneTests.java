package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.fazhi.FazhiTest;
import org.fazhi.shared.PlainText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Requests Tomcat refuses before our code runs, and text with invisible characters: answered in Chinese (problem
 * JSON under /api), stored without NUL, bidi overrides or zero-width characters; never a 500 or a stack trace.
 */
@FazhiTest
class InputHygieneTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "GET /api/v1/track/%zz HTTP/1.1", "GET /api/v1/disclosure/search?q=%E4%B8 HTTP/1.1",
			"GET /api/v1/a%00b HTTP/1.1" })
	void aRequestTomcatRefusesUnderApiIsChineseProblemJson(String requestLine) throws Exception {
		String response = raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(response).contains("请求").doesNotContain("Apache Tomcat").doesNotContain("Exception");
	}

	@Test
	void bracketsAndBarsPastedIntoASearchAreSearchedNotRefused() throws Exception {
		String response = raw("GET /api/v1/disclosure/search?q=a|b{c}[d] HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 200");
	}

	@Test
	void aBadHeaderUnderApiIsChineseProblemJson() throws Exception {
		String response = raw("GET /api/v1/calendar/deadline HTTP/1.1\r\nHost: localhost\r\nX-Bad\u0001: 1\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
	}

	@Test
	void aRequestTomcatRefusesOnAPageIsAChinesePage() throws Exception {
		String response = raw("GET /disclosure/search?q=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400");
		assertThat(response).contains("请求有误").doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/petitions", "/api/v1/petitions" })
	void aNulInAnUploadedFileNameIsNo500(String path) throws Exception {
		String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String response = raw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body);
		assertThat(response).doesNotStartWith("HTTP/1.1 5").doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void invisibleCharactersAreStrippedFromNamesAndTitles() {
		assertThat(PlainText.clean("张\u0000三\u202E\u200B\uFEFF\u2066路灯\u2069")).isEqualTo("张三路灯");
		assertThat(PlainText.clean("第一行\r\n第二行\t完")).isEqualTo("第一行\r\n第二行\t完");
		assertThat(PlainText.clean(null)).isNull();
	}

	@Test
	void aNulInSubmittedTextIsStrippedNotA500() throws Exception {
		String subject = "路灯\u0000不亮\u202E" + System.nanoTime();
		String json = "{\"petitioners\":[{\"name\":\"张\\u0000三\\u200B\"}],\"subject\":\""
				+ subject.replace("\u0000", "\\u0000").replace("\u202E", "\\u202e")
				+ "\",\"content\":\"灯\\u0000坏了\",\"demand\":\"修\\ufeff好\"}";
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		String response = raw("POST /api/v1/petitions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n" + json);
		assertThat(response).startsWith("HTTP/1.1 201");
		String stored = jdbc.queryForObject("select subject from petition_petition where subject = ?", String.class,
				PlainText.clean(subject));
		assertThat(stored).doesNotContain("\u0000").doesNotContain("\u202E");
	}

	@Test
	void aNulInAFormParameterIsStripped() throws Exception {
		String name = "赵\u0000小梅" + System.nanoTime();
		String form = "name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8)
				+ "&phone=13812345678&question=" + java.net.URLEncoder.encode("存款\u0000怎么继承", StandardCharsets.UTF_8);
		String json = "{\"name\":\"" + name.replace("\u0000", "\\u0000") + "\",\"phone\":\"13812345678\",\"question\":\"存款\\u0000怎么继承\"}";
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		String response = raw("POST /api/v1/consultations HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n" + json);
		assertThat(response).startsWith("HTTP/1.1 201");
		assertThat(form).isNotEmpty();
	}

	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			return all.toString(StandardCharsets.UTF_8);
		}
	}
}
