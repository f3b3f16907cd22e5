package org.fazhi.disclosure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the search index match the database at start-up: a node started with an empty or outdated index (a new
 * node on an existing database, a restored database, an index lost with its disk, rows loaded by SQL) would
 * otherwise answer searches without the documents the portal shows. The index is rebuilt (mass indexer) when its
 * document count differs from the database's, or always with {@code fazhi.disclosure.reindex-on-start=true}.
 */
@Component
@Order(100)
class ReindexOnStart implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(ReindexOnStart.class);

	private final DisclosureSearch search;

	private final boolean always;

	ReindexOnStart(DisclosureSearch search, @Value("${fazhi.disclosure.reindex-on-start:false}") boolean always) {
		this.search = search;
		this.always = always;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		rebuildIfStale();
	}

	/** Rebuilds the index when it does not match the database; says whether it did. */
	boolean rebuildIfStale() throws InterruptedException {
		var state = search.indexState();
		if (state.matches() && !always) {
			LOG.info("Search index matches the database: {} documents", state.stored());
			return false;
		}
		LOG.info("Search index holds {} documents, the database {}: rebuilding", state.indexed(), state.stored());
		long start = System.nanoTime();
		long n = search.reindex();
		LOG.info("Search index rebuilt: {} documents in {} ms", n, (System.nanoTime() - start) / 1_000_000);
		return true;
	}
}
