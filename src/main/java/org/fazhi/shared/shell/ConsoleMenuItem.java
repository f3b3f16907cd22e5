package org.fazhi.shared.shell;

import java.util.Set;

/**
 * An entry of the staff console's sidebar, shown to users who hold one of the authorities (or to everyone
 * signed in when the set is empty). Modules declare these as beans.
 */
public record ConsoleMenuItem(String group, String label, String href, int order, Set<String> authorities) {

	public boolean visibleTo(java.util.Collection<String> granted) {
		return authorities.isEmpty() || authorities.stream().anyMatch(granted::contains);
	}
}
