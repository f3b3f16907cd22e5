package org.fazhi.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.AuditTrail.AuditFilter;
import org.fazhi.audit.ChainVerification;
import org.fazhi.shared.Staff;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/console/audit")
@PreAuthorize("hasAuthority('audit:read')")
class AuditConsoleController {

	private final AuditTrail trail;

	AuditConsoleController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal Staff user, Model model) {
		var filter = new AuditFilter(actor, action, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("entries", trail.search(filter, user, page));
		return "audit/list";
	}

	/** The signed checkpoints of the chain head, for the auditor to keep outside this server. */
	@GetMapping("/checkpoints")
	ResponseEntity<byte[]> checkpoints(@AuthenticationPrincipal Staff user) {
		byte[] file = trail.checkpointFile();
		trail.record(AuditRecord.of("audit.checkpoints.downloaded", "audit_chain", null, user.org(), "下载日志链签名检查点"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("audit-checkpoints.txt").build().toString())
			.body(file);
	}

	@PostMapping("/verify")
	String verify(@AuthenticationPrincipal Staff user, Model model) {
		ChainVerification result = trail.verify();
		trail.record(AuditRecord.of("audit.verify", "audit_chain", null, user.org(),
				result.intact() ? "校验通过，共 " + result.checked() + " 条" : "校验未通过：" + result.problem()));
		model.addAttribute("verification", result);
		return "audit/verify";
	}
}
