package org.fazhi.portal.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PortalController {

	@GetMapping("/")
	String home() {
		return "portal/home";
	}

	/**
	 * Switches 长者模式 and returns to the page: a plain link, so it works without JavaScript and keeps the
	 * portal free of server sessions (the choice lives in a cookie).
	 */
	@GetMapping("/elder")
	String elder(@RequestParam(defaultValue = "true") boolean on, @RequestParam(defaultValue = "/") String back,
			HttpServletResponse response) {
		ResponseCookie cookie = ResponseCookie.from(ShellModel.ELDER_COOKIE, on ? "1" : "0")
			.path("/")
			.httpOnly(true)
			.sameSite("Lax")
			.maxAge(Duration.ofDays(365))
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
		// only a local path: never an open redirect
		String target = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
		return "redirect:" + target;
	}
}
