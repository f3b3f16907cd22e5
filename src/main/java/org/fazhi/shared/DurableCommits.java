package org.fazhi.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Nothing acknowledged may be lost: a commit on the embedded H2 file database is on disk before {@code commit()}
 * returns, so before any 201 is sent.
 * <p>
 * H2 2.x (MVStore) does not write a committed transaction to the file at commit: its background writer stores the
 * changes up to {@code WRITE_DELAY} (500 ms) later, and nothing is ever forced to the device. A {@code kill -9}
 * therefore loses the last half second of acknowledged submissions and the tracking-number counter with them,
 * which then hands the lost numbers out again. Here every commit of a read-write connection is followed, on the
 * same connection, by {@code CHECKPOINT SYNC}: in H2 2.3 that is {@code MVStore.commit()} (writes every unsaved
 * change; a concurrent store is waited for, not skipped) and {@code FileChannel.force(true)} (survives a power cut,
 * not only a killed process). Using the committing connection needs no second pooled connection, which under load
 * would make every request wait for another.
 * <p>
 * PostgreSQL already makes a commit durable (WAL flush, {@code synchronous_commit=on}) and an in-memory H2 has
 * nothing to keep, so their data sources are left alone. Read-only transactions (Spring marks their connection
 * read-only) wrote nothing and skip the sync. Statements run in auto-commit mode are not synced; no request path
 * writes that way.
 */
@Component
public class DurableCommits implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(DurableCommits.class);

	static final String SYNC = "CHECKPOINT SYNC";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && needsSync(hikari.getJdbcUrl())) {
			log.info("H2 file database: each read-write commit is written and forced to disk before it returns");
			checkAllowed(hikari);
			return new Syncing(hikari);
		}
		return bean;
	}

	/** H2 on a file (embedded or through an H2 server); not {@code jdbc:h2:mem:} and not other databases. */
	static boolean needsSync(String url) {
		return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
	}

	/** H2 runs CHECKPOINT only for an admin account: refuse to start rather than fail after a commit. */
	private static void checkAllowed(DataSource dataSource) {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			s.execute(SYNC);
		}
		catch (SQLException e) {
			throw new IllegalStateException("the H2 account needs admin rights to force commits to disk (" + SYNC
					+ "): " + e.getMessage(), e);
		}
	}

	/** Hands out connections that sync after each commit. */
	static final class Syncing extends DelegatingDataSource {

		Syncing(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return syncing(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return syncing(super.getConnection(username, password));
		}
	}

	static Connection syncing(Connection target) {
		return (Connection) Proxy.newProxyInstance(DurableCommits.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new SyncAfterCommit(target));
	}

	private record SyncAfterCommit(Connection target) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "unwrap":
					if (((Class<?>) args[0]).isInstance(proxy)) {
						return proxy;
					}
					break;
				case "isWrapperFor":
					if (((Class<?>) args[0]).isInstance(proxy)) {
						return true;
					}
					break;
				case "equals":
					return proxy == args[0];
				case "hashCode":
					return System.identityHashCode(proxy);
				default:
					break;
			}
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException e) {
				throw e.getTargetException();
			}
			if (method.getName().equals("commit") && method.getParameterCount() == 0 && !target.isReadOnly()) {
				try (Statement s = target.createStatement()) {
					s.execute(SYNC);
				}
			}
			return result;
		}
	}
}
