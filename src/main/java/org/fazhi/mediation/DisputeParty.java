package org.fazhi.mediation;

import org.fazhi.shared.Masking;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A party to a dispute: a person or an organization. Shown masked; the full identity is an audited view. */
@Entity
@Table(name = "mediation_party")
public class DisputeParty {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	@Enumerated(EnumType.STRING)
	private PartyKind kind;

	@Size(max = 100)
	private String name;

	@Column(name = "id_number")
	@Size(max = 18)
	private @Nullable String idNumber;

	@Size(max = 20)
	private @Nullable String phone;

	@Size(max = 200)
	private @Nullable String address;

	protected DisputeParty() {
	}

	DisputeParty(int position, PartyKind kind, String name, @Nullable String idNumber, @Nullable String phone,
			@Nullable String address) {
		this.position = position;
		this.kind = kind;
		this.name = name;
		this.idNumber = idNumber;
		this.phone = phone;
		this.address = address;
	}

	public long id() {
		return id;
	}

	public PartyKind kind() {
		return kind;
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

	/** Organizations are public actors: their names are not personal data, so only persons are masked. */
	public String maskedName() {
		return kind == PartyKind.ORGANIZATION ? name : Masking.name(name);
	}

	public String maskedIdNumber() {
		return idNumber == null || idNumber.isBlank() ? "" : Masking.idNumber(idNumber);
	}

	public String maskedPhone() {
		return Masking.phone(phone);
	}
}
