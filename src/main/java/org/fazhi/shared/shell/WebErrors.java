package org.fazhi.shared.shell;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.fazhi.shared.BadInput;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.TooManyRequests;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the domain's refusals into answers a person can read: a zh-CN page for browsers, RFC 9457 problem JSON
 * under {@code /api/}. Anything not handled here reaches the error page without a stack trace.
 */
@ControllerAdvice
class WebErrors {

	private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

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
		HttpStatus status = e instanceof BadInput ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
		return answer(request, status, text, List.of());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	Object invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
		List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
			.map(f -> Map.of("field", f.getField(), "message", text(f)))
			.toList();
		return answer(request, HttpStatus.BAD_REQUEST, "提交的内容有误，请按提示修改。", errors);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			ServletRequestBindingException.class, MissingServletRequestPartException.class,
			MultipartException.class, InvalidParameterException.class })
	Object unreadable(HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "请求的格式有误，请检查后重试。", List.of());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object unsupportedType(HttpServletRequest request) {
		return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"不支持该提交格式，请以 JSON 格式提交（Content-Type: application/json）。", List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object unsupportedMethod(HttpServletRequest request) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "不支持该访问方式。", List.of());
	}

	/** Constraints on handler parameters such as {@code @Size} on the {@code Idempotency-Key} header. */
	@ExceptionHandler(HandlerMethodValidationException.class)
	Object invalidParameter(HandlerMethodValidationException e, HttpServletRequest request) {
		List<Map<String, String>> errors = e.getParameterValidationResults().stream()
			.flatMap(r -> r.getResolvableErrors().stream()
				.map(error -> Map.of("field", name(r.getMethodParameter().getParameterName()),
						"message", messages.getMessage(error, LocaleContextHolder.getLocale()))))
			.toList();
		String detail = errors.isEmpty() ? "提交的内容有误，请按提示修改。" : errors.get(0).get("message");
		return answer(request, HttpStatus.BAD_REQUEST, detail, errors);
	}

	/**
	 * An entity's declared limit ({@code @Size}, {@code @Digits} matching its column, see ColumnLimitsTests) was
	 * exceeded by a form or API field without its own check: the citizen or clerk learns which limit, not a 500.
	 */
	@ExceptionHandler(ConstraintViolationException.class)
	Object entityLimit(ConstraintViolationException e, HttpServletRequest request) {
		List<Map<String, String>> errors = e.getConstraintViolations().stream()
			.map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", limitText(v)))
			.toList();
		String detail = errors.isEmpty() ? "提交的内容有误，请按提示修改。" : errors.get(0).get("message");
		return answer(request, HttpStatus.BAD_REQUEST, detail, errors);
	}

	@ExceptionHandler(TransactionSystemException.class)
	Object atCommit(TransactionSystemException e, HttpServletRequest request) throws TransactionSystemException {
		// entity validation at flush-on-commit arrives wrapped
		Throwable cause = e.getMostSpecificCause();
		if (cause instanceof ConstraintViolationException violation) {
			return entityLimit(violation, request);
		}
		throw e;
	}

	/**
	 * The database refused what a check above did not catch: a too-long or malformed value (SQLSTATE class 22,
	 * e.g. 22001, or PostgreSQL's NUL 22021) is the sender's error; a unique or foreign key conflict (class 23)
	 * means the record cannot be saved as it is. Either way nothing was saved, and the page says so.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	Object refusedByDatabase(DataIntegrityViolationException e, HttpServletRequest request) {
		String state = sqlState(e);
		log.info("Database refused input on {} (SQLSTATE {}): {}", request.getRequestURI(), state,
				e.getMostSpecificCause().getMessage());
		if (state != null && state.startsWith("22")) {
			return answer(request, HttpStatus.BAD_REQUEST,
					"填写的内容过长或含有不允许的字符，未能保存。请精简或修改后重新提交。", List.of());
		}
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT,
				"提交的内容与已有记录冲突或不完整，未能保存。请核对后重新提交。", List.of());
	}

	private static @Nullable String sqlState(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}

	private static String limitText(ConstraintViolation<?> v) {
		Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
		if (attributes.get("max") instanceof Integer max && v.getConstraintDescriptor().getAnnotation() instanceof Size) {
			return "填写的内容过长，该项最多可填写 " + max + " 个字，请精简后重新提交。";
		}
		if (v.getConstraintDescriptor().getAnnotation() instanceof Digits digits) {
			return "数值超出允许的范围（整数部分最多 " + digits.integer() + " 位，小数最多 " + digits.fraction() + " 位）。";
		}
		return "提交的内容有误，请按提示修改。";
	}

	private static String name(@Nullable String parameter) {
		return "key".equals(parameter) ? "Idempotency-Key" : parameter == null ? "" : parameter;
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
			ProblemDetail problem = Problems.of(status, detail);
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
