package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;

import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A node whose index is empty while the database holds published documents rebuilds it at start-up. The test
 * context keeps its own local-heap index; it is emptied here and the start-up runner run again.
 */
@FazhiTest
@ExtendWith(OutputCaptureExtension.class)
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
	void anEmptyIndexIsRebuiltFromTheDatabaseAtStart(CapturedOutput output) throws Exception {
		assertThat(search.indexState().matches()).as("the demo start left a matching index").isTrue();
		long stored = search.indexState().stored();
		assertThat(stored).isGreaterThan(100);

		var workspace = Search.mapping(emf).scope(Document.class).workspace();
		workspace.purge();
		workspace.refresh();
		assertThat(search.indexState().indexed()).isZero();
		assertThat(find("法治政府").total()).isZero();

		onStart.run(null);

		assertThat(search.indexState().indexed()).isEqualTo(stored);
		assertThat(find("法治政府").total()).isPositive();
		assertThat(output).contains("Search index holds 0 documents, the database " + stored + ": rebuilding")
			.contains("Search index rebuilt: " + stored + " documents");
	}

	@Test
	void aMatchingIndexIsLeftAlone(CapturedOutput output) throws Exception {
		long stored = search.indexState().stored();
		onStart.run(null);
		assertThat(output).contains("Search index matches the database: " + stored + " documents")
			.doesNotContain("rebuilding");
	}
}
