package org.fazhi.disclosure.web;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.disclosure.DisclosureSearch;
import org.fazhi.shared.Pages;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/disclosure/search?q=…&page=} as the architecture's API table defines it. */
@RestController
class DisclosureApiController {

	private final DisclosureSearch search;

	private final PortalTown town;

	DisclosureApiController(DisclosureSearch search, PortalTown town) {
		this.search = search;
		this.town = town;
	}

	record Item(long id, String title, @Nullable String indexNumber, @Nullable LocalDate publishedOn, String docNumber,
			String column, String snippet) {
	}

	record Answer(long total, int page, int pages, List<Item> items) {
	}

	@GetMapping("/api/v1/disclosure/search")
	Answer search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String column,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String genre,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String publisher,
			@RequestParam(defaultValue = "RELEVANCE") DisclosureSearch.Order sort,
			@RequestParam(required = false) @Nullable String page) {
		var result = search.search(town.current().id(),
				new DisclosureSearch.Query(q, column, theme, genre, year, publisher, sort, Pages.index(page)));
		return new Answer(result.total(), result.page() + 1, result.pages(),
				result.hits().stream()
					.map(h -> new Item(h.id(), h.title(), h.indexNumber(), h.publishedOn(), h.docNumber(),
							h.columnName(), h.snippetHtml()))
					.toList());
	}
}
