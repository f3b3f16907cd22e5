package org.fazhi.petition.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.petition.Channel;
import org.fazhi.petition.Intake;
import org.fazhi.petition.Petitioner;
import org.fazhi.shared.ChineseIdNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Field checks the annotations cannot express, as field errors, so the page shows them next to the field. */
final class PetitionForms {

	static final int NAME_LENGTH = 50;

	private PetitionForms() {
	}

	/** Also: the village must be one of the town's (a tampered form must not reach another town's village). */
	static void check(PetitionForm form, BindingResult errors, java.util.List<org.fazhi.organization.Village> villages) {
		if (form.villageId() != null && villages.stream().noneMatch(v -> v.id() == form.villageId())) {
			errors.rejectValue("villageId", "petition.village.invalid");
		}
		check(form, errors);
	}

	static void check(PetitionForm form, BindingResult errors) {
		if (form.idNumber() != null && !form.idNumber().isBlank()) {
			ChineseIdNumber.problemWith(form.idNumber().trim().toUpperCase())
				.ifPresent(key -> errors.rejectValue("idNumber", key));
		}
		// each line becomes a petitioner's name, held in a 50-character column like the first petitioner's
		if (form.others() != null && form.others().lines().anyMatch(l -> l.strip().length() > NAME_LENGTH)) {
			errors.rejectValue("others", "petition.form.other-too-long", new Object[] { NAME_LENGTH }, null);
		}
	}

	static Intake intake(PetitionForm form, Channel channel, LocalDate receivedOn, @Nullable String key) {
		List<Petitioner> people = new ArrayList<>();
		people.add(new Petitioner(form.name(), form.idNumber(), form.phone(), form.address()));
		if (form.others() != null) {
			form.others().lines().map(String::trim).filter(s -> !s.isEmpty())
				.forEach(n -> people.add(new Petitioner(n, null, null, null)));
		}
		return new Intake(channel, receivedOn, form.subject(), form.content(), form.demand(), form.villageId(), people,
				key);
	}
}
