package org.fazhi.petition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.ChineseIdNumber;
import org.fazhi.shared.OrgId;

/** Petitions for tests, in 含谷镇, each with its own person so that tests do not see each other's records. */
final class PetitionFixtures {

	private static final AtomicInteger SEQ = new AtomicInteger(100);

	private final PetitionService service;

	final OrgId hangu;

	PetitionFixtures(PetitionService service, OrganizationService organization) {
		this.service = service;
		this.hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
	}

	/** A valid 18-digit ID number, unique within the test run. */
	static String idNumber() {
		String first17 = "500107" + "1980" + "0101" + String.format("%03d", SEQ.incrementAndGet() % 1000);
		return first17 + ChineseIdNumber.checkCharacter(first17);
	}

	Receipt register(LocalDate on, String subject, int persons) {
		List<Petitioner> people = new ArrayList<>();
		for (int i = 0; i < persons; i++) {
			people.add(new Petitioner("李明" + i, idNumber(), "13800138000", "含谷镇含谷村"));
		}
		return service.register(hangu, new Intake(Channel.VISIT, on, subject, subject + "，具体情况如下：" + subject,
				"请求依法处理", null, people, null), "xinfang");
	}

	Receipt register(LocalDate on) {
		return register(on, "测试事项" + SEQ.incrementAndGet(), 1);
	}
}
