package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;

import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A node whose index is empty while the database holds published documents rebuilds it at start-up. The test
 * context keeps its own local-heap index; it is emptied here and the start-up runner run again.
 */
@FazhiTest
class IndexOnStartTests {

	@Autowired
	ReindexOnStart onStart;

	@Autowired
	DisclosureSearch search;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	OrganizationService organization;

	DisclosureSearch.Result find(String q) {
		return search.search(organization.byCreditCode(DisclosurePortalTests.HANGU).orElseThrow().id(),
				new DisclosureSearch.Query(q, null, null, null, null, null, DisclosureSearch.Order.RELEVANCE, 0));
	}

	@Test
	void anEmptyIndexIsRebuiltFromTheDatabaseAtStart() throws Exception {
		assertThat(search.indexState().matches()).as("the demo start left a matching index").isTrue();
		long stored = search.indexState().stored();
		assertThat(stored).isGreaterThan(100);

		var workspace = Search.mapping(emf).scope(Document.class).workspace();
		workspace.purge();
		workspace.refresh();
		assertThat(search.indexState().indexed()).isZero();
		assertThat(find("法治政府").total()).isZero();

		assertThat(onStart.rebuildIfStale()).isTrue();

		assertThat(search.indexState().indexed()).isEqualTo(stored);
		assertThat(find("法治政府").total()).isPositive();
	}

	@Test
	void aMatchingIndexIsLeftAlone() throws Exception {
		assertThat(search.indexState().matches()).isTrue();
		// the log is not asserted: the shared context's console appender was set up before any capture
		assertThat(onStart.rebuildIfStale()).isFalse();
	}
}
