package org.fazhi.shared.shell;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the page layouts need on every page (site details, navigation, sidebar, 长者模式). Controllers get it through
 * {@code @ModelAttribute} methods, but views returned by exception handlers do not, so those ask for it here.
 */
public interface PageShell {

	void addTo(Map<String, Object> model, HttpServletRequest request);
}
