package org.fazhi.shared.shell;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Replaces Tomcat's English HTML error report for the requests Tomcat refuses before the application sees them
 * (a malformed URL or percent-encoding, an invalid header, a parameter it cannot decode): problem JSON in Chinese
 * under {@code /api/}, a plain Chinese page elsewhere. Errors the application handles never get here, since
 * {@code ErrorPages} writes the body first.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public int getOrder() {
		// after Spring Boot's own customizer, which adds a plain ErrorReportValve that this one replaces
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			Container host = context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			if (host instanceof StandardHost standard) {
				// StandardHost adds a valve of this class at start unless one is there already
				standard.setErrorReportValveClass(ChineseErrorReport.class.getName());
			}
			host.getPipeline().addValve(new ChineseErrorReport());
		});
	}

	/** Public with a no-argument constructor, as Tomcat may create it by its class name. */
	public static class ChineseErrorReport extends ErrorReportValve {

		public ChineseErrorReport() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get()) {
				return;
			}
			String uri = request.getCoyoteRequest().requestURI().toString();
			String message = message(status);
			try {
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				String body;
				if (uri != null && uri.startsWith("/api/")) {
					response.setContentType("application/problem+json");
					body = "{\"type\":\"about:blank\",\"title\":\"" + Problems.title(status) + "\",\"status\":" + status
							+ ",\"detail\":\"" + message + "\"}";
				}
				else {
					response.setContentType("text/html");
					body = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + status
							+ " - 请求有误</title></head><body><h1>" + title(status) + "</h1><p>" + message
							+ "</p><p><a href=\"/\">返回首页</a></p></body></html>";
				}
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException e) {
				// the client went away or the response cannot take a body: nothing more to tell
			}
		}

		static String title(int status) {
			return status == 404 ? "页面不存在" : status < 500 ? "请求有误" : "系统暂时无法处理";
		}

		static String message(int status) {
			return switch (status) {
				case 400 -> "请求有误：地址、参数或请求头的格式不正确，请检查后重试。";
				case 404 -> "您访问的页面不存在，可能已被移除或地址有误。";
				case 405 -> "不支持该访问方式。";
				case 408 -> "请求超时，请重试。";
				case 413 -> "提交的内容过大。";
				case 414 -> "请求地址过长。";
				case 431 -> "请求头过大。";
				default -> status < 500 ? "请求未能完成，请检查后重试。" : "系统暂时无法处理您的请求，请稍后再试。";
			};
		}
	}
}
