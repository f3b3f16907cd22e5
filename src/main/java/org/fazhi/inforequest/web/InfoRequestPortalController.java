package org.fazhi.inforequest.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.fazhi.inforequest.ApplicantType;
import org.fazhi.inforequest.DeliveryWay;
import org.fazhi.inforequest.IdType;
import org.fazhi.inforequest.InfoForm;
import org.fazhi.inforequest.InfoRequest;
import org.fazhi.inforequest.InfoRequestService;
import org.fazhi.inforequest.ReplyLetter;
import org.fazhi.inforequest.Status;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.OrgSummary;
import org.fazhi.shared.TooManyRequests;
import org.fazhi.shared.TrackingLookup;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.TrackingNumber;
import org.fazhi.shared.office.WordDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's 依申请公开 form: no sign-in, no session, works without JavaScript. The hidden token makes a second
 * submission of the same form return the first record. The receipt is rendered after the commit, not redirected, so
 * the query code never travels in a URL.
 */
@Controller
class InfoRequestPortalController {

	private final InfoRequestService service;

	private final OrganizationService organization;

	private final TrackingLookup lookup;

	InfoRequestPortalController(InfoRequestService service, OrganizationService organization, TrackingLookup lookup) {
		this.service = service;
		this.organization = organization;
		this.lookup = lookup;
	}

	record PortalForm(IntakeFields fields, String token) {
	}

	@GetMapping("/inforequests")
	String form(Model model) {
		model.addAttribute("form", IntakeFields.empty());
		model.addAttribute("token", UUID.randomUUID().toString());
		return prepare(model);
	}

	@PostMapping("/inforequests")
	String submit(@ModelAttribute("form") IntakeFields form, BindingResult errors,
			@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token.isBlank() ? UUID.randomUUID().toString() : token);
		form.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
		OrgSummary town = organization.defaultTown().orElse(null);
		if (town == null) {
			model.addAttribute("problem", "暂未设置受理机关，请通过其他渠道提交申请。");
			return prepare(model);
		}
		if (errors.hasErrors()) {
			return prepare(model);
		}
		try {
			String key = token.isBlank() || token.length() > 100 ? null : token;
			InfoRequest r;
			try {
				r = service.submitOnline(town.id(), form.toIntake(), key);
			}
			catch (org.springframework.dao.DataIntegrityViolationException race) {
				// a double click that reached the server twice at once: show the receipt of the one that won
				r = key == null ? null : service.byIdempotencyKey(town.id(), key).orElse(null);
				if (r == null) {
					throw race;
				}
			}
			model.addAttribute("request", r);
			var reply = service.replyClock(r);
			model.addAttribute("due", reply.dueOn());
			model.addAttribute("dueProvisional", reply.deadline().provisional());
			model.addAttribute("town", town);
			return "inforequest/portal/receipt";
		}
		catch (RuleViolation e) {
			errors.reject(e.messageKey(), e.arguments(), e.messageKey());
			return prepare(model);
		}
	}

	private String prepare(Model model) {
		model.addAttribute("orgKinds", java.util.Arrays.stream(ApplicantType.values())
			.filter(ApplicantType::isOrganization).toList());
		model.addAttribute("idTypes", IdType.values());
		model.addAttribute("forms", InfoForm.values());
		model.addAttribute("deliveries", DeliveryWay.values());
		return "inforequest/portal/form";
	}

	/** The page the tracking result links to: asks for the query code again, so it is never part of a URL. */
	@GetMapping("/inforequests/letter")
	String letterForm(@RequestParam(defaultValue = "") String number, Model model) {
		model.addAttribute("number", number);
		return "inforequest/portal/letter";
	}

	/**
	 * The reply letter for the applicant, once delivered; authorized by tracking number and query code alone, and
	 * throttled like "查询办理进度" (wrong tries count against the same budget).
	 */
	@PostMapping("/inforequests/letter")
	Object letter(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, Model model) {
		var answer = lookup.find(number, code, request.getRemoteAddr());
		if (answer instanceof TrackingLookup.Found found) {
			InfoRequest r = service.byTracking(new TrackingNumber(found.tracking().trackingNumber()), code)
				.filter(x -> x.status() == Status.DELIVERED)
				.orElse(null);
			if (r != null) {
				byte[] docx = ReplyLetter.of(r, organization.org(r.org()).fullName());
				return ResponseEntity.ok()
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment().filename(ReplyLetter.fileName(r), java.nio.charset.StandardCharsets.UTF_8).build().toString())
					.contentType(MediaType.parseMediaType(WordDocument.CONTENT_TYPE))
					.body(docx);
			}
		}
		if (answer instanceof TrackingLookup.Throttled t) {
			throw new TooManyRequests(t.retryAfter());
		}
		model.addAttribute("number", number);
		model.addAttribute("problem", "未查询到可下载的答复告知书，请核对受理编号和查询码。");
		return "inforequest/portal/letter";
	}
}
