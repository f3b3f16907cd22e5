package org.fazhi.portal.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.shared.shell.Problems;
import org.fazhi.shared.TooManyRequests;
import org.fazhi.shared.TrackingLookup;
import org.fazhi.shared.TrackingLookup.Found;
import org.fazhi.shared.TrackingLookup.Throttled;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
class TrackingController {

	private static final String NOT_FOUND = "未查询到相关事项，请核对受理编号和查询码。";

	private final TrackingLookup lookup;

	TrackingController(TrackingLookup lookup) {
		this.lookup = lookup;
	}

	@GetMapping("/track")
	String form() {
		return "portal/track";
	}

	/** A POST, so the query code does not end up in address bars, logs or Referer headers. */
	@PostMapping("/track")
	String track(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("number", number);
		var answer = lookup.find(number, code, request.getRemoteAddr());
		if (answer instanceof Found f) {
			model.addAttribute("tracking", f.tracking());
		}
		else if (answer instanceof Throttled t) {
			// the form again, with the wait, as 429 so that scripts see the refusal too
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(t.retryAfter().toSeconds()));
			model.addAttribute("problem", "查询失败次数过多，请 " + new TooManyRequests(t.retryAfter()).waitText() + "后再试。");
		}
		else {
			model.addAttribute("problem", NOT_FOUND);
		}
		return "portal/track";
	}

	@GetMapping(path = "/api/v1/track/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<?> api(@PathVariable String number, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request) {
		var answer = lookup.find(number, code, request.getRemoteAddr());
		if (answer instanceof Found f) {
			return ResponseEntity.ok(f.tracking());
		}
		if (answer instanceof Throttled t) {
			throw new TooManyRequests(t.retryAfter());
		}
		return problem(HttpStatus.NOT_FOUND, NOT_FOUND, request);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
