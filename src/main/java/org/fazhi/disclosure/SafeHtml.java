package org.fazhi.disclosure;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The rich-text body as the portal may show it: jsoup's relaxed safelist (paragraphs, lists, tables, links,
 * images) without scripts, event handlers, styles, javascript: URLs, iframes or forms. {@code h1} is demoted
 * because the page title is the page's only h1.
 */
public final class SafeHtml {

	private static final Safelist SAFELIST = Safelist.relaxed()
		.removeTags("h1")
		.addProtocols("a", "href", "#")
		.preserveRelativeLinks(true);

	private SafeHtml() {
	}

	public static String clean(String html) {
		String withoutH1 = html == null ? "" : html.replaceAll("(?i)<(/?)h1(\\s|>)", "<$1h2$2");
		Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(withoutH1, "https://portal.invalid/", SAFELIST, out);
	}

	/** Plain text for search, scans and snippets. */
	public static String text(String html) {
		return Jsoup.parse(html == null ? "" : html).text();
	}

	/** Plain text typed by a person (or an import) as paragraphs of HTML. */
	public static String fromPlainText(String text) {
		StringBuilder html = new StringBuilder();
		for (String para : text.split("\\R")) {
			if (!para.isBlank()) {
				html.append("<p>").append(org.jsoup.nodes.Entities.escape(para.strip())).append("</p>");
			}
		}
		return html.toString();
	}
}
