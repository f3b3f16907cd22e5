package org.fazhi.shared.shell;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one way to build RFC 9457 problem JSON: the detail is the caller's Chinese message, and the title is the
 * status in Chinese too, because Spring's default title is the English reason phrase and a citizen's client may show
 * it.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title(status.value()));
		return problem;
	}

	static String title(int status) {
		return switch (status) {
			case 400 -> "请求有误";
			case 401 -> "尚未登录";
			case 403 -> "无权访问";
			case 404 -> "未找到";
			case 405 -> "不支持该访问方式";
			case 408 -> "请求超时";
			case 409 -> "与已有记录冲突";
			case 413 -> "提交的内容过大";
			case 414 -> "请求地址过长";
			case 415 -> "不支持的提交格式";
			case 422 -> "无法受理";
			case 429 -> "操作过于频繁";
			case 431 -> "请求头过大";
			default -> status < 500 ? "请求未能完成" : "系统暂时无法处理";
		};
	}
}
