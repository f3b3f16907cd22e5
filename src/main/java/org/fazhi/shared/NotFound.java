package org.fazhi.shared;

/**
 * The record does not exist for this caller. Also thrown when it exists in another org: a user of another
 * town must not learn that it exists, so both cases answer 404.
 */
public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what);
	}
}
