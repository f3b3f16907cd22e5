package org.fazhi.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.disclosure.persistence.ColumnRepository;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over published items of one town. A query must match every word (AND) either through the
 * SmartChinese word fields (precise) or the CJK bigram fields (recall, e.g. 信访 when the segmenter splits it
 * otherwise); title hits weigh more, an exact 发文字号 most. Snippets are cut from the text around the first hit and
 * escaped before the query words are marked.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureSearch {

	public static final int PAGE_SIZE = 10;

	public enum Order {
		RELEVANCE, DATE
	}

	public record Query(@Nullable String q, @Nullable String column, @Nullable String theme, @Nullable String genre,
			@Nullable Integer year, @Nullable String publisher, Order order, int page) {

		public boolean filtered() {
			return notBlank(column) || notBlank(theme) || notBlank(genre) || year != null || notBlank(publisher);
		}

		public String text() {
			return q == null ? "" : q.strip();
		}
	}

	public record Hit(long id, String title, @Nullable String indexNumber, @Nullable LocalDate publishedOn,
			String docNumber, String columnName, String columnCode, String snippetHtml) {
	}

	public record Result(Query query, long total, List<Hit> hits, int page, int pages) {
	}

	private final EntityManager em;

	private final ColumnRepository columns;

	private final AuditTrail audit;

	DisclosureSearch(EntityManager em, ColumnRepository columns, AuditTrail audit) {
		this.audit = audit;
		this.em = em;
		this.columns = columns;
	}

	public Result search(OrgId org, Query query) {
		String text = query.text();
		if (text.length() > 100) {
			throw new RuleViolation("disclosure.search.query");
		}
		Map<Long, DisclosureColumn> cols = new java.util.HashMap<>();
		columns.findByOrg(org.value()).forEach(c -> cols.put(c.id(), c));
		Long columnId = null;
		if (notBlank(query.column())) {
			columnId = cols.values().stream().filter(c -> c.code().equals(query.column())).map(DisclosureColumn::id)
				.findFirst().orElse(-1L);
		}
		final Long col = columnId;
		int page = Math.max(0, query.page());
		SearchSession session = Search.session(em);
		// ids only: the hits are read below in one projection query, not loaded as entities (bench/disclosure)
		SearchResult<Long> result = session.search(Document.class)
			.select(f -> f.id(Long.class))
			.where(f -> {
				var b = f.bool();
				b.must(f.match().field("orgId").matching(org.value()));
				b.must(f.match().field("status").matching(DocumentStatus.PUBLISHED));
				if (!text.isEmpty()) {
					b.must(f.bool()
						.should(f.simpleQueryString().field("title").boost(3f).field("body").matching(text)
							.defaultOperator(BooleanOperator.AND))
						.should(f.simpleQueryString().field("title_bigram").boost(2f).field("body_bigram")
							.field("docNumber_bigram").matching(text).defaultOperator(BooleanOperator.AND))
						.should(f.match().field("docNumber").matching(text).boost(10f)));
				}
				if (col != null) {
					b.filter(f.match().field("columnId").matching(col));
				}
				if (notBlank(query.theme())) {
					b.filter(f.match().field("theme").matching(query.theme()));
				}
				if (notBlank(query.genre())) {
					b.filter(f.match().field("genre").matching(query.genre()));
				}
				if (query.year() != null) {
					b.filter(f.match().field("year").matching(query.year()));
				}
				if (notBlank(query.publisher())) {
					b.filter(f.match().field("publisher").matching(query.publisher()));
				}
				return b;
			})
			.sort(f -> query.order() == Order.DATE || text.isEmpty() ? f.field("publishedOn").desc()
					: f.score().then().field("publishedOn").desc())
			.fetch(page * PAGE_SIZE, PAGE_SIZE);
		long total = result.total().hitCount();
		List<Hit> hits = new ArrayList<>();
		if (!result.hits().isEmpty()) {
			Map<Long, Object[]> rows = new java.util.HashMap<>();
			em.createQuery("select d.id, d.title, d.indexNumber, d.publishedOn, d.docNumber, d.columnId, d.bodyText "
					+ "from Document d where d.id in :ids", Object[].class)
				.setParameter("ids", result.hits())
				.getResultList()
				.forEach(r -> rows.put((Long) r[0], r));
			for (Long id : result.hits()) {
				Object[] r = rows.get(id);
				if (r == null) {
					continue; // deleted since the index was read
				}
				DisclosureColumn c = cols.get((Long) r[5]);
				hits.add(new Hit(id, (String) r[1], (String) r[2], (LocalDate) r[3], (String) r[4],
						c == null ? "" : c.name(), c == null ? "" : c.code(), snippet((String) r[6], text)));
			}
		}
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		return new Result(query, total, hits, page, pages);
	}

	/**
	 * Rebuilds the index of the whole deployment from the database (after a restore, or an index lost with its disk):
	 * every town's portal search depends on it, so the entry affects every town.
	 */
	@Transactional
	public long reindex() throws InterruptedException {
		Search.session(em).massIndexer(Document.class).threadsToLoadObjects(1).startAndWait();
		long n = em.createQuery("select count(d) from Document d", Long.class).getSingleResult();
		audit.record(AuditRecord.installationWide("disclosure.search.reindexed", "search_index", null, null,
				"重建全文检索索引，共 " + n + " 条信息"));
		return n;
	}

	/** Documents in the index and in the database: they differ after a restore, a lost index or rows loaded by SQL. */
	public record IndexState(long indexed, long stored) {

		public boolean matches() {
			return indexed == stored;
		}
	}

	public IndexState indexState() {
		long indexed = Search.session(em).search(Document.class).where(f -> f.matchAll()).fetchTotalHitCount();
		long stored = em.createQuery("select count(d) from Document d", Long.class).getSingleResult();
		return new IndexState(indexed, stored);
	}

	/** About 120 characters around the first hit, HTML-escaped, the query words in {@code <mark>}. */
	static String snippet(String body, String query) {
		Set<String> terms = terms(query);
		int first = -1;
		for (String t : terms) {
			int at = body.indexOf(t);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		int start = Math.max(0, first - 30);
		int end = Math.min(body.length(), start + 120);
		String cut = body.substring(start, end);
		StringBuilder out = new StringBuilder(start > 0 ? "…" : "");
		int i = 0;
		while (i < cut.length()) {
			String match = null;
			for (String t : terms) {
				if (cut.startsWith(t, i) && (match == null || t.length() > match.length())) {
					match = t;
				}
			}
			if (match != null) {
				out.append("<mark>").append(Entities.escape(match)).append("</mark>");
				i += match.length();
			}
			else {
				int cp = cut.codePointAt(i);
				out.append(Entities.escape(new String(Character.toChars(cp))));
				i += Character.charCount(cp);
			}
		}
		if (end < body.length()) {
			out.append("…");
		}
		return out.toString();
	}

	/** The words of the query, and for Chinese words of more than two characters also their bigrams. */
	static Set<String> terms(String query) {
		Set<String> terms = new LinkedHashSet<>();
		for (String w : query.split("[\\s\"+|\\-*()~]+")) {
			if (w.isBlank()) {
				continue;
			}
			terms.add(w);
			if (w.length() > 2) {
				for (int i = 0; i + 2 <= w.length(); i++) {
					terms.add(w.substring(i, i + 2));
				}
			}
		}
		return terms;
	}

	private static boolean notBlank(@Nullable String s) {
		return s != null && !s.isBlank();
	}
}
