package org.fazhi.inforequest;

/** What an applicant asks for (Art. 29 ¶2): who, which information, in which form and way. */
public record Intake(Applicant applicant, String description, InfoForm form, DeliveryWay delivery) {

	public Intake {
		description = description.strip();
	}
}
