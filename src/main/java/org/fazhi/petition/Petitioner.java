package org.fazhi.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.ChineseIdNumber;
import org.fazhi.shared.Masking;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/** A 信访人. The ID number, when given, must be a valid 居民身份证号码; it is shown masked unless unmasked (audited). */
@Embeddable
public class Petitioner {

	@Size(max = 50)
	private String name;

	@Column(name = "id_number")
	@Size(max = 18)
	private @Nullable String idNumber;

	@Size(max = 30)
	private @Nullable String phone;

	@Size(max = 200)
	private @Nullable String address;

	protected Petitioner() {
	}

	public Petitioner(String name, @Nullable String idNumber, @Nullable String phone, @Nullable String address) {
		if (name == null || name.isBlank()) {
			throw new RuleViolation("petition.petitioner.name");
		}
		this.name = name.trim();
		this.idNumber = idNumber == null || idNumber.isBlank() ? null : ChineseIdNumber.of(idNumber).value();
		this.phone = blankToNull(phone);
		this.address = blankToNull(address);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public String name() {
		return name;
	}

	public @Nullable String idNumber() {
		return idNumber;
	}

	public @Nullable String phone() {
		return phone;
	}

	public @Nullable String address() {
		return address;
	}

	/** As every page and export shows it by default. */
	public String masked() {
		StringBuilder sb = new StringBuilder(Masking.name(name));
		if (idNumber != null) {
			sb.append(' ').append(Masking.idNumber(idNumber));
		}
		if (phone != null) {
			sb.append(' ').append(Masking.phone(phone));
		}
		return sb.toString();
	}
}
