package org.fazhi.petition.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import jakarta.validation.Valid;

import org.fazhi.organization.OrgSummary;
import org.fazhi.organization.OrganizationService;
import org.fazhi.petition.Channel;
import org.fazhi.petition.LetterKind;
import org.fazhi.petition.PetitionLetters;
import org.fazhi.petition.PetitionService;
import org.fazhi.petition.Receipt;
import org.fazhi.petition.Satisfaction;
import org.fazhi.shared.BadInput;
import org.fazhi.shared.IdempotencyKey;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.TrackingLookup;
import org.fazhi.shared.TrackingNumber;
import org.fazhi.shared.office.WordDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 网上信访 on the portal: no sign-in, plain POST forms, no session. */
@Controller
class PetitionPortalController {

	private final PetitionService service;

	private final PetitionLetters letters;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final TrackingLookup lookup;

	PetitionPortalController(PetitionService service, PetitionLetters letters, OrganizationService organization,
			MessageSource messages, TrackingLookup lookup) {
		this.lookup = lookup;
		this.service = service;
		this.letters = letters;
		this.organization = organization;
		this.messages = messages;
	}

	private OrgSummary town() {
		return organization.defaultTown().orElseThrow(() -> new NotFound("town"));
	}

	@GetMapping("/petitions")
	String form(Model model) {
		model.addAttribute("form", PetitionForm.empty(UUID.randomUUID().toString()));
		return page(model);
	}

	private String page(Model model) {
		OrgSummary town = town();
		model.addAttribute("town", town);
		model.addAttribute("villages", organization.villages(town.id()));
		return "petition/portal/form";
	}

	@PostMapping("/petitions")
	String submit(@Valid @ModelAttribute("form") @Nullable PetitionForm form, BindingResult errors, Model model) {
		if (form == null) {
			// a value the form's record cannot take (a villageId that is no number) leaves no form to show again;
			// only a tampered request sends one, since the page offers a list
			throw new BadInput("petition.form.malformed");
		}
		OrgSummary town = town();
		PetitionForms.check(form, errors, organization.villages(town.id()));
		if (errors.hasErrors()) {
			return page(model);
		}
		Receipt receipt;
		try {
			var intake = PetitionForms.intake(form, Channel.ONLINE, service.today(),
					form.token() == null || form.token().isBlank() ? null : "web:" + IdempotencyKey.of(form.token()));
			try {
				receipt = service.register(town.id(), intake, "公众");
			}
			catch (org.springframework.dao.DataIntegrityViolationException concurrentDoubleSubmit) {
				// two submits of the same form raced; the unique token let only the first in, which we now return
				receipt = service.register(town.id(), intake, "公众");
			}
		}
		catch (RuleViolation e) {
			errors.reject(e.messageKey(), e.arguments(), e.messageKey());
			return page(model);
		}
		model.addAttribute("receipt", receipt);
		model.addAttribute("town", town);
		return "petition/portal/receipt";
	}

	/** From the tracking page the link carries the number and a rating token, never the query code. */
	@GetMapping("/petitions/rate")
	String rateForm(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String token,
			Model model) {
		model.addAttribute("number", number);
		model.addAttribute("token", token);
		return "petition/portal/rate";
	}

	/**
	 * The rating, with the number and either the link's token or the query code; both are checked through the
	 * shared query-code throttle, so neither can be guessed here faster than on "查询办理进度".
	 */
	@PostMapping("/petitions/rate")
	String rate(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String token, @RequestParam(required = false) Satisfaction rating,
			HttpServletRequest request, Model model) {
		model.addAttribute("number", number);
		model.addAttribute("token", token);
		if (rating == null) {
			model.addAttribute("problem", "请选择评价。");
			return "petition/portal/rate";
		}
		try {
			boolean rated = lookup.attempt(number, request.getRemoteAddr(), () -> {
				if (!TrackingNumber.isWellFormed(number)) {
					return Optional.<Boolean>empty();
				}
				TrackingNumber n = new TrackingNumber(number.trim().toUpperCase());
				if (!token.isBlank()) {
					service.rateWithToken(n, token.trim(), rating);
				}
				else {
					service.rate(n, code, rating);
				}
				return Optional.of(true);
			}).isPresent();
			if (!rated) {
				throw new NotFound("petition");
			}
			model.addAttribute("done", rating);
		}
		catch (NotFound e) {
			model.addAttribute("problem", token.isBlank() ? "未查询到相关事项，请核对受理编号和查询码。"
					: "评价链接无效，请通过“查询办理进度”重新进入，或者输入受理编号和查询码。");
			model.addAttribute("token", "");
		}
		catch (RuleViolation e) {
			model.addAttribute("problem", e.text(messages));
		}
		return "petition/portal/rate";
	}

	/** A letter sent to the petitioner; the token comes from the tracking page (derived from the query code). */
	@GetMapping("/petitions/letters/{number}/{kind}/{token}")
	ResponseEntity<byte[]> letter(@PathVariable String number, @PathVariable String kind, @PathVariable String token,
			HttpServletRequest request) {
		LetterKind k;
		try {
			k = LetterKind.valueOf(kind);
		}
		catch (IllegalArgumentException e) {
			throw new NotFound("letter");
		}
		var p = lookup.attempt(number, request.getRemoteAddr(), () -> TrackingNumber.isWellFormed(number)
				? service.byTrackingNumberAndToken(new TrackingNumber(number), k, token)
				: Optional.empty())
			.filter(x -> k.toPetitioner() && letters.available(x).contains(k))
			.orElseThrow(() -> new NotFound("letter"));
		return docx(letters.write(p, k), p.trackingNumber() + "-" + k.title() + ".docx");
	}

	static ResponseEntity<byte[]> docx(byte[] bytes, String filename) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(WordDocument.CONTENT_TYPE))
			.body(bytes);
	}
}
