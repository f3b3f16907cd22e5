package org.fazhi.shared.shell;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.TooManyRequests;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the domain's refusals into answers a person can read: a zh-CN page for browsers, RFC 9457 problem JSON
 * under {@code /api/}. Anything not handled here reaches the error page without a stack trace.
 */
@ControllerAdvice
class WebErrors {

	private final MessageSource messages;

	private final List<PageShell> shells;

	WebErrors(MessageSource messages, List<PageShell> shells) {
		this.messages = messages;
		this.shells = shells;
	}

	@ExceptionHandler(NotFound.class)
	Object notFound(HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "您要查找的内容不存在或您无权查看。", List.of());
	}

	/** Every throttle ends here: 429 with the wait in {@code Retry-After} and in words. */
	@ExceptionHandler(TooManyRequests.class)
	Object tooMany(TooManyRequests e, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Retry-After", Long.toString(e.retryAfter().toSeconds()));
		return answer(request, HttpStatus.TOO_MANY_REQUESTS, "尝试次数过多，请 " + e.waitText() + "后再试。", List.of());
	}

	@ExceptionHandler(RuleViolation.class)
	Object rule(RuleViolation e, HttpServletRequest request) {
		String text = e.text(messages);
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, text, List.of());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	Object invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
		List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
			.map(f -> Map.of("field", f.getField(), "message", text(f)))
			.toList();
		return answer(request, HttpStatus.BAD_REQUEST, "提交的内容有误，请按提示修改。", errors);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
	Object unreadable(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "请求的格式有误，请检查后重试。", List.of());
	}

	private String text(FieldError f) {
		return messages.getMessage(f, LocaleContextHolder.getLocale());
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String detail,
			List<Map<String, String>> errors) {
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setInstance(URI.create(request.getRequestURI()));
			if (!errors.isEmpty()) {
				problem.setProperty("errors", errors);
			}
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/page", status);
		page.addObject("status", status.value());
		page.addObject("message", detail);
		// the layout needs the shell's model, which @ModelAttribute methods do not add to an exception handler's view
		shells.forEach(shell -> shell.addTo(page.getModel(), request));
		return page;
	}
}
