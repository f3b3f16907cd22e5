package org.fazhi.calendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A change of law as an edit: a new revision of a clock rule and the recomputation of its running clocks, in one
 * transaction, so that no running due date is left on the old rule.
 */
@Service
@Transactional
public class ClockRuleEditing {

	private final ClockRules rules;

	private final DeadlineClocks clocks;

	ClockRuleEditing(ClockRules rules, DeadlineClocks clocks) {
		this.rules = rules;
		this.clocks = clocks;
	}

	public record Saved(ClockRule rule, int moved) {
	}

	/** Saves the rule as a new revision and returns how many running due dates moved. */
	public Saved save(ClockRule rule, String enteredBy, String reason) {
		rules.get(rule.code());
		ClockRule saved = rules.save(rule, enteredBy, reason);
		int moved = clocks.recomputeRule(rule.code(), "期限规则“" + rule.name() + "”修改：" + reason.trim());
		return new Saved(saved, moved);
	}
}
