package org.fazhi.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.calendar.WorkdayCalendar;
import org.fazhi.organization.OrgSummary;
import org.fazhi.organization.OrganizationService;
import org.fazhi.organization.Village;
import org.fazhi.shared.DemoSeeder;
import org.fazhi.shared.OrgId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 含谷镇's published items over 2023–2024, written for the demo, among them the seed report itself. The 2023
 * figures are fixed by the seed report (seed-figures.md): 政策文件 2, 财政预决算 9, 社会救助/文化服务等 86, 动态 23;
 * some 2023 items are late and several cultural notices go out only days before the event, as the report admits.
 * A fixed Random keeps everything reproducible.
 */
@Component
@Profile("demo")
class DisclosureDemo implements DemoSeeder {

	static final String HANGU = "115001070093712808";

	static final String JINFENG = "115001070093712995";

	private static final String ACTOR = "系统导入";

	private final DisclosureService disclosure;

	private final OrganizationService organization;

	private final WorkdayCalendar calendar;

	DisclosureDemo(DisclosureService disclosure, OrganizationService organization, WorkdayCalendar calendar) {
		this.disclosure = disclosure;
		this.organization = organization;
		this.calendar = calendar;
	}

	@Override
	public int order() {
		return 300;
	}

	private record Item(String column, String title, String body, String docNumber, String theme, String genre,
			LocalDate formedOn, LocalDate publishedOn, @Nullable LocalDate eventOn, @Nullable String lateReason,
			@Nullable String interpretsTitle) {
	}

	@Override
	@Transactional
	public void seed() {
		for (OrgSummary town : organization.towns()) {
			disclosure.ensureCatalog(town.id());
		}
		organization.byCreditCode(HANGU).ifPresent(hangu -> load(hangu, hanguItems(hangu)));
		organization.byCreditCode(JINFENG).ifPresent(jinfeng -> load(jinfeng, jinfengItems()));
	}

	private void load(OrgSummary town, List<Item> items) {
		Map<String, Long> columns = disclosure.columns(town.id()).stream()
			.collect(Collectors.toMap(DisclosureColumn::code, DisclosureColumn::id));
		Map<String, Long> byTitle = new java.util.HashMap<>();
		items.sort(Comparator.comparing(Item::publishedOn));
		for (Item i : items) {
			Long interprets = i.interpretsTitle() == null ? null : byTitle.get(i.interpretsTitle());
			Document.Metadata m = new Document.Metadata(i.title(), i.body(), i.docNumber(), i.theme(), i.genre(),
					town.name(), i.formedOn(), i.formedOn(), i.eventOn(), interprets);
			Document d = disclosure.importPublished(town.id(), ACTOR, columns.get(i.column()), m, i.publishedOn(),
					i.lateReason()).document();
			byTitle.put(i.title(), d.id());
		}
	}

	// ------------------------------------------------------------------ 含谷镇

