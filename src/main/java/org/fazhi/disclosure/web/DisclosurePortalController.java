package org.fazhi.disclosure.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.attachment.AttachmentService;
import org.fazhi.attachment.StoredFile;
import org.fazhi.disclosure.DisclosureColumn;
import org.fazhi.disclosure.DisclosureSearch;
import org.fazhi.disclosure.DisclosureService;
import org.fazhi.disclosure.Document;
import org.fazhi.disclosure.DocumentStatus;
import org.fazhi.disclosure.TermKind;
import org.fazhi.organization.OrgSummary;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.Pages;
import org.fazhi.shared.shell.PageCache;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public 政务公开 pages at the architecture's stable URLs. Nothing here creates a session or writes; pages that
 * are the same for every visitor answer conditional requests (ETag/Last-Modified) so browsers and a proxy can
 * cache them. The ETag includes 长者模式 because the layout differs with it.
 */
@Controller
class DisclosurePortalController {

	static final int PAGE_SIZE = 20;

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final DisclosureService disclosure;

	private final DisclosureSearch search;

	private final AttachmentService attachments;

	private final PortalTown town;

	private final String base;

	/**
	 * @param baseUrl the portal's public address ({@code fazhi.portal.base-url}, env FAZHI_PORTAL_BASE_URL) for the
	 * absolute links of the feed and the sitemap; never the request's Host header, which any client can set and
	 * which a shared cache would then hand to everyone
	 */
	DisclosurePortalController(DisclosureService disclosure, DisclosureSearch search, AttachmentService attachments,
			PortalTown town, @Value("${fazhi.portal.base-url:http://localhost:8080}") String baseUrl) {
		this.base = checkedBase(baseUrl);
		this.disclosure = disclosure;
		this.search = search;
		this.attachments = attachments;
		this.town = town;
	}

	@GetMapping("/disclosure")
	@Nullable String catalog(WebRequest request, HttpServletRequest servlet, HttpServletResponse response,
			Model model) {
		PageCache.allow(servlet);
		OrgSummary t = town.current();
		if (notModified(request, response, "catalog-" + t.id(), disclosure.lastChange(t.id()).orElse(Instant.EPOCH))) {
			return null;
		}
		Map<DisclosureColumn, List<Document>> newest = disclosure.catalog(t.id(), 5);
		model.addAttribute("columns", newest);
		model.addAttribute("town", t);
		return "disclosure/portal/catalog";
	}

	@GetMapping("/disclosure/{code:[a-z][a-z0-9-]{1,39}}")
	@Nullable String column(@PathVariable String code, @RequestParam(required = false) @Nullable String page, WebRequest request,
			HttpServletRequest servlet, HttpServletResponse response, Model model) {
		PageCache.allow(servlet);
		OrgSummary t = town.current();
		var view = disclosure.portalColumn(t.id(), code, Pages.index(page), PAGE_SIZE);
		if (notModified(request, response, "column-" + view.column().id() + "-" + Pages.number(page), view.lastChange())) {
			return null;
		}
		model.addAttribute("column", view.column());
		model.addAttribute("items", view.items());
		model.addAttribute("columns", view.columns());
		return "disclosure/portal/column";
	}

	@GetMapping("/disclosure/doc/{id}")
	@Nullable String document(@PathVariable long id, WebRequest request, HttpServletRequest servlet,
			HttpServletResponse response, Model model) {
		PageCache.allow(servlet);
		return documentPage(id, request, response, model, "disclosure/portal/document");
	}

	@GetMapping("/disclosure/doc/{id}/print")
	@Nullable String print(@PathVariable long id, WebRequest request, HttpServletRequest servlet,
			HttpServletResponse response, Model model) {
		PageCache.allow(servlet);
		return documentPage(id, request, response, model, "disclosure/portal/print");
	}

