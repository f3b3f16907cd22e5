package org.fazhi.shared;

/** How personal data is shown by default (ui.md): 110***********123X, 138****8000, 张*. */
public final class Masking {

	private Masking() {
	}

	public static String idNumber(String id) {
		if (id == null || id.length() < 8) {
			return "****";
		}
		return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
	}

	public static String phone(String phone) {
		if (phone == null || phone.isBlank()) {
			return "";
		}
		String p = phone.trim();
		if (p.length() < 7) {
			return "*".repeat(p.length());
		}
		return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
	}

	public static String name(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		String n = name.trim();
		if (n.length() == 1) {
			return n;
		}
		if (n.length() == 2) {
			return n.charAt(0) + "*";
		}
		return n.charAt(0) + "*".repeat(n.length() - 2) + n.charAt(n.length() - 1);
	}
}
