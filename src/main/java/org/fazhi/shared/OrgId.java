package org.fazhi.shared;

/** The tenant a record belongs to: a town or street government (or, for supervisors, a district). */
public record OrgId(long value) {

	public OrgId {
		if (value <= 0) {
			throw new IllegalArgumentException("org id must be positive: " + value);
		}
	}

	public static OrgId of(long value) {
		return new OrgId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