	private List<Item> hanguItems(OrgSummary town) {
		Random r = new Random(20230101L);
		List<String> villages = organization.villages(town.id()).stream().map(Village::name).toList();
		List<Item> items = new ArrayList<>();
		for (int year : new int[] { 2023, 2024 }) {
			policies(items, year, r);
			budgets(items, year, r);
			int plan = year == 2023 ? 6 : 5;
			int relief = year == 2023 ? 30 : 32;
			int service = year == 2023 ? 38 : 42;
			int enforcement = year == 2023 ? 12 : 14;
			for (int i = 0; i < plan; i++) {
				items.add(plain("ghjh", year, r, PLANS[i % PLANS.length].formatted(year), "方案", "综合政务", 0.0));
			}
			for (int i = 0; i < relief; i++) {
				String title = RELIEF[i % RELIEF.length].formatted(year, 1 + (i * 12 / relief));
				items.add(plain("shjz", year, r, title, "公示", "民政、扶贫、救灾", year == 2023 ? 0.1 : 0.0));
			}
			for (int i = 0; i < service; i++) {
				items.add(service(year, i, r, villages));
			}
			for (int i = 0; i < enforcement; i++) {
				String title = ENFORCEMENT[i % ENFORCEMENT.length].formatted(year, i + 1);
				items.add(plain("xzzf", year, r, title, "公示", "公安、安全、司法", 0.0));
			}
			int news = year == 2023 ? 23 : 38;
			for (int i = 0; i < news; i++) {
				String title = NEWS[i % NEWS.length].formatted(villages.get(i % villages.size()));
				items.add(plain("zwdt", year, r, title, "工作动态", "综合政务", 0.0));
			}
			items.add(fixed("gkzn", year + "年含谷镇人民政府信息公开指南", GUIDE, "无", "综合政务", "其他",
					LocalDate.of(year, 1, 10), LocalDate.of(year, 1, 16)));
			items.add(fixed("gknb", "含谷镇" + (year - 1) + "年政府信息公开工作年度报告",
					"<p>根据《中华人民共和国政府信息公开条例》第四十九条、第五十条规定，现公布含谷镇" + (year - 1)
							+ "年政府信息公开工作年度报告。报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
							+ "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项组成。</p>",
					"无", "综合政务", "报告", LocalDate.of(year, 1, 18), LocalDate.of(year, 1, 20)));
		}
		items.add(fixed("jgzn", "含谷镇人民政府机构职能", "<p>含谷镇人民政府是重庆高新区管委会领导下的镇级人民政府，"
				+ "负责本镇经济发展、社会管理、公共服务和基层治理等工作。内设党政办公室、社会事务办、规划建设管理环保办、财政办等机构，"
				+ "设有综合行政执法大队、司法所、信访办。办公地址：重庆高新区含谷镇含谷街1号；办公时间：工作日上午9:00—12:00，下午"
				+ "14:00—18:00；联系电话：023-65790000。</p>", "无", "综合政务", "其他", LocalDate.of(2023, 2, 6),
				LocalDate.of(2023, 2, 8)));
		items.add(fixed("fzbg", "含谷镇2022年法治政府建设情况报告", "<p>2022年，含谷镇坚持以习近平法治思想为指导，"
				+ "全面推进依法行政，现将2022年法治政府建设情况报告如下。</p><p>一、主要举措和成效……</p>", "无", "其他", "其他",
				LocalDate.of(2023, 3, 27), LocalDate.of(2023, 3, 29)));
		items.add(seedReport());
		return items;
	}

	private void policies(List<Item> items, int year, Random r) {
		String[] titles = year == 2023
				? new String[] { "含谷镇人民政府关于印发《含谷镇2023年法治政府建设工作要点》的通知",
						"含谷镇人民政府关于印发《含谷镇农村人居环境整治提升实施方案》的通知" }
				: new String[] { "含谷镇人民政府关于印发《含谷镇2024年法治政府建设工作要点》的通知",
						"含谷镇人民政府关于印发《含谷镇矛盾纠纷多元化解工作实施方案》的通知",
						"含谷镇人民政府关于进一步规范信访工作的通知" };
		int n = 1;
		for (String t : titles) {
			LocalDate pub = workday(year, r);
			LocalDate formed = pub.minusDays(r.nextInt(8));
			items.add(new Item("zcwj", t, policyBody(t), "含谷府发〔" + year + "〕" + (n * 7 + r.nextInt(5)) + "号",
					"综合政务", "通知", formed, pub, null, null, null));
			n++;
		}
		if (year == 2024) {
			String policy = titles[1];
			Item p = items.stream().filter(i -> i.title().equals(policy)).findFirst().orElseThrow();
			items.add(new Item("zcwj", "《含谷镇矛盾纠纷多元化解工作实施方案》政策解读",
					"<p>一、出台背景。为贯彻落实新时代“枫桥经验”，推动矛盾纠纷源头预防、前端化解、关口把控，制定本方案。</p>"
							+ "<p>二、主要内容。方案明确了人民调解、行政调解、司法调解衔接联动的工作机制，建立村（社区）、镇两级排查化解网络，"
							+ "规定信访事项与诉讼事项分离处理（诉访分离）。</p><p>三、解读机关及联系方式：含谷镇司法所，023-65790000。</p>",
					"无", "公安、安全、司法", "解读", p.formedOn(), p.publishedOn().plusDays(1), null, null, policy));
		}
	}

	private void budgets(List<Item> items, int year, Random r) {
		String[] titles = { "含谷镇%d年部门预算公开", "含谷镇%d年部门决算公开", "含谷镇%d年一般公共预算收支情况",
				"含谷镇%d年政府性基金预算", "含谷镇%d年“三公”经费预算说明", "含谷镇%d年“三公”经费决算说明",
				"含谷镇%d年上半年预算执行情况", "含谷镇%d年政府债务情况说明", "含谷镇%d年预算调整方案" };
		for (int i = 0; i < titles.length; i++) {
			int subject = titles[i].contains("决算") || titles[i].contains("债务") ? year - 1 : year;
			String t = titles[i].formatted(subject);
			LocalDate pub = workday(year, r);
			LocalDate formed = year == 2023 && i == 1 ? pub.minusDays(45) : pub.minusDays(r.nextInt(10));
			items.add(new Item("czyjs", t,
					"<p>根据《中华人民共和国预算法》和财政部关于地方预决算公开的有关规定，现将" + t.replace("含谷镇", "含谷镇")
							+ "有关情况公开如下。</p><p>一、收支总体情况：收入预算、支出预算按功能分类和经济分类列示，详见附表。</p>"
							+ "<p>二、“三公”经费：严格执行中央八项规定精神，“三公”经费较上年持平或下降。</p>",
					"无", "财政、金融、审计", "报告", formed, pub, null,
					year == 2023 && i == 1 ? "决算数据须待区财政局批复后方可公开，批复文件延迟送达。" : null, null));
		}
	}

