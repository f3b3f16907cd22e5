package org.fazhi.mediation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import org.fazhi.shared.shell.Today;
import org.fazhi.mediation.MediationService.DisputeFilter;
import org.fazhi.organization.OrganizationService;
import org.fazhi.petition.PetitionService;
import org.fazhi.petition.PetitionStatus;
import org.fazhi.organization.Village;
import org.fazhi.shared.DemoSeeder;
import org.fazhi.shared.OrgId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * 含谷镇 2023 as its report tells it (seed-figures.md 一(四)): "共调解各类矛盾纠纷434件，调处率100%，成功率达99%". All 434
 * disputes received in 2023 are concluded; 2 failed and 2 were terminated, so 430 ÷ 434 = 99.08%, shown as 99%.
 * Runs after the legal-service demo and counts the consultations it referred to mediation in the 434.
 */
@Component
@Profile("demo")
class MediationDemo implements DemoSeeder {

	static final int DISPUTES_2023 = 434;

	static final int FAILED_2023 = 2;

	static final int TERMINATED_2023 = 2;

	private static final DisputeType[] TYPE_WEIGHTS = { DisputeType.NEIGHBOUR, DisputeType.NEIGHBOUR,
			DisputeType.NEIGHBOUR, DisputeType.MARRIAGE_FAMILY, DisputeType.MARRIAGE_FAMILY, DisputeType.HOUSE_HOMESTEAD,
			DisputeType.HOUSE_HOMESTEAD, DisputeType.DAMAGES, DisputeType.DAMAGES, DisputeType.CONTRACT,
			DisputeType.LABOUR, DisputeType.LAND_CONTRACT, DisputeType.EXPROPRIATION, DisputeType.OTHER };

