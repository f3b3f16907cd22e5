package org.fazhi.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.calendar.persistence.RuleRevision;
import org.fazhi.calendar.persistence.RuleRevisionRepository;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statutory clock rules in force ({@code calendar/rules.json} ships the statutory defaults with their
 * articles). An edit is a new audited revision and recomputes the running clocks of that rule.
 */
@Service
@Transactional
public class ClockRules {

	private final RuleRevisionRepository revisions;

	private final AuditTrail audit;

	private final Clock clock;

	private final Map<String, ClockRule> cache = new ConcurrentHashMap<>();

	ClockRules(RuleRevisionRepository revisions, AuditTrail audit, Clock clock) {
		this.revisions = revisions;
		this.audit = audit;
		this.clock = clock;
	}

	/** The rule in force; an unknown code is a programming error, reported as not found. */
	@Transactional(readOnly = true)
	public ClockRule get(String code) {
		return cache.computeIfAbsent(code, c -> revisions.findFirstByCodeOrderByRevisionDesc(c)
			.map(r -> CalendarJson.rule(r.json()))
			.orElseThrow(() -> new NotFound("clock rule " + c)));
	}

	@Transactional(readOnly = true)
	public List<ClockRule> all() {
		return revisions.findCurrent().stream().map(r -> CalendarJson.rule(r.json())).toList();
	}

	@Transactional(readOnly = true)
	public List<RuleRevision> history(String code) {
		return revisions.findByCodeOrderByRevisionDesc(code);
	}

	/** Saves a new revision of a rule; the caller recomputes running clocks (see {@link DeadlineClocks}). */
	public ClockRule save(ClockRule rule, String enteredBy, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("calendar.rule.reason");
		}
		if (rule.legalBasis() == null || rule.legalBasis().isBlank()) {
			throw new RuleViolation("calendar.rule.basis");
		}
		int revision = revisions.findFirstByCodeOrderByRevisionDesc(rule.code()).map(r -> r.revision() + 1).orElse(1);
		revisions.save(new RuleRevision(rule.code(), revision, CalendarJson.json(rule), enteredBy, clock.instant(),
				reason.trim()));
		cache.remove(rule.code());
		audit.record(AuditRecord.installationWide("calendar.rule.saved", "clock_rule", rule.code(), null,
				rule.name() + " 第 " + revision + " 版：" + rule.period().label() + "，依据 " + rule.legalBasis() + "；理由："
						+ reason.trim()));
		return rule;
	}

	static void importBundled(RuleRevisionRepository revisions, Clock clock) {
		try (InputStream in = new ClassPathResource("calendar/rules.json").getInputStream()) {
			for (ClockRule rule : CalendarJson.rules(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
				if (revisions.findFirstByCodeOrderByRevisionDesc(rule.code()).isEmpty()) {
					revisions.save(new RuleRevision(rule.code(), 1, CalendarJson.json(rule), "系统", clock.instant(),
							"法定默认期限"));
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read the bundled clock rules", e);
		}
	}
}
