package org.fazhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged may be lost on the embedded default: the packaged application on an H2 file database is
 * killed with SIGKILL while citizens submit petitions; after a restart every submission that got a 201 can be
 * tracked with its number and query code, and new submissions get none of those numbers again. (A smaller version
 * of bench/kill9/run.sh, which also covers PostgreSQL.)
 */
class KillNineTests {

	private static final Pattern NUMBER = Pattern.compile("\"trackingNumber\":\"([^\"]+)\"");

	private static final Pattern CODE = Pattern.compile("\"queryCode\":\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void everyAcknowledgedPetitionSurvivesKillNineAndNoNumberIsIssuedTwice() throws Exception {
		Path folder = StartupSupport.freshDataFolder("kill9");
		int port = freePort();
		Process app = start(folder, port);
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		try {
			awaitReady(app, port);
			AtomicBoolean running = new AtomicBoolean(true);
			ExecutorService clients = Executors.newFixedThreadPool(4);
			for (int i = 0; i < 4; i++) {
				clients.execute(() -> {
					while (running.get()) {
						submit(port).ifPresent(r -> acknowledged.put(r.number(), r.code()));
					}
				});
			}
			// mid-load: requests are in flight and recent commits are at most a moment old
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
			while (System.nanoTime() < until || acknowledged.size() < 20) {
				Thread.sleep(50);
			}
			app.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
			app.waitFor();
			running.set(false);
			clients.shutdown();
			clients.awaitTermination(30, TimeUnit.SECONDS);
		}
		finally {
			app.destroyForcibly();
		}
		Process again = start(folder, port);
		try {
			awaitReady(again, port);
			List<String> lost = new ArrayList<>();
			acknowledged.forEach((number, code) -> {
				if (status(port, "/api/v1/track/" + number + "?code=" + code) != 200) {
					lost.add(number);
				}
			});
			Set<String> reissued = new java.util.TreeSet<>();
			for (int i = 0; i < 20; i++) {
				submit(port).map(Receipt::number).filter(acknowledged::containsKey).ifPresent(reissued::add);
			}
			assertThat(acknowledged).hasSizeGreaterThan(20);
			assertThat(lost).as("acknowledged before kill -9, gone after restart (of %d)", acknowledged.size())
				.isEmpty();
			assertThat(reissued).as("numbers handed out again after restart").isEmpty();
		}
		finally {
			again.destroy();
			again.waitFor(30, TimeUnit.SECONDS);
			again.destroyForcibly();
		}
	}

	private record Receipt(String number, String code) {
	}

	private java.util.Optional<Receipt> submit(int port) {
		String body = """
				{"petitioners":[{"name":"断电测试"}],"subject":"kill9 %s","content":"突然断电后的信访件","demand":"不得丢失"}
				""".formatted(UUID.randomUUID());
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/petitions"))
			.timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString()).POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				return java.util.Optional.empty();
			}
			Matcher n = NUMBER.matcher(response.body());
			Matcher c = CODE.matcher(response.body());
			return n.find() && c.find() ? java.util.Optional.of(new Receipt(n.group(1), c.group(1)))
					: java.util.Optional.empty();
		}
		catch (IOException e) {
			return java.util.Optional.empty(); // the app was killed under this request: it was never acknowledged
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return java.util.Optional.empty();
		}
	}

	private int status(int port, String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException e) {
			return -1;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** The application in a JVM of its own (it must be killable), with the test JVM's classpath. */
	private static Process start(Path folder, int port) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				FazhiApplication.class.getName(), "--spring.profiles.active=demo", "--server.port=" + port,
				"--spring.datasource.url=jdbc:h2:file:" + folder.resolve("fazhi")
						+ ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH",
				"--spring.jpa.properties.hibernate.search.backend.directory.root=" + folder.resolve("index"),
				"--fazhi.attachment.root=" + folder.resolve("files"), "--fazhi.secret.file=" + folder.resolve("secret.key"),
				"--fazhi.api.rate-limit.submissions-per-minute=1000000", "--fazhi.api.rate-limit.reads-per-minute=1000000",
				"--logging.level.root=warn", "--spring.main.banner-mode=off"));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("app.log").toFile())).start();
	}

	private void awaitReady(Process app, int port) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("application exited during start-up (see app.log)").isTrue();
			if (status(port, "/actuator/health/readiness") == 200) {
				return;
			}
			Thread.sleep(250);
		}
		throw new AssertionError("application not ready after 120 s");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
