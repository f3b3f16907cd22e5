package org.fazhi.shared;

/**
 * The request itself is malformed (answered 400), as opposed to a well-formed request a business rule refuses
 * (a plain {@link RuleViolation}, answered 422). The message key resolves to zh-CN text like a rule's.
 */
public class BadInput extends RuleViolation {

	public BadInput(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