	private @Nullable String documentPage(long id, WebRequest request, HttpServletResponse response, Model model,
			String view) {
		OrgSummary t = town.current();
		var page = disclosure.portalDocument(t.id(), id);
		Document d = page.doc();
		if (d.status() == DocumentStatus.WITHDRAWN) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("doc", d);
			return "disclosure/portal/withdrawn";
		}
		if (notModified(request, response, "doc-" + d.id() + "-" + d.revision(), d.updatedAt())) {
			return null;
		}
		model.addAttribute("doc", d);
		model.addAttribute("column", page.column());
		model.addAttribute("files", page.files());
		model.addAttribute("interpretations", page.interpretations());
		model.addAttribute("interprets", page.interprets());
		return view;
	}

	@GetMapping("/disclosure/doc/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
		OrgSummary t = town.current();
		Document d = disclosure.publicDocument(t.id(), id);
		if (d.status() != DocumentStatus.PUBLISHED) {
			throw new NotFound("file");
		}
		var df = disclosure.file(id, fileId);
		StoredFile f = attachments.file(t.id(), df.fileId());
		byte[] bytes = attachments.content(f).orElseThrow(() -> new NotFound("file content"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(f.type().contentType()))
			// the served name ends as the content really is, also for files stored before names were corrected
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename(f.type().properName(df.name()), StandardCharsets.UTF_8)
				.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic())
			.eTag("\"" + f.sha256() + "\"")
			.body(bytes);
	}

	@GetMapping("/disclosure/search")
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String column,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String genre,
			@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable String publisher,
			@RequestParam(defaultValue = "RELEVANCE") DisclosureSearch.Order sort,
			@RequestParam(required = false) @Nullable String page, Model model) {
		OrgSummary t = town.current();
		var query = new DisclosureSearch.Query(q, column, theme, genre, year, publisher, sort, Pages.index(page));
		model.addAttribute("query", query);
		model.addAttribute("columns", disclosure.columns(t.id()));
		model.addAttribute("themes", disclosure.terms(t.id(), TermKind.THEME));
		model.addAttribute("genres", disclosure.terms(t.id(), TermKind.GENRE));
		int thisYear = LocalDate.now(ZONE).getYear();
		List<Integer> years = new ArrayList<>();
		for (int y = thisYear; y >= thisYear - 8; y--) {
			years.add(y);
		}
		model.addAttribute("years", years);
		if (!query.text().isEmpty() || query.filtered()) {
			model.addAttribute("result", search.search(t.id(), query));
		}
		return "disclosure/portal/search";
	}

	/** Atom feed of the newest items (RFC 4287). */
	@GetMapping(value = "/disclosure/feed.atom", produces = "application/atom+xml;charset=UTF-8")
	ResponseEntity<String> feed(WebRequest web) {
		OrgSummary t = town.current();
		Instant changed = disclosure.lastChange(t.id()).orElse(Instant.EPOCH);
		if (web.checkNotModified("\"feed-" + t.id() + "-" + changed.toEpochMilli() + "\"", changed.toEpochMilli())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
		}
				StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
			.append("<title>").append(esc(t.fullName())).append(" 政务公开</title>\n")
			.append("<id>").append(base).append("/disclosure</id>\n")
			.append("<link rel=\"self\" href=\"").append(base).append("/disclosure/feed.atom\"/>\n")
			.append("<link href=\"").append(base).append("/disclosure\"/>\n")
			.append("<updated>").append(DateTimeFormatter.ISO_INSTANT.format(changed)).append("</updated>\n")
			.append("<author><name>").append(esc(t.fullName())).append("</name></author>\n");
		for (Document d : disclosure.newest(t.id(), 30)) {
			String url = base + "/disclosure/doc/" + d.id();
			xml.append("<entry><title>").append(esc(d.title())).append("</title><id>").append(url)
				.append("</id><link href=\"").append(url).append("\"/><updated>")
				.append(DateTimeFormatter.ISO_INSTANT.format(d.updatedAt())).append("</updated><published>")
				.append(d.publishedOn()).append("T00:00:00+08:00</published><summary>")
				.append(esc(d.bodyText().length() > 140 ? d.bodyText().substring(0, 140) + "…" : d.bodyText()))
				.append("</summary></entry>\n");
		}
		xml.append("</feed>\n");
		return ResponseEntity.ok().lastModified(changed.toEpochMilli())
			.eTag("\"feed-" + t.id() + "-" + changed.toEpochMilli() + "\"")
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(xml.toString());
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		OrgSummary t = town.current();
				StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
			.append("<url><loc>").append(base).append("/</loc></url>\n")
			.append("<url><loc>").append(base).append("/disclosure</loc></url>\n");
		for (DisclosureColumn c : disclosure.columns(t.id())) {
			xml.append("<url><loc>").append(base).append("/disclosure/").append(c.code()).append("</loc></url>\n");
		}
		for (Document d : disclosure.allPublished(t.id())) {
			xml.append("<url><loc>").append(base).append("/disclosure/doc/").append(d.id()).append("</loc><lastmod>")
				.append(d.updatedAt().atZone(ZONE).toLocalDate()).append("</lastmod></url>\n");
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
	}

	private static boolean notModified(WebRequest request, HttpServletResponse response, String tag,
			Instant lastModified) {
		boolean elder = "1".equals(cookie(request, "fazhi_elder"));
		response.setHeader("Vary", "Cookie");
		response.setHeader("Cache-Control", "no-cache");
		return request.checkNotModified("\"" + tag + (elder ? "-e" : "") + "-" + lastModified.toEpochMilli() + "\"",
				lastModified.toEpochMilli());
	}

	private static @Nullable String cookie(WebRequest request, String name) {
		if (request instanceof org.springframework.web.context.request.ServletWebRequest s
				&& s.getRequest().getCookies() != null) {
			for (var c : s.getRequest().getCookies()) {
				if (name.equals(c.getName())) {
					return c.getValue();
				}
			}
		}
		return null;
	}

	static String checkedBase(String configured) {
		String url = configured.trim().replaceAll("/+$", "");
		java.net.URI uri;
		try {
			uri = java.net.URI.create(url);
		}
		catch (IllegalArgumentException e) {
			uri = null;
		}
		if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
				|| uri.getQuery() != null || uri.getFragment() != null || url.contains("<") || url.contains("&")) {
			throw new IllegalStateException("fazhi.portal.base-url（FAZHI_PORTAL_BASE_URL）应为门户的公开网址，例如 https://www.example.gov.cn，当前为："
					+ configured);
		}
		return url;
	}

	private static String esc(String s) {
		return org.jsoup.nodes.Entities.escape(s);
	}
}
