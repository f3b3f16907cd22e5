package org.fazhi.petition.web;

import java.io.IOException;
import java.time.LocalDate;

import org.fazhi.shared.shell.Today;
import org.fazhi.petition.Channel;
import org.fazhi.organization.OrganizationService;
import org.fazhi.petition.PetitionLedger;
import org.fazhi.petition.PetitionService;
import org.fazhi.petition.PetitionStatistics;
import org.fazhi.petition.PetitionStatus;
import org.fazhi.petition.PetitionType;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.fazhi.shared.office.Spreadsheets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.multipart.MultipartFile;

/** 信访台账: export of what the list shows, and import with row-level errors. */
@Controller
@RequestMapping("/console/petitions/ledger")
class PetitionLedgerController {

	private final PetitionLedger ledger;

	private final MessageSource messages;

	private final OrganizationService organization;

	private final Today today;

	PetitionLedgerController(PetitionLedger ledger, MessageSource messages, OrganizationService organization, Today today) {
		this.today = today;
		this.organization = organization;
		this.ledger = ledger;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('petition:handle', 'supervise', 'district:read')")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable Long org,
			@RequestParam(required = false) @Nullable PetitionStatus status,
			@RequestParam(required = false) @Nullable PetitionType type,
			@RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(required = false) @Nullable Long village,
			@RequestParam(defaultValue = "false") boolean supervised,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) PetitionStatistics.@Nullable Figure figure,
			@AuthenticationPrincipal Staff user) {
		// the same town the list shows (a district user exports a town's ledger, never an empty district one)
		OrgId scope = organization.scopeFor(user, org);
		byte[] bytes = ledger.export(scope,
				new PetitionService.Filter(status, type, channel, village, supervised, overdue, year, figure));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("信访台账-" + today.date() + ".xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(Spreadsheets.CONTENT_TYPE))
			.body(bytes);
	}

	@GetMapping("/import")
	@PreAuthorize("hasAuthority('petition:handle')")
	String importForm() {
		return "petition/console/import";
	}

	@PostMapping("/import")
	@PreAuthorize("hasAuthority('petition:handle')")
	String importLedger(@RequestParam(required = false) @Nullable MultipartFile file, @AuthenticationPrincipal Staff user,
			Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "请选择要导入的 Excel 文件（.xlsx）。");
			return "petition/console/import";
		}
		try {
			PetitionLedger.ImportResult result = ledger.importLedger(user.org(), file.getInputStream(), user.username());
			model.addAttribute("imported", result.imported());
			model.addAttribute("rowErrors", result.errors().stream()
				.map(e -> "第 " + e.row() + " 行：" + messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
						LocaleContextHolder.getLocale()))
				.toList());
		}
		catch (RuleViolation e) {
			model.addAttribute("problem",
					e.text(messages));
		}
		return "petition/console/import";
	}
}
