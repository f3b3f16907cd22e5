package org.fazhi.legalservice.web;

import java.util.Map;

import org.fazhi.shared.shell.Today;
import org.fazhi.legalservice.Consultation;
import org.fazhi.legalservice.ConsultationService;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/** {@code POST /api/v1/consultations} (architecture.md): 201 with the tracking number and query code. */
@RestController
class ConsultationApiController {

	private final ConsultationService consultations;

	private final OrganizationService organization;

	private final Today today;

	ConsultationApiController(ConsultationService consultations, OrganizationService organization, Today today) {
		this.today = today;
		this.consultations = consultations;
		this.organization = organization;
	}

	@PostMapping("/api/v1/consultations")
	ResponseEntity<Map<String, String>> ask(@Valid @RequestBody AskForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		OrgId town = form.org() == null || form.org().isBlank()
				? organization.defaultTown().orElseThrow(() -> new NotFound("town")).id()
				: organization.byCreditCode(form.org().trim()).orElseThrow(() -> new RuleViolation("legalservice.org.unknown")).id();
		Consultation c = LegalPortalController.submit(consultations, town, form, key, today.date());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("trackingNumber", c.trackingNumber(), "queryCode", c.queryCode()));
	}
}
