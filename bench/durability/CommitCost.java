import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What a durable commit costs on the embedded H2 file database: a transaction shaped like a petition intake
 * (counter update + a row of about 2 KB) committed the H2 default way (written up to 500 ms later by the
 * background writer), with CHECKPOINT (written before commit returns, not forced) and with CHECKPOINT SYNC
 * (written and forced to the device: what org.fazhi.shared.DurableCommits does). One thread and eight threads
 * (the app's pool has ten connections). Run with bench/durability/run.sh.
 */
public class CommitCost {

	static final int COMMITS = Integer.getInteger("commits", 2000);

	public static void main(String[] args) throws Exception {
		System.out.printf("%-18s %8s %10s %10s %10s %12s%n", "mode", "threads", "mean µs", "p50 µs", "p99 µs",
				"commits/s");
		for (String mode : List.of("default", "CHECKPOINT", "CHECKPOINT SYNC")) {
			for (int threads : new int[] { 1, 8 }) {
				run(mode, threads);
			}
		}
	}

	static void run(String mode, int threads) throws Exception {
		Path dir = Files.createTempDirectory("commit-cost");
		String url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL";
		try (Connection setup = DriverManager.getConnection(url, "sa", ""); Statement s = setup.createStatement()) {
			s.execute("create table serial (scope varchar(20) primary key, last_value bigint)");
			s.execute("insert into serial values ('XF-2026', 0)");
			s.execute("create table petition (id bigint auto_increment primary key, number bigint, body varchar(4000))");
			String body = "信访内容".repeat(170);
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			int perThread = COMMITS / threads;
			// warm-up, then the measured run
			for (int round = 0; round < 2; round++) {
				List<Future<long[]>> futures = new ArrayList<>();
				long start = System.nanoTime();
				for (int t = 0; t < threads; t++) {
					futures.add(pool.submit(() -> commits(url, mode, body, perThread)));
				}
				long[] all = new long[perThread * threads];
				int k = 0;
				for (Future<long[]> f : futures) {
					for (long v : f.get()) {
						all[k++] = v;
					}
				}
				double seconds = (System.nanoTime() - start) / 1e9;
				if (round == 1) {
					Arrays.sort(all);
					System.out.printf("%-18s %8d %10.0f %10.0f %10.0f %12.0f%n", mode, threads,
							Arrays.stream(all).average().orElse(0) / 1e3, all[all.length / 2] / 1e3,
							all[(int) (all.length * 0.99)] / 1e3, all.length / seconds);
				}
			}
			pool.shutdown();
		}
	}

	/** Nanoseconds per transaction, commit (and sync) included. */
	static long[] commits(String url, String mode, String body, int n) throws Exception {
		long[] times = new long[n];
		try (Connection c = DriverManager.getConnection(url, "sa", "")) {
			c.setAutoCommit(false);
			try (PreparedStatement next = c.prepareStatement(
					"update serial set last_value = last_value + 1 where scope = 'XF-2026'");
					PreparedStatement insert = c.prepareStatement("insert into petition (number, body) values (?, ?)");
					Statement sync = c.createStatement()) {
				for (int i = 0; i < n; i++) {
					long t0 = System.nanoTime();
					next.executeUpdate();
					insert.setLong(1, i);
					insert.setString(2, body);
					insert.executeUpdate();
					c.commit();
					if (!mode.equals("default")) {
						sync.execute(mode);
					}
					times[i] = System.nanoTime() - t0;
				}
			}
		}
		return times;
	}
}
