package org.fazhi.petition.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.shell.Problems;
import org.fazhi.organization.OrgSummary;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.Village;
import org.fazhi.petition.Channel;
import org.fazhi.petition.Intake;
import org.fazhi.petition.PetitionService;
import org.fazhi.petition.Petitioner;
import org.fazhi.petition.Receipt;
import org.fazhi.shared.ChineseIdNumber;
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

/** {@code POST /api/v1/petitions} (architecture.md): 201 with number, query code, day received and 受理告知 due date. */
@RestController
class PetitionApiController {

	private final PetitionService service;

	private final OrganizationService organization;

	private final MessageSource messages;

	PetitionApiController(PetitionService service, OrganizationService organization, MessageSource messages) {
		this.service = service;
		this.organization = organization;
		this.messages = messages;
	}

	record PersonJson(@NotBlank(message = "{petition.form.name}") @Size(max = 50) String name,
			@Nullable String idNumber, @Nullable @Size(max = 30) String phone, @Nullable @Size(max = 200) String address) {
	}

	record PetitionJson(@Nullable String org,
			@NotEmpty(message = "{petition.petitioner.none}") List<@Valid @NotNull(message = "{petition.petitioner.none}") PersonJson> petitioners,
			@Nullable String village,
			@NotBlank(message = "{petition.form.subject}") @Size(max = 200, message = "{petition.form.too-long}") String subject,
			@NotBlank(message = "{petition.form.content}") @Size(max = 20000, message = "{petition.form.too-long}") String content,
			@NotBlank(message = "{petition.form.demand}") @Size(max = 4000, message = "{petition.form.too-long}") String demand) {
	}

	/** {@code provisional}: the due date lies in a year whose holiday notice is not entered yet (暂定). */
	record ReceiptJson(String trackingNumber, String queryCode, LocalDate receivedOn, @Nullable LocalDate due,
			boolean provisional) {
	}

	@PostMapping(path = "/api/v1/petitions", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> submit(@Valid @RequestBody PetitionJson body,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String header,
			HttpServletRequest request) {
		String key = IdempotencyKey.of(header);
		List<Map<String, String>> errors = new ArrayList<>();
		for (int i = 0; i < body.petitioners().size(); i++) {
			String id = body.petitioners().get(i).idNumber();
			if (id != null && !id.isBlank()) {
				int index = i;
				ChineseIdNumber.problemWith(id.trim().toUpperCase())
					.ifPresent(k -> errors.add(Map.of("field", "petitioners[" + index + "].idNumber", "message", text(k))));
			}
		}
		OrgSummary town = body.org() == null || body.org().isBlank() ? organization.defaultTown().orElseThrow()
				: organization.byCreditCode(body.org()).orElse(null);
		if (town == null) {
			errors.add(Map.of("field", "org", "message", "未找到统一社会信用代码对应的镇街。"));
		}
		Long villageId = null;
		if (town != null && body.village() != null && !body.village().isBlank()) {
			villageId = organization.villages(town.id()).stream().filter(v -> v.name().equals(body.village().trim()))
				.map(Village::id).findFirst().orElse(null);
			if (villageId == null) {
				errors.add(Map.of("field", "village", "message", text("petition.village.unknown", body.village())));
			}
		}
		if (!errors.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, "提交的内容有误，请按提示修改。", errors, request);
		}
		List<Petitioner> people = body.petitioners().stream()
			.map(p -> new Petitioner(p.name(), p.idNumber(), p.phone(), p.address())).toList();
		Intake intake = new Intake(Channel.ONLINE, service.today(), body.subject(), body.content(), body.demand(),
				villageId, people, key == null ? null : "api:" + key);
		Receipt r;
		try {
			r = service.register(town.id(), intake, "公众");
		}
		catch (org.springframework.dao.DataIntegrityViolationException concurrentRetry) {
			// a retry raced the first call; the unique Idempotency-Key let only one in, which we now return
			r = service.register(town.id(), intake, "公众");
		}
		ReceiptJson json = new ReceiptJson(r.trackingNumber().value(), r.queryCode().value(), r.receivedOn(), r.due(),
				r.dueProvisional());
		// a retry with the same Idempotency-Key gets the first answer, status included
		return ResponseEntity.created(URI.create("/api/v1/track/" + r.trackingNumber())).body(json);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail,
			List<Map<String, String>> errors, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
