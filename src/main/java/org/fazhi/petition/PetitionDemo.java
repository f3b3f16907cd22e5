package org.fazhi.petition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.Village;
import org.fazhi.shared.ChineseIdNumber;
import org.fazhi.shared.DemoSeeder;
import org.fazhi.shared.OrgId;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 含谷镇 2023: the 151 petitions of the seed report ("本年度收集群众信访投诉151件，均按要求及时录入、受理、办结"), spread
 * over channels, types and villages; every one registered, answered or routed, and within its periods. Built
 * through {@link PetitionService}, so the clocks, timeline and audit trail are those of real handling.
 */
@Component
@Profile("demo")
class PetitionDemo implements DemoSeeder {

	static final int YEAR = 2023;

	static final int COUNT = 151;

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "罗", "唐" };

	private static final String[] GIVEN = { "建国", "秀英", "明", "德华", "桂兰", "志强", "玉梅", "勇", "小红", "国平", "春燕", "海" };

	private record Topic(String subject, String content, String demand, PetitionType type, Route route,
			DisputeKind dispute) {
	}

	private static final List<Topic> TOPICS = List.of(
			new Topic("村道路面破损", "村内主干道多处坑洼，雨天积水，群众出行不便", "请求尽快维修村道", PetitionType.COMPLAINT,
					Route.OPINION, null),
			new Topic("低保资格认定", "家庭收入低于标准，申请低保未获批准，希望重新核查", "请求重新核查低保资格", PetitionType.COMPLAINT,
					Route.OPINION, null),
			new Topic("征地补偿款发放", "承包地被征收后补偿款发放进度不明", "请求公开补偿款发放情况", PetitionType.COMPLAINT,
					Route.OPINION, null),
			new Topic("饮水管网老化", "自来水管网老化，经常停水", "请求更换供水管网", PetitionType.COMPLAINT, Route.OPINION, null),
			new Topic("工地夜间施工噪声", "附近工地夜间施工，噪声扰民", "请求依法查处夜间施工", PetitionType.COMPLAINT, Route.DUTY,
					null),
			new Topic("邻里宅基地界址争议", "与邻居因宅基地界址发生争执", "请求调解处理界址纠纷", PetitionType.COMPLAINT, Route.OPINION,
					DisputeKind.NEIGHBOUR),
			new Topic("赡养纠纷", "子女不履行赡养义务", "请求协调子女履行赡养义务", PetitionType.COMPLAINT, Route.OPINION,
					DisputeKind.FAMILY),
			new Topic("拖欠工资", "在某公司务工被拖欠工资三个月", "请求追回被拖欠的工资", PetitionType.COMPLAINT, Route.ARBITRATION,
					null),
			new Topic("交通事故赔偿", "交通事故赔偿未谈妥", "请求对方赔偿损失", PetitionType.COMPLAINT, Route.LITIGATION, null),
			new Topic("行政处罚决定不服", "对执法部门作出的罚款决定不服", "请求撤销罚款决定", PetitionType.COMPLAINT,
					Route.ADMINISTRATIVE, null),
			new Topic("增设公交站点", "建议在村口增设公交站点方便群众出行", "建议增设公交站点", PetitionType.SUGGESTION, null, null),
			new Topic("完善村务公开栏", "建议村务公开栏按月更新财务收支", "建议规范村务公开", PetitionType.SUGGESTION, null, null),
			new Topic("增加农村路灯", "建议在村内道路增设路灯", "建议增设路灯", PetitionType.SUGGESTION, null, null),
			new Topic("反映村干部作风问题", "反映村干部办事推诿", "请求调查处理", PetitionType.ACCUSATION, null, null));

	/** How many of each topic: 151 in all. */
	private static final int[] WEIGHTS = { 20, 14, 12, 10, 10, 9, 6, 5, 4, 3, 20, 14, 12, 12 };

	private static final Channel[] CHANNELS = { Channel.VISIT, Channel.VISIT, Channel.VISIT, Channel.LETTER,
			Channel.LETTER, Channel.ONLINE, Channel.ONLINE, Channel.PHONE, Channel.PHONE, Channel.VISIT };

	private final PetitionService service;

	private final OrganizationService organization;

	PetitionDemo(PetitionService service, OrganizationService organization) {
		this.service = service;
		this.organization = organization;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	@Transactional
	public void seed() {
		OrgId org = organization.byCreditCode("115001070093712808").orElseThrow().id();
		List<Village> villages = organization.villages(org);
		Random random = new Random(YEAR);
		List<Topic> topics = new ArrayList<>();
		for (int t = 0; t < TOPICS.size(); t++) {
			for (int i = 0; i < WEIGHTS[t]; i++) {
				topics.add(TOPICS.get(t));
			}
		}
		java.util.Collections.shuffle(topics, random);
		for (int i = 0; i < COUNT; i++) {
			Topic t = topics.get(i);
			// spread over the year, received by 10-31 so every answer is given within 2023
			LocalDate received = LocalDate.of(YEAR, 1, 3).plusDays(random.nextInt(300));
			Village v = villages.get(random.nextInt(villages.size()));
			Channel channel = i == 17 || i == 88 ? Channel.FAX : CHANNELS[random.nextInt(CHANNELS.length)];
			int persons = i % 37 == 5 ? 5 + random.nextInt(3) : 1;
			List<Petitioner> people = new ArrayList<>();
			for (int k = 0; k < persons; k++) {
				people.add(new Petitioner(SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)],
						idNumber(random), "13" + (100000000 + random.nextInt(899999999)), "含谷镇" + v.name()));
			}
			Receipt r = service.register(org, new Intake(channel, received, t.subject(), v.name() + t.content() + "。",
					t.demand(), v.id(), people, null), "xinfang");
			service.classify(org, r.id(), t.type(), t.route(), "xinfang");
			// 受理告知 within 0–12 days: always inside the 15 日 of Art. 23
			LocalDate decided = received.plusDays(random.nextInt(13));
			if (t.type() == PetitionType.ACCUSATION) {
				service.transfer(org, r.id(), decided, "区纪委监委", "xinfang");
				continue;
			}
			if (t.dispute() != null) {
				// a civil dispute the petitioner agrees to take to the 人民调解委员会: the hand-over (Arts. 31, 37)
				// becomes a 信访转入 dispute in the mediation module, which counts it among the town's 434 of 2023
				service.referToMediation(org, r.id(), decided, t.dispute(), "xinfang");
				continue;
			}
			if (t.route() != null && t.route().isStatutoryChannel()) {
				service.notAccept(org, r.id(), decided, null, "xinfang");
				service.rate(r.trackingNumber(), r.queryCode().value(), Satisfaction.FAIRLY_SATISFIED, decided.plusDays(5));
				continue;
			}
			String unit = t.type() == PetitionType.SUGGESTION ? "党政办公室" : t.route() == Route.DUTY ? "综合行政执法办公室"
					: "社会事务办公室";
			service.accept(org, r.id(), decided, unit, "xinfang");
			// the opinion within 10–55 days: inside the 60 日 of Art. 34
			LocalDate issued = decided.plusDays(10 + random.nextInt(46));
			LocalDate delivered = issued.plusDays(1 + random.nextInt(3));
			Outcome outcome = random.nextInt(10) < 6 ? Outcome.SUPPORT : random.nextInt(3) == 0 ? Outcome.NOT_SUPPORT
					: Outcome.EXPLAIN;
			service.answer(org, r.id(), outcome, "经实地调查核实，" + t.content() + "的情况属实。",
					"根据相关政策规定，结合实际情况研究。", "《信访工作条例》第三十二条、第三十三条", issued, delivered, "xinfang");
			int roll = random.nextInt(100);
			Satisfaction rating = roll < 82 ? Satisfaction.SATISFIED : roll < 97 ? Satisfaction.FAIRLY_SATISFIED
					: Satisfaction.DISSATISFIED;
			service.rate(r.trackingNumber(), r.queryCode().value(), rating, delivered.plusDays(2));
			LocalDate closed = delivered.plusDays(31 + random.nextInt(10));
			if (rating == Satisfaction.DISSATISFIED) {
				// the petitioner asked the district for 复查 (Art. 35), which upheld the opinion
				service.recordReviewRequest(org, r.id(), delivered.plusDays(20), "xinfang");
				service.recordReview(org, r.id(), delivered.plusDays(45), "区信访办复查，维持原处理意见", "xinfang");
				service.recordReviewDelivery(org, r.id(), delivered.plusDays(48), "xinfang");
				closed = delivered.plusDays(76);
			}
			service.close(org, r.id(), closed, "xinfang");
		}
	}

	private static String idNumber(Random random) {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
		String first17 = "500107" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
		return first17 + ChineseIdNumber.checkCharacter(first17);
	}
}
