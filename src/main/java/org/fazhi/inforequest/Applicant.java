package org.fazhi.inforequest;

import java.util.Optional;

import org.fazhi.shared.ChineseIdNumber;
import org.fazhi.shared.CreditCode;
import org.jspecify.annotations.Nullable;

/** The applicant as Art. 29 ¶2(一) requires: name, 身份证明, contact. */
public record Applicant(ApplicantType type, String name, IdType idType, String idNumber, @Nullable String phone,
		@Nullable String email, @Nullable String address) {

	public Applicant {
		name = name.strip();
		idNumber = idNumber.strip().toUpperCase();
	}

	/**
	 * The message key of what is wrong with the 身份证明, or empty: 身份证 by its GB 11643 check character, 统一社会信用代码
	 * by GB 32100; a citizen does not give a credit code, an organization not a 身份证.
	 */
	public static Optional<String> problemWith(ApplicantType type, IdType idType, String idNumber) {
		String number = idNumber.strip().toUpperCase();
		if (number.isEmpty()) {
			return Optional.of("inforequest.id.required");
		}
		if (type == ApplicantType.CITIZEN && idType == IdType.USCC) {
			return Optional.of("inforequest.id.citizen-uscc");
		}
		if (type != ApplicantType.CITIZEN && idType == IdType.RESIDENT_ID) {
			return Optional.of("inforequest.id.org-resident");
		}
		return switch (idType) {
			case RESIDENT_ID -> ChineseIdNumber.problemWith(number);
			case USCC -> CreditCode.problemWith(number);
			default -> number.length() > 40 ? Optional.of("inforequest.id.too-long") : Optional.empty();
		};
	}
}
