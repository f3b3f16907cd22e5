package org.fazhi.legalservice.web;

import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.shared.shell.Today;
import org.fazhi.legalservice.AskQuestion;
import org.fazhi.legalservice.Channel;
import org.fazhi.legalservice.Consultation;
import org.fazhi.legalservice.ConsultationService;
import org.fazhi.legalservice.RosterService;
import org.fazhi.legalservice.Topic;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.IdempotencyKey;
import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.validation.Valid;

/** The public 法律服务 page: the duty schedule and the online question form, without sign-in or JavaScript. */
@Controller
class LegalPortalController {

	private final ConsultationService consultations;

	private final RosterService rosters;

	private final OrganizationService organization;

	private final Today today;

	LegalPortalController(ConsultationService consultations, RosterService rosters, OrganizationService organization, Today today) {
		this.today = today;
		this.consultations = consultations;
		this.rosters = rosters;
		this.organization = organization;
	}

	private OrgId town() {
		return organization.defaultTown().orElseThrow(() -> new NotFound("town")).id();
	}

	@GetMapping("/legal")
	String legal(Model model) {
		OrgId town = town();
		model.addAttribute("duty", rosters.duty(town));
		model.addAttribute("form", AskForm.empty(UUID.randomUUID().toString()));
		model.addAttribute("topics", Topic.values());
		return "legalservice/portal/legal";
	}

	@PostMapping("/legal/ask")
	String ask(@Valid @ModelAttribute("form") AskForm form, BindingResult errors, Model model) {
		OrgId town = town();
		if (errors.hasErrors()) {
			model.addAttribute("duty", rosters.duty(town));
			model.addAttribute("topics", Topic.values());
			return "legalservice/portal/legal";
		}
		Consultation c = submit(consultations, town, form, form.token(), today.date());
		model.addAttribute("c", c);
		return "legalservice/portal/receipt";
	}

	/** Shared by the portal and the API: a lost race on the idempotency key returns the first record. */
	static Consultation submit(ConsultationService consultations, OrgId town, AskForm form, @Nullable String key,
			LocalDate receivedOn) {
		// a topic of the citizen's own is no reason to refuse the question: filed under 其他, kept as written
		String written = form.topic() == null || form.topic().isBlank() ? null : form.topic().strip();
		Topic topic = written == null ? Topic.OTHER : Topic.match(written).orElse(Topic.OTHER);
		String asWritten = written == null || Topic.match(written).isPresent() ? null : written;
		String k = IdempotencyKey.of(key);
		AskQuestion q = new AskQuestion(town, Channel.ONLINE, receivedOn,
				form.name().trim(), form.phone() == null || form.phone().isBlank() ? null : form.phone().trim(), null,
				topic, form.question().trim(), k, asWritten);
		try {
			return consultations.ask(q, "公众");
		}
		catch (DataIntegrityViolationException e) {
			if (q.idempotencyKey() != null) {
				return consultations.byIdempotencyKey(q.idempotencyKey()).orElseThrow(() -> e);
			}
			throw e;
		}
	}
}