	private static final DisputeSource[] SOURCE_WEIGHTS = { DisputeSource.SCREENING, DisputeSource.SCREENING,
			DisputeSource.SCREENING, DisputeSource.SCREENING, DisputeSource.APPLICATION, DisputeSource.APPLICATION,
			DisputeSource.APPLICATION, DisputeSource.APPLICATION, DisputeSource.COURT_POLICE };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "罗" };

	private static final String[] GIVEN = { "德芳", "永清", "桂香", "国强", "玉梅", "大明", "春花", "光荣", "素珍", "建军", "小兰", "正华" };

	private final MediationService mediation;

	private final OrganizationService organization;

	private final PetitionService petitions;

	private final Today today;

	MediationDemo(MediationService mediation, OrganizationService organization, PetitionService petitions, Today today) {
		this.today = today;
		this.mediation = mediation;
		this.organization = organization;
		this.petitions = petitions;
	}

	@Override
	public int order() {
		return 340;
	}

	/**
	 * Not one transaction: each service call commits on its own, because one persistence context holding thousands
	 * of disputes makes every query's auto-flush dirty-check all of them (seeding took 17 s instead of a few).
	 */
	@Override
	public void seed() {
		OrgId hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
		List<Village> villages = organization.villages(hangu);
		Random random = new Random(20230330L);
		String committee = mediation.committee(hangu);
		DisputeFilter year2023 = new DisputeFilter(null, null, null, null, false, LocalDate.of(2023, 1, 1),
				LocalDate.of(2023, 12, 31));
		awaitHandOvers(hangu);
		long already = mediation.find(hangu, year2023, 0, 1).getTotalElements();
		for (long i = already; i < DISPUTES_2023; i++) {
			Village v = villages.get(random.nextInt(villages.size()));
			DisputeType type = TYPE_WEIGHTS[random.nextInt(TYPE_WEIGHTS.length)];
			LocalDate received = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(350));
			mediation.register(new RegisterDispute(hangu, v.id(), v.name(), type,
					SOURCE_WEIGHTS[random.nextInt(SOURCE_WEIGHTS.length)], null, summary(type, v), received, false, null,
					committee, "陈司法所长、" + v.name() + "调委会调解员",
					List.of(person(random), person(random))), "tiaojie");
		}
		var all = mediation.find(hangu, year2023, 0, 1000).getContent();
		int n = 0;
		for (Dispute d : all) {
			if (d.status().concluded()) {
				continue;
			}
			LocalDate session = d.receivedOn().plusDays(1 + random.nextInt(5));
			mediation.recordSession(hangu, d.id(), session, d.partiesMasked() + "、" + d.mediators(),
					"听取双方陈述，释法明理，引导双方互谅互让。", "tiaojie");
			LocalDate end = session.plusDays(random.nextInt(10));
			if (n < FAILED_2023) {
				mediation.fail(hangu, d.id(), "双方分歧较大，调解不成。已告知当事人可以依法向人民法院提起诉讼。", end);
			}
			else if (n < FAILED_2023 + TERMINATED_2023) {
				mediation.terminate(hangu, d.id(), "一方当事人明确拒绝继续调解（《人民调解法》第十七条）。", end);
			}
			else {
				boolean written = n % 3 != 0;
				mediation.succeed(hangu, d.id(), written ? AgreementForm.WRITTEN : AgreementForm.ORAL,
						written ? d.summary() : "", "双方自愿达成协议，一方于协议生效后十五日内一次性履行完毕。", end);
				mediation.recordPerformance(hangu, d.id(), Performance.PERFORMED, "回访确认已履行");
				mediation.closeConfirmation(hangu, d.id(), end.plusDays(3), "当事人表示不申请司法确认");
			}
			n++;
		}

		// 排查: every village reported every month of 2023 (most with 零报告 in quiet months).
		for (int m = 1; m <= 12; m++) {
			YearMonth period = YearMonth.of(2023, m);
			for (Village v : villages) {
				int found = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(4);
				mediation.report(hangu, v.id(), period, found, found == 0 ? "本月未发现矛盾纠纷" : null,
						period.atEndOfMonth(), "tiaojie");
			}
		}
		// This month: some villages have not reported yet, so the page shows who is missing.
		YearMonth now = today.month();
		for (int i = 0; i < villages.size() - 3; i++) {
			mediation.report(hangu, villages.get(i).id(), now, i % 2, null, now.atDay(1), "tiaojie");
		}

		// Open cases of the current year, one of them likely to escalate (the leaders are told).
		LocalDate today = this.today.date();
		Village v0 = villages.get(0);
		Dispute open = mediation.register(new RegisterDispute(hangu, v0.id(), v0.name(), DisputeType.HOUSE_HOMESTEAD,
				DisputeSource.SCREENING, null, "两户因宅基地界址发生争执，一方已砌墙阻断通道。", today.minusDays(3), true,
				"双方情绪激动，曾发生肢体冲突", committee, "陈司法所长", List.of(person(random), person(random))), "tiaojie");
		mediation.recordSession(hangu, open.id(), today.minusDays(2), "双方当事人、村调委会主任、陈司法所长",
				"现场查看界址，约定下周再次调解。", "tiaojie");
		Village v1 = villages.get(1);
		mediation.register(new RegisterDispute(hangu, v1.id(), v1.name(), DisputeType.DAMAGES, DisputeSource.APPLICATION,
				null, "电动车与行人相撞，就医疗费赔偿发生争议。", today.minusDays(1), false, null, committee, "陈司法所长",
				List.of(person(random), person(random))), "tiaojie");
	}

	/**
	 * The 信访转入 disputes are the demo petitions the petition office handed over ({@code PetitionDemo}); each
	 * becomes a dispute after its commit, on the event listener's thread. They count among the 434, so wait for them.
	 */
	private void awaitHandOvers(OrgId town) {
		long handedOver = petitions.search(town, new PetitionService.Filter(PetitionStatus.MEDIATION, null, null, null,
				false, false, 2023), 0, 1).getTotalElements();
		DisputeFilter fromPetitions = new DisputeFilter(null, DisputeSource.PETITION, null, null, false,
				LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
		long deadline = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
		while (mediation.find(town, fromPetitions, 0, 1).getTotalElements() < handedOver) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("信访转入的纠纷未能在一分钟内登记，演示数据未完整加载。");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	private static RegisterDispute.Party person(Random random) {
		return new RegisterDispute.Party(PartyKind.PERSON,
				SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)], null,
				"138" + String.format("%08d", random.nextInt(100_000_000)), null);
	}

	private static String summary(DisputeType type, Village v) {
		return switch (type) {
			case NEIGHBOUR -> v.name() + "两户因排水、通行等相邻关系发生纠纷。";
			case MARRIAGE_FAMILY -> v.name() + "村民因赡养老人费用分担发生家庭纠纷。";
			case HOUSE_HOMESTEAD -> v.name() + "两户因宅基地界址发生争执。";
			case DAMAGES -> v.name() + "村民因交通事故或饲养动物致人损害就赔偿发生纠纷。";
			case CONTRACT -> v.name() + "村民与施工方因房屋修缮合同价款发生纠纷。";
			case LABOUR -> v.name() + "务工人员与包工头因工资结算发生纠纷。";
			case LAND_CONTRACT -> v.name() + "农户之间因承包地流转费用发生纠纷。";
			case EXPROPRIATION -> v.name() + "村民对征地拆迁补偿分配有异议。";
			case OTHER -> v.name() + "村民之间的其他民间纠纷。";
		};
	}
}
