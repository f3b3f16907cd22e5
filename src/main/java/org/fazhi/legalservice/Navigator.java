package org.fazhi.legalservice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.shared.Masking;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A village's 法律明白人 (legal-rules.md §10: a roster per village with training records; quotas are local). */
@Entity
@Table(name = "legalservice_navigator")
public class Navigator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	private long orgId;

	@Column(name = "village_id")
	private long villageId;

	@Column(name = "village_name")
	@Size(max = 100)
	private String villageName;

	@Size(max = 50)
	private String name;

	@Size(max = 20)
	private @Nullable String phone;

	@Column(name = "selected_on")
	private LocalDate selectedOn;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "navigator_id", nullable = false)
	@OrderBy("heldOn, id")
	private List<NavigatorRecord> records = new ArrayList<>();

	protected Navigator() {
	}

	Navigator(long orgId, long villageId, String villageName, String name, @Nullable String phone,
			LocalDate selectedOn) {
		this.orgId = orgId;
		this.villageId = villageId;
		this.villageName = villageName;
		this.name = name;
		this.phone = phone;
		this.selectedOn = selectedOn;
	}

	void add(NavigatorRecord.Kind kind, LocalDate heldOn, String title) {
		records.add(new NavigatorRecord(kind, heldOn, title));
	}

	public long id() {
		return id;
	}

	public long villageId() {
		return villageId;
	}

	public String villageName() {
		return villageName;
	}

	public String name() {
		return name;
	}

	public String maskedPhone() {
		return Masking.phone(phone);
	}

	public LocalDate selectedOn() {
		return selectedOn;
	}

	public List<NavigatorRecord> records() {
		return List.copyOf(records);
	}

	public long trainings() {
		return records.stream().filter(r -> r.kind() == NavigatorRecord.Kind.TRAINING).count();
	}

	public long activities() {
		return records.stream().filter(r -> r.kind() == NavigatorRecord.Kind.ACTIVITY).count();
	}
}