	private Item service(int year, int i, Random r, List<String> villages) {
		String village = villages.get(r.nextInt(villages.size()));
		LocalDate pub = workday(year, r);
		if (i % 2 == 0) {
			// event notices: the report admits that they often went out too late to be useful
			int[] leads = year == 2023 ? new int[] { 1, 2, 3, 3, 4, 6, 7, 10 } : new int[] { 3, 5, 6, 7, 8, 10, 12, 14 };
			int lead = leads[r.nextInt(leads.length)];
			String event = EVENTS[(i / 2) % EVENTS.length];
			String title = "关于在" + village + "举办“" + event + "”文化活动的通知";
			LocalDate eventOn = pub.plusDays(lead);
			return new Item("ggfw", title,
					"<p>为丰富群众精神文化生活，含谷镇综合文化服务中心定于" + eventOn.getMonthValue() + "月" + eventOn.getDayOfMonth()
							+ "日在" + village + "文化院坝举办“" + event + "”文化活动，欢迎广大群众参加。</p>"
							+ "<p>活动内容：文艺演出、法治宣传、志愿服务。活动免费，请提前十分钟入场。</p>",
					"无", "文化、广电、新闻出版", "通知", pub.minusDays(r.nextInt(3)), pub, eventOn, null, null);
		}
		String title = SERVICES[(i / 2) % SERVICES.length].formatted(village);
		return new Item("ggfw", title,
				"<p>" + title + "。办理地点：含谷镇便民服务中心（含谷街1号）；办理时间：工作日9:00—12:00、14:00—18:00。"
						+ "所需材料及流程详见办事指南，咨询电话023-65790000。</p>",
				"无", "卫生、体育", "通知", pub.minusDays(r.nextInt(6)), pub, null, null, null);
	}

	private Item plain(String column, int year, Random r, String title, String genre, String theme, double lateShare) {
		LocalDate pub = workday(year, r);
		boolean late = r.nextDouble() < lateShare;
		LocalDate formed = late ? pub.minusDays(40 + r.nextInt(20)) : pub.minusDays(r.nextInt(10));
		return new Item(column, title,
				"<p>" + title + "。</p><p>" + PARAGRAPHS[r.nextInt(PARAGRAPHS.length)] + "</p><p>"
						+ PARAGRAPHS[r.nextInt(PARAGRAPHS.length)] + "</p>",
				"无", theme, genre, formed, pub, null, late ? "材料汇总审核耗时较长，未能在二十个工作日内公开。" : null, null);
	}

	private static Item fixed(String column, String title, String body, String docNumber, String theme, String genre,
			LocalDate formed, LocalDate published) {
		return new Item(column, title, body, docNumber, theme, genre, formed, published, null, null, null);
	}

	/** The seed report, as published on 2024-03-28; its faulty header (printed twice, no org code) is not copied. */
	private static Item seedReport() {
		String text;
		try (InputStream in = new ClassPathResource("disclosure/demo/000_59d26fc5b71dd92e.txt").getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException("demo seed report missing", e);
		}
		String body = text.lines().filter(l -> !l.startsWith("[ ")).collect(Collectors.joining("\n"));
		LocalDate day = LocalDate.of(2024, 3, 28);
		return new Item("fzbg", "含谷镇2023年法治政府建设情况报告", SafeHtml.fromPlainText(body), "无", "其他", "其他", day, day,
				null, null, null);
	}

	// ------------------------------------------------------------------ 金凤镇 (a few, for tenancy)

