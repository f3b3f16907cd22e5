package org.fazhi.legalservice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fazhi.calendar.WorkdayCalendar;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.Village;
import org.fazhi.shared.DemoSeeder;
import org.fazhi.shared.OrgId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 含谷镇 2023 as its report tells it (seed-figures.md 一(四)): "接受辖区群众法律咨询300余次" at the station on its duty
 * days, Tuesdays and Thursdays, and "本年度推选村居'法律明白人'21人". A few consultations go on to mediation; the
 * mediation demo, which runs after this one, counts them in its 434 disputes.
 */
@Component
@Profile("demo")
class LegalServiceDemo implements DemoSeeder {

	static final int CONSULTATIONS_2023 = 312;

	static final int NAVIGATORS_2023 = 21;

	static final int REFERRED_TO_MEDIATION = 6;

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗" };

	private static final String[] GIVEN = { "建国", "秀英", "德明", "桂兰", "志强", "春梅", "永福", "丽华", "国平", "玉珍", "大勇", "小红", "正清", "淑芬" };

	private static final String[][] QUESTIONS = {
			{ "MARRIAGE_FAMILY", "协议离婚后对方不按约定支付抚养费，应当怎么办？", "可先协商；协商不成可向人民法院起诉要求支付抚养费，必要时申请强制执行。" },
			{ "INHERITANCE", "父亲去世未留遗嘱，老房子兄妹几人怎么分？", "无遗嘱按法定继承办理，第一顺序继承人原则上均等分配，可协商或申请调解。" },
			{ "LABOUR", "在工地干活被拖欠工资三个月，找谁解决？", "可向人力社保部门投诉或申请劳动仲裁，也可申请法律援助。" },
			{ "LAND_HOUSING", "邻居建房占用了我家的宅基地，怎么处理？", "可请村委会协调或申请人民调解；权属争议可向镇政府申请处理。" },
			{ "CONTRACT_DEBT", "借钱给亲戚只有微信聊天记录，能要回来吗？", "聊天记录、转账记录可作为证据，建议尽快催收并保存证据，注意诉讼时效。" },
			{ "TORT", "被邻居家的狗咬伤，医药费由谁承担？", "饲养人应承担侵权责任，可协商赔偿或申请人民调解。" },
			{ "ADMINISTRATIVE", "对征地补偿标准有异议，可以通过什么途径反映？", "可依法申请行政复议或提起行政诉讼，也可通过信访渠道反映。" },
			{ "OTHER", "老人想立遗嘱，需要办什么手续？", "可自书、代书或公证遗嘱，建议到公证机构办理遗嘱公证。" } };

	private final ConsultationService consultations;

	private final RosterService rosters;

	private final OrganizationService organization;

	private final WorkdayCalendar calendar;

	LegalServiceDemo(ConsultationService consultations, RosterService rosters, OrganizationService organization,
			WorkdayCalendar calendar) {
		this.consultations = consultations;
		this.rosters = rosters;
		this.organization = organization;
		this.calendar = calendar;
	}

	@Override
	public int order() {
		return 330;
	}

	@Override
	@Transactional
	public void seed() {
		OrgId hangu = organization.byCreditCode("115001070093712808").orElseThrow().id();
		List<Village> villages = organization.villages(hangu);
		Random random = new Random(20230340L);
		rosters.addDuty(hangu, DayOfWeek.TUESDAY, "刘明远", "重庆渝高律师事务所", "9:00—12:00，14:00—17:00");
		rosters.addDuty(hangu, DayOfWeek.THURSDAY, "周婧", "重庆渝高律师事务所", "9:00—12:00，14:00—17:00");

		// Duty days of 2023 that were working days (no duty on 法定节假日).
		List<LocalDate> dutyDays = new ArrayList<>();
		for (LocalDate d = LocalDate.of(2023, 1, 1); d.getYear() == 2023; d = d.plusDays(1)) {
			if ((d.getDayOfWeek() == DayOfWeek.TUESDAY || d.getDayOfWeek() == DayOfWeek.THURSDAY) && calendar.isWorkday(d)) {
				dutyDays.add(d);
			}
		}
		for (int i = 0; i < CONSULTATIONS_2023; i++) {
			LocalDate day = dutyDays.get(i * dutyDays.size() / CONSULTATIONS_2023);
			String[] q = QUESTIONS[random.nextInt(QUESTIONS.length)];
			Channel channel = i % 10 == 3 ? Channel.PHONE : i % 25 == 7 ? Channel.ONLINE : Channel.WALK_IN;
			Village v = villages.get(random.nextInt(villages.size()));
			String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
			Consultation c = consultations.ask(new AskQuestion(hangu, channel, day, name,
					"139" + String.format("%08d", random.nextInt(100_000_000)), v.name(), Topic.valueOf(q[0]), q[1],
					null), "tiaojie");
			consultations.answer(hangu, c.id(), q[2], "tiaojie");
			if (i % 50 == 10 && i / 50 < REFERRED_TO_MEDIATION) {
				consultations.refer(hangu, c.id(), Referral.MEDIATION, day, "tiaojie");
			}
			else if (i % 40 == 5) {
				consultations.refer(hangu, c.id(), Referral.LEGAL_AID, day, "tiaojie");
			}
		}

		String[] navigatorNames = { "罗德华", "陈玉兰", "王志刚", "李春燕", "张国富", "刘永红", "杨光明", "赵淑珍", "黄建华", "周小琴",
				"吴德全", "徐桂芳", "孙明亮", "胡秀梅", "朱正林", "高文斌", "林素芬", "何大兵", "郭丽娟", "马成龙", "罗晓燕" };
		for (int i = 0; i < NAVIGATORS_2023; i++) {
			Village v = villages.get(i % villages.size());
			Navigator n = rosters.addNavigator(hangu, v.id(), navigatorNames[i],
					"135" + String.format("%08d", random.nextInt(100_000_000)), LocalDate.of(2023, 3, 15));
			rosters.addNavigatorRecord(hangu, n.id(), NavigatorRecord.Kind.TRAINING, LocalDate.of(2023, 4, 20),
					"“法律明白人”培养工程集中培训");
			if (i % 3 == 0) {
				rosters.addNavigatorRecord(hangu, n.id(), NavigatorRecord.Kind.ACTIVITY, LocalDate.of(2023, 12, 4),
						"“12·4”国家宪法日入户普法宣传");
			}
		}

		Advisor first = rosters.addAdvisor(hangu, "重庆渝高律师事务所", "刘明远、周婧", LocalDate.of(2023, 1, 1),
				LocalDate.of(2023, 12, 31), null);
		Advisor second = rosters.addAdvisor(hangu, "重庆渝高律师事务所", "刘明远、周婧", LocalDate.of(2024, 1, 1),
				LocalDate.of(2025, 12, 31), first.id());
		rosters.addAdvisor(hangu, "重庆渝高律师事务所", "刘明远、周婧", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				second.id());
	}
}
