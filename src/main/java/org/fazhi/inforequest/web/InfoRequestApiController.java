package org.fazhi.inforequest.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.fazhi.shared.shell.Problems;
import org.fazhi.inforequest.InfoRequest;
import org.fazhi.inforequest.InfoRequestService;
import org.fazhi.organization.OrgSummary;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.IdempotencyKey;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/info-requests} (architecture.md): the portal's intake for other systems. */
@RestController
class InfoRequestApiController {

	private final InfoRequestService service;

	private final OrganizationService organization;

	private final MessageSource messages;

	InfoRequestApiController(InfoRequestService service, OrganizationService organization, MessageSource messages) {
		this.service = service;
		this.organization = organization;
		this.messages = messages;
	}

	record ApiApplicant(@Nullable String type, @Nullable String orgKind, @Nullable String name,
			@Nullable String idType, @Nullable String idNumber, @Nullable String phone, @Nullable String email,
			@Nullable String address) {
	}

	record ApiRequest(@Nullable String org, @Nullable ApiApplicant applicant, @Nullable String description,
			@Nullable String form, @Nullable String delivery) {
	}

	/** {@code provisional}: the due date lies in a year whose holiday notice is not entered yet (暂定). */
	record Created(String trackingNumber, String queryCode, LocalDate receivedOn, @Nullable LocalDate due,
			boolean provisional) {
	}

	@PostMapping(path = "/api/v1/info-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> file(@RequestBody ApiRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String header,
			HttpServletRequest request) {
		String key = IdempotencyKey.of(header);
		ApiApplicant a = body.applicant() == null
				? new ApiApplicant(null, null, null, null, null, null, null, null) : body.applicant();
		IntakeFields fields = new IntakeFields(a.type(), a.orgKind(), a.name(), a.idType(), a.idNumber(), a.phone(),
				a.email(), a.address(), body.description(), body.form(), body.delivery());
		List<Map<String, String>> errors = new java.util.ArrayList<>(fields.problems().stream()
			.map(p -> Map.of("field", apiField(p.field()), "message", text(p.messageKey())))
			.toList());
		OrgSummary town = body.org() == null || body.org().isBlank() ? organization.defaultTown().orElse(null)
				: organization.byCreditCode(body.org().strip()).orElse(null);
		if (town == null) {
			errors.add(Map.of("field", "org", "message", text("inforequest.org.unknown")));
		}
		if (!errors.isEmpty()) {
			ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "提交的内容有误，请按提示修改。");
			problem.setInstance(URI.create(request.getRequestURI()));
			problem.setProperty("errors", errors);
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		InfoRequest r;
		try {
			r = service.submitOnline(town.id(), fields.toIntake(), key);
		}
		catch (org.springframework.dao.DataIntegrityViolationException race) {
			// two submissions with one key at the same moment: the other one won, answer with its record
			r = key == null ? null : service.byIdempotencyKey(town.id(), key).orElse(null);
			if (r == null) {
				throw race;
			}
		}
		var reply = service.replyClock(r);
		return ResponseEntity.created(URI.create("/api/v1/track/" + r.trackingNumber()))
			.body(new Created(r.trackingNumber().value(), r.queryCode().value(), r.receivedOn(), reply.dueOn(),
					reply.deadline().provisional()));
	}

	private static String apiField(String field) {
		return switch (field) {
			case "applicantType" -> "applicant.type";
			case "description", "form", "delivery" -> field;
			default -> "applicant." + field;
		};
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
