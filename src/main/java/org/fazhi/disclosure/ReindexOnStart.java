package org.fazhi.disclosure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index at start-up when {@code fazhi.disclosure.reindex-on-start=true}: for a node started on
 * a restored database, or on rows loaded by SQL (the benchmark), whose index does not know them.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "fazhi.disclosure.reindex-on-start", havingValue = "true")
class ReindexOnStart implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(ReindexOnStart.class);

	private final DisclosureSearch search;

	ReindexOnStart(DisclosureSearch search) {
		this.search = search;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		long start = System.nanoTime();
		long n = search.reindex();
		LOG.info("Search index rebuilt: {} documents in {} ms", n, (System.nanoTime() - start) / 1_000_000);
	}
}