	private List<Item> jinfengItems() {
		Random r = new Random(7L);
		List<Item> items = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			// the news and paragraph texts are written for 含谷镇: every mention becomes 金凤镇's own
			Item it = plain("zwdt", 2024, r, NEWS[i].formatted("金凤村").replace("含谷镇", "金凤镇"), "工作动态", "综合政务", 0.0);
			items.add(new Item(it.column(), it.title(), it.body().replace("含谷镇", "金凤镇"), it.docNumber(), it.theme(),
					it.genre(), it.formedOn(), it.publishedOn(), it.eventOn(), it.lateReason(), it.interpretsTitle()));
		}
		return items;
	}

	private LocalDate workday(int year, Random r) {
		LocalDate d = LocalDate.of(year, 1, 1).plusDays(15 + r.nextInt(340));
		while (!calendar.isWorkday(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	private static String policyBody(String title) {
		return "<p>各村（社区）、镇属各部门：</p><p>现将" + title.replaceAll(".*关于印发", "").replace("的通知", "")
				+ "印发给你们，请结合实际认真贯彻落实。</p><p>一、总体要求。坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，"
				+ "推进法治政府建设。</p><p>二、主要任务。（一）健全依法决策机制；（二）严格规范公正文明执法；（三）推进政务公开；"
				+ "（四）依法化解矛盾纠纷，推进信访工作法治化。</p><p>三、保障措施。加强组织领导，压实工作责任，强化督促检查。</p>";
	}

	private static final String GUIDE = "<p>为便于公民、法人和其他组织获取含谷镇人民政府信息，根据《中华人民共和国政府信息公开条例》"
			+ "第十二条，编制本指南。</p><p>一、主动公开：本镇主动公开的政府信息通过本网站“政务公开”栏目发布，并在便民服务中心设置查阅点。</p>"
			+ "<p>二、依申请公开：申请人可通过本网站“依申请公开”栏目在线提交，或到党政办公室当面提交书面申请。</p>"
			+ "<p>三、工作机构：含谷镇党政办公室，地址：重庆高新区含谷镇含谷街1号，办公时间：工作日9:00—12:00、14:00—18:00，"
			+ "电话：023-65790000。</p>";

	private static final String[] PLANS = { "含谷镇%d年普法依法治理工作计划", "含谷镇%d年安全生产工作计划",
			"含谷镇%d年高标准农田建设项目实施计划", "含谷镇%d年农村人居环境整治工作计划", "含谷镇%d年防汛抗旱工作预案",
			"含谷镇%d年森林防灭火工作方案" };

	private static final String[] RELIEF = { "含谷镇%d年%d月城乡最低生活保障对象公示", "含谷镇%d年%d月特困人员救助供养情况公示",
			"含谷镇%d年%d月临时救助发放情况公示", "含谷镇%d年%d月高龄失能老人补贴发放情况公示", "含谷镇%d年%d月残疾人两项补贴发放情况公示" };

	private static final String[] ENFORCEMENT = { "含谷镇综合行政执法大队行政处罚决定公示（含谷综执罚〔%d〕%d号）",
			"含谷镇%d年“双随机、一公开”抽查结果公示（第%d批）" };

	private static final String[] EVENTS = { "我们的节日·春节", "文化进万家", "法治文艺进院坝", "我们的节日·端午",
			"全民健身广场舞展演", "我们的节日·中秋", "重阳敬老文艺汇演", "农民丰收节", "宪法宣传周文艺演出", "露天电影放映" };

	private static final String[] SERVICES = { "%s开展老年人免费健康体检的通知", "%s城乡居民医疗保险集中参保缴费的通知",
			"%s开展就业技能培训报名的通知", "%s适龄儿童免费接种疫苗的通知", "%s开展义诊进村活动的通知" };

	private static final String[] NEWS = { "含谷镇召开%s法治政府建设工作推进会", "含谷镇在%s开展“法律明白人”培训",
			"含谷镇在%s开展矛盾纠纷排查化解专项行动", "含谷镇信访办到%s开展信访接待下沉活动", "含谷镇在%s开展安全生产检查",
			"含谷镇在%s开展宪法宣传进村入户活动", "含谷镇组织%s干部开展法治理论学习" };

	private static final String[] PARAGRAPHS = {
			"此项工作由镇党政办公室牵头，各村（社区）和镇属各部门按照职责分工抓好落实，确保各项措施落地见效。",
			"群众如有疑问，可在工作日到含谷镇便民服务中心咨询，或拨打咨询电话023-65790000。",
			"下一步，含谷镇将持续推进依法行政，主动接受社会监督，不断提升群众的获得感、幸福感、安全感。",
			"活动中，工作人员向群众发放宣传资料，现场解答群众关心的信访、调解、社会保障等问题。",
			"本次公示期为5个工作日，对公示内容有异议的，可在公示期内向镇社会事务办反映。" };
}
