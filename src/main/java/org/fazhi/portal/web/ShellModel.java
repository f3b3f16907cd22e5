package org.fazhi.portal.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.fazhi.portal.PortalSite;
import org.fazhi.shared.shell.ConsoleMenuItem;
import org.fazhi.shared.shell.PageShell;
import org.fazhi.shared.shell.PortalNavItem;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What both layouts need on every page: the town's site details, navigation, the sidebar, 长者模式. */
@ControllerAdvice
class ShellModel implements PageShell {

	static final String ELDER_COOKIE = "fazhi_elder";

	private final PortalSite site;

	private final List<PortalNavItem> nav;

	private final List<ConsoleMenuItem> menu;

	ShellModel(PortalSite site, List<PortalNavItem> nav, List<ConsoleMenuItem> menu) {
		this.site = site;
		this.nav = nav.stream().sorted(Comparator.comparingInt(PortalNavItem::order)).toList();
		this.menu = menu.stream().sorted(Comparator.comparingInt(ConsoleMenuItem::order)).toList();
	}

	@Override
	public void addTo(Map<String, Object> model, HttpServletRequest request) {
		model.putIfAbsent("site", site());
		model.putIfAbsent("nav", nav());
		model.putIfAbsent("currentPath", currentPath(request));
		model.putIfAbsent("elder", elder(request));
		model.putIfAbsent("menu", menu());
	}

	@ModelAttribute("site")
	PortalSite.Site site() {
		return site.current();
	}

	@ModelAttribute("nav")
	List<PortalNavItem> nav() {
		return nav;
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ModelAttribute("elder")
	boolean elder(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie c : cookies) {
			if (ELDER_COOKIE.equals(c.getName()) && "1".equals(c.getValue())) {
				return true;
			}
		}
		return false;
	}

	/** Sidebar groups for the signed-in user; empty on public pages. */
	@ModelAttribute("menu")
	Map<String, List<ConsoleMenuItem>> menu() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		Map<String, List<ConsoleMenuItem>> groups = new LinkedHashMap<>();
		if (auth == null || !auth.isAuthenticated()) {
			return groups;
		}
		List<String> granted = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		for (ConsoleMenuItem item : menu) {
			if (item.visibleTo(granted)) {
				groups.computeIfAbsent(item.group(), g -> new java.util.ArrayList<>()).add(item);
			}
		}
		return groups;
	}
}
