package org.fazhi.shared.shell;

/** An entry of the public portal's main navigation, contributed by the module that serves the page. */
public record PortalNavItem(String label, String href, int order) {
}
