package org.fazhi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.fazhi.FazhiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The one pager every list includes (fragments/pager.html), rendered by the application's own template engine: a
 * link shows only where there is a page to go to, and a single page shows no pager at all.
 */
@FazhiTest
class PagerFragmentTests {

	@Autowired
	ITemplateEngine templates;

	@Autowired
	MockMvc mvc;

	private String pager(int current, int pages) {
		Context context = new Context();
		context.setVariable("current", current);
		context.setVariable("pages", pages);
		context.setVariable("previous", "/list?page=" + (current - 1));
		context.setVariable("next", "/list?page=" + (current + 1));
		return templates.process("fragments/pager", Set.of("pager"), context);
	}

	@Test
	void theFirstPageLinksOnlyToTheNext() {
		String html = pager(0, 3);
		assertThat(html).contains("aria-label=\"分页\"", "第 1 / 3 页", "href=\"/list?page=1\">下一页")
			.doesNotContain("上一页");
	}

	@Test
	void aMiddlePageLinksBothWays() {
		assertThat(pager(1, 3)).contains("href=\"/list?page=0\">上一页", "第 2 / 3 页", "href=\"/list?page=2\">下一页");
	}

	@Test
	void theLastPageLinksOnlyToThePrevious() {
		assertThat(pager(2, 3)).contains("href=\"/list?page=1\">上一页", "第 3 / 3 页").doesNotContain("下一页");
	}

	@Test
	void aSinglePageHasNoPager() {
		assertThat(pager(0, 1)).doesNotContain("分页");
	}

	@Test
	void aPublicListKeepsItsFiltersAndCountsPagesFromOneInTheLink() throws Exception {
		String html = mvc.perform(get("/disclosure/search").param("q", "镇")).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("第 1 / ", "下一页", "q=%E9%95%87", "page=2\">下一页").doesNotContain("上一页");
	}
}
