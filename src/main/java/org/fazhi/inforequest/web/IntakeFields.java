package org.fazhi.inforequest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.fazhi.inforequest.Applicant;
import org.fazhi.inforequest.ApplicantType;
import org.fazhi.inforequest.DeliveryWay;
import org.fazhi.inforequest.IdType;
import org.fazhi.inforequest.InfoForm;
import org.fazhi.inforequest.Intake;
import org.jspecify.annotations.Nullable;

/**
 * The intake fields as text, the same for the portal form, the console registration and the API, checked in one
 * place so that every channel gives the same zh-CN messages. Enum values are the API's names.
 */
public record IntakeFields(@Nullable String applicantType, @Nullable String orgKind, @Nullable String name,
		@Nullable String idType, @Nullable String idNumber, @Nullable String phone, @Nullable String email,
		@Nullable String address, @Nullable String description, @Nullable String form, @Nullable String delivery) {

	private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** A field and the message key of what is wrong with it. */
	public record Problem(String field, String messageKey) {
	}

	public static IntakeFields empty() {
		return new IntakeFields("CITIZEN", "", "", "RESIDENT_ID", "", "", "", "", "", "ELECTRONIC", "ONLINE");
	}

	public List<Problem> problems() {
		List<Problem> p = new ArrayList<>();
		ApplicantType type = type();
		if (type == null) {
			p.add(new Problem("applicantType", "inforequest.applicant.type.required"));
		}
		if (blank(name)) {
			p.add(new Problem("name", "inforequest.name.required"));
		}
		else if (name.strip().length() > 100) {
			p.add(new Problem("name", "inforequest.name.too-long"));
		}
		IdType id = parse(IdType.class, idType);
		if (id == null) {
			p.add(new Problem("idType", "inforequest.id.type.required"));
		}
		else if (type != null) {
			Applicant.problemWith(type, id, idNumber == null ? "" : idNumber)
				.ifPresent(k -> p.add(new Problem("idNumber", k)));
		}
		if (blank(phone) && blank(email)) {
			p.add(new Problem("phone", "inforequest.contact.required"));
		}
		if (!blank(phone) && !PHONE.matcher(phone.strip()).matches()) {
			p.add(new Problem("phone", "inforequest.phone.format"));
		}
		if (!blank(email) && (!EMAIL.matcher(email.strip()).matches() || email.strip().length() > 100)) {
			p.add(new Problem("email", "inforequest.email.format"));
		}
		if (blank(description)) {
			p.add(new Problem("description", "inforequest.description.required"));
		}
		else if (description.strip().length() > 5000) {
			p.add(new Problem("description", "inforequest.description.too-long"));
		}
		if (parse(InfoForm.class, form) == null) {
			p.add(new Problem("form", "inforequest.form.required"));
		}
		DeliveryWay way = parse(DeliveryWay.class, delivery);
		if (way == null) {
			p.add(new Problem("delivery", "inforequest.delivery.required"));
		}
		else if (way == DeliveryWay.POST && blank(address)) {
			p.add(new Problem("address", "inforequest.address.required"));
		}
		else if (way == DeliveryWay.EMAIL && blank(email)) {
			p.add(new Problem("email", "inforequest.email.required-for-delivery"));
		}
		if (address != null && address.strip().length() > 200) {
			p.add(new Problem("address", "inforequest.address.required"));
		}
		return p;
	}

	/** The checked intake; call only when {@link #problems()} is empty. */
	public Intake toIntake() {
		Applicant a = new Applicant(type(), name, parse(IdType.class, idType), idNumber, trim(phone), trim(email),
				trim(address));
		return new Intake(a, description, parse(InfoForm.class, form), parse(DeliveryWay.class, delivery));
	}

	/** 公民, or the organization kind (商业企业 … 其他) for 法人或其他组织. */
	private @Nullable ApplicantType type() {
		if ("CITIZEN".equals(applicantType)) {
			return ApplicantType.CITIZEN;
		}
		if ("ORGANIZATION".equals(applicantType)) {
			ApplicantType kind = parse(ApplicantType.class, orgKind);
			return kind == null || kind == ApplicantType.CITIZEN ? null : kind;
		}
		return null;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static boolean blank(@Nullable String s) {
		return s == null || s.isBlank();
	}

	private static @Nullable String trim(@Nullable String s) {
		return blank(s) ? null : s.strip();
	}
}
