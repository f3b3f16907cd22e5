package org.fazhi.shared;

import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A business rule refused an action. The message key resolves to zh-CN text in {@code messages/*.properties};
 * the web layer shows it on the form (or as RFC 9457 problem JSON on the API) instead of an error page.
 */
public class RuleViolation extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public RuleViolation(String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** The zh-CN text for the page or the problem JSON; the key itself if no message exists. */
	public String text(MessageSource messages) {
		return messages.getMessage(messageKey, arguments, messageKey, LocaleContextHolder.getLocale());
	}
}
