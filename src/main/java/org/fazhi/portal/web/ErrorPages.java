package org.fazhi.portal.web;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.shared.shell.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Friendly zh-CN error pages; problem JSON for {@code /api/}. Never a stack trace. */
@Controller
class ErrorPages implements ErrorController {

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// only the container's error dispatch sets the code: /error asked for directly is no page of ours
		HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 404);
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? request.getRequestURI() : uri.toString();
		String message = switch (status.value()) {
			case 400 -> "请求有误，请检查填写的内容后重试。";
			case 401 -> "请先登录。";
			case 403 -> "您没有访问该页面的权限。如需开通，请联系本单位安全管理员。";
			case 404 -> "您访问的页面不存在，可能已被移除或地址有误。";
			case 405 -> "不支持该访问方式。";
			case 413 -> "上传的文件过大。";
			case 415 -> "不支持该提交格式，请以 JSON 格式提交（Content-Type: application/json）。";
			case 429 -> response.getHeader("Retry-After") == null ? "操作过于频繁，请稍后再试。"
					: "操作过于频繁，请 " + response.getHeader("Retry-After") + " 秒后再试。";
			default -> status.is5xxServerError() ? "系统暂时无法处理您的请求，本次提交的内容可能未能保存，请稍后重新提交。"
					: "请求未能完成。";
		};
		if (path.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = Problems.of(status, message);
			problem.setInstance(URI.create(path));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/page", status);
		page.addObject("status", status.value());
		page.addObject("message", message);
		return page;
	}
}
