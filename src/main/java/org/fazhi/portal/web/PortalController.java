package org.fazhi.portal.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.disclosure.DisclosureColumn;
import org.fazhi.disclosure.DisclosureService;
import org.fazhi.disclosure.Document;
import org.fazhi.portal.PortalSite;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.shell.PageCache;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PortalController {

	/** How many of the newest items the home page lists per 政务公开 column. */
	static final int NEWEST_PER_COLUMN = 4;

	private final PortalSite site;

	private final DisclosureService disclosure;

	PortalController(PortalSite site, DisclosureService disclosure) {
		this.site = site;
		this.disclosure = disclosure;
	}

	/**
	 * The home page: the services' tiles and the newest published items per column. The same for every anonymous
	 * visitor, so its HTML is kept ({@link PageCache}) until the next publication.
	 */
	@GetMapping("/")
	String home(HttpServletRequest request, Model model) {
		PageCache.allow(request);
		Long town = site.current().orgId();
		Map<DisclosureColumn, List<Document>> newest = town == null ? Map.of()
				: disclosure.catalog(OrgId.of(town), NEWEST_PER_COLUMN);
		// only columns with something to show: an empty column is the self-inspection's business, not the visitor's
		Map<DisclosureColumn, List<Document>> shown = new LinkedHashMap<>();
		newest.forEach((column, items) -> {
			if (!items.isEmpty()) {
				shown.put(column, items);
			}
		});
		model.addAttribute("newest", shown);
		return "portal/home";
	}

	/**
	 * Switches 长者模式 and returns to the page: a plain link, so it works without JavaScript and keeps the
	 * portal free of server sessions (the choice lives in a cookie).
	 */
	@GetMapping("/elder")
	String elder(@RequestParam(defaultValue = "true") boolean on, @RequestParam(defaultValue = "/") String back,
			HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(ShellModel.ELDER_COOKIE, on ? "1" : "0")
			.path("/")
			.httpOnly(true)
			.sameSite("Lax")
			.maxAge(Duration.ofDays(365))
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
		// only a local path: never an open redirect
		String target = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
		return "redirect:" + target;
	}
}
