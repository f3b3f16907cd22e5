package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fazhi.support.Unique;
import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.calendar.ClockId;
import org.fazhi.calendar.DeadlineClocks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FazhiTest
class DisclosureWorkflowTests {

	static final String HANGU = "115001070093712808";

	@Autowired
	DisclosureService disclosure;

	@Autowired
	DisclosureStatistics statistics;

	@Autowired
	OrganizationService organization;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeadlineClocks clocks;

	OrgId org() {
		return organization.byCreditCode(HANGU).orElseThrow().id();
	}

	long column(String code) {
		return disclosure.column(org(), code).id();
	}

	Document.Metadata meta(String title, String body, LocalDate formed, LocalDate eventOn) {
		return new Document.Metadata(title, body, "无", "综合政务", "通知", "含谷镇", formed, formed, eventOn, null);
	}

	Document draft(String title, String body, LocalDate formed) {
		return disclosure.create(org(), "gongkai", column("zwdt"), meta(title, body, formed, null));
	}

	Document approved(String title, LocalDate formed) {
		Document d = draft(title, "<p>" + title + "</p>", formed);
		disclosure.submit(org(), "gongkai", d.id());
		disclosure.approve(org(), "shenhe", d.id(), null);
		return d;
	}

	@Test
	void demoYieldsTheSeedReportsDisclosureFiguresFor2023() {
		var figures = statistics.year(org(), 2023);
		assertThat(figures.category(ColumnCategory.POLICY)).isEqualTo(2);
		assertThat(figures.category(ColumnCategory.BUDGET)).isEqualTo(9);
		assertThat(figures.category(ColumnCategory.SERVICE)).isEqualTo(86);
		assertThat(figures.category(ColumnCategory.NEWS)).isEqualTo(23);
		assertThat(figures.perColumn().get("政策文件")).isEqualTo(2);
		// the report admits late publication and cultural notices published too close to the event
		assertThat(figures.late()).isPositive();
		assertThat(figures.shortLeads()).isPositive();
		assertThat(figures.leadThreshold()).isEqualTo(5);
	}

	@Test
	void seedReportIsPublishedWithItsRealMetadataAndACompleteIndexNumber() {
		Document report = disclosure.columnPage(org(), column("fzbg"), 0, 50).getContent().stream()
			.filter(d -> d.title().equals("含谷镇2023年法治政府建设情况报告"))
			.findFirst()
			.orElseThrow();
		assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 28));
		assertThat(report.writtenOn()).isEqualTo(LocalDate.of(2024, 3, 28));
		assertThat(report.publisher()).isEqualTo("含谷镇");
		assertThat(report.indexNumber()).matches(HANGU + "/2024-\\d{5}");
		assertThat(report.bodyText()).contains("法律顾问单位为我镇重大行政行为提供法律建议3条").doesNotContain("[ 索引号 ]");
	}

	@Test
	void authorCannotApproveTheirOwnConfidentialityReview_Art17() {
		Document d = draft("四眼原则测试" + Unique.letters(), "<p>正文</p>", LocalDate.of(2024, 5, 6));
		disclosure.submit(org(), "gongkai", d.id());
		assertThatThrownBy(() -> disclosure.approve(org(), "gongkai", d.id(), null))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("disclosure.review.own");
		disclosure.approve(org(), "shenhe", d.id(), "无涉密内容");
		assertThat(disclosure.document(org(), d.id()).status()).isEqualTo(DocumentStatus.APPROVED);
		assertThat(disclosure.document(org(), d.id()).reviewer()).isEqualTo("shenhe");
	}

	@Test
	void personalDataBlocksTheReviewUntilEachHitIsRedactedOrKeptWithAReason() {
		String body = "<p>申请人张三，身份证号11010519491231002X，联系电话13800138000。</p>";
		Document d = draft("个人信息检查" + Unique.letters(), body, LocalDate.of(2024, 5, 6));
		List<PersonalDataHit> hits = disclosure.submit(org(), "gongkai", d.id());
		assertThat(hits).extracting(PersonalDataHit::kind)
			.containsExactly(PersonalData.Kind.ID_NUMBER, PersonalData.Kind.MOBILE);
		assertThatThrownBy(() -> disclosure.approve(org(), "shenhe", d.id(), null))
			.hasMessageContaining("disclosure.review.open-hits");
		disclosure.redact(org(), "shenhe", d.id(), hits.get(0).id());
		assertThatThrownBy(() -> disclosure.keep(org(), "shenhe", d.id(), hits.get(1).id(), " "))
			.hasMessageContaining("disclosure.pii.reason");
		disclosure.keep(org(), "shenhe", d.id(), hits.get(1).id(), "该号码为单位公开的办事电话");
		disclosure.approve(org(), "shenhe", d.id(), null);
		Document after = disclosure.document(org(), d.id());
		assertThat(after.bodyHtml()).doesNotContain("11010519491231002X").contains("13800138000");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where target_id = ? and action like 'disclosure.pii.%'",
				Long.class, String.valueOf(d.id()))).isEqualTo(2);
	}

	@Test
	void publishingLaterThanTwentyWorkingDaysNeedsAReasonAndCountsAsLate_Art26() {
		// formed Wed 2024-09-25: the 国庆节 week does not count, Sunday 09-29 and Saturday 10-12 do (调休)
		LocalDate formed = LocalDate.of(2024, 9, 25);
		assertThat(disclosure.dueFor(formed)).isEqualTo(LocalDate.of(2024, 10, 28));
		Document onTime = approved("按期发布" + Unique.letters(), formed);
		disclosure.publishOn(org(), "gongkai", onTime.id(), LocalDate.of(2024, 10, 28), null);
		assertThat(disclosure.document(org(), onTime.id()).late()).isFalse();

		Document late = approved("逾期发布" + Unique.letters(), formed);
		assertThatThrownBy(() -> disclosure.publishOn(org(), "gongkai", late.id(), LocalDate.of(2024, 10, 29), null))
			.hasMessageContaining("disclosure.publish.late-reason");
		disclosure.publishOn(org(), "gongkai", late.id(), LocalDate.of(2024, 10, 29), "等待上级批复");
		Document published = disclosure.document(org(), late.id());
		assertThat(published.late()).isTrue();
		assertThat(published.lateReason()).isEqualTo("等待上级批复");
	}

	@Test
	void eventNoticeWithLessThanFiveDaysLeadIsPublishedWithAWarning() {
		Document d = disclosure.create(org(), "gongkai", column("ggfw"),
				meta("院坝演出通知" + Unique.letters(), "<p>演出</p>", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 7)));
		disclosure.submit(org(), "gongkai", d.id());
		disclosure.approve(org(), "shenhe", d.id(), null);
		var published = disclosure.publishOn(org(), "gongkai", d.id(), LocalDate.of(2024, 6, 4), null);
		assertThat(published.warnings()).singleElement().asString().contains("仅 3 日");
		assertThat(published.document().leadDays()).isEqualTo(3);
	}

	@Test
	void indexNumbersStayUniqueAndGapFreeUnderConcurrentPublishing() throws Exception {
		int year = 2031;
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			ids.add(approved("并发发布" + i + Unique.letters(), LocalDate.of(2025, 12, 1)).id());
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Document>> futures = new ArrayList<>();
			for (long id : ids) {
				Callable<Document> task = () -> disclosure
					.publishOn(org(), "gongkai", id, LocalDate.of(year, 1, 6), "测试：跨年发布").document();
				futures.add(pool.submit(task));
			}
			List<String> numbers = new ArrayList<>();
			for (Future<Document> f : futures) {
				numbers.add(f.get().indexNumber());
			}
			assertThat(numbers).doesNotHaveDuplicates().hasSize(8);
			assertThat(numbers).allMatch(n -> n.startsWith(HANGU + "/" + year + "-"));
			List<Integer> serials = numbers.stream().map(n -> Integer.parseInt(n.substring(n.length() - 5))).sorted().toList();
			assertThat(serials).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void withdrawalNeedsAReasonAndKeepsTheRecord() {
		Document d = approved("撤回测试" + Unique.letters(), LocalDate.of(2024, 5, 6));
		disclosure.publishOn(org(), "gongkai", d.id(), LocalDate.of(2024, 5, 7), null);
		assertThatThrownBy(() -> disclosure.withdraw(org(), "gongkai", d.id(), ""))
			.hasMessageContaining("disclosure.withdraw.reason");
		disclosure.withdraw(org(), "gongkai", d.id(), "内容有误，更正后重新发布");
		Document w = disclosure.document(org(), d.id());
		assertThat(w.status()).isEqualTo(DocumentStatus.WITHDRAWN);
		assertThat(w.indexNumber()).isNotNull();
	}

	/** OGI Art. 17 公开审查 and Art. 26: a changed item is reviewed like a new one before the public sees it. */
	@Test
	void anUpdateIsAReviewedDraftThatReplacesThePublishedTextOnlyWhenPublished_OGIArt17() {
		Document d = approved("更新测试" + Unique.letters(), LocalDate.of(2024, 5, 6));
		disclosure.publishOn(org(), "gongkai", d.id(), LocalDate.of(2024, 5, 7), null);
		String index = disclosure.document(org(), d.id()).indexNumber();
		Document.Metadata m = new Document.Metadata(d.title(), "<p>更正后的正文，联系电话13800138000</p>", "无", "综合政务",
				"通知", "含谷镇", d.writtenOn(), LocalDate.of(2024, 6, 3), null, null);
		Document draft = disclosure.revise(org(), "gongkai", d.id(), m, "更正错别字");
		assertThat(draft.id()).isNotEqualTo(d.id());
		assertThat(draft.status()).isEqualTo(DocumentStatus.DRAFT);
		// the published version stays online, unchanged, while the update is under way
		Document online = disclosure.publicDocument(org(), d.id());
		assertThat(online.revision()).isEqualTo(1);
		assertThat(online.bodyText()).doesNotContain("更正后的正文");
		assertThat(disclosure.versions(d.id())).isEmpty();
		assertThatThrownBy(() -> disclosure.revise(org(), "gongkai", d.id(), m, "再改一次"))
			.hasMessageContaining("disclosure.revise.open");

		// the same personal-data scan and second person as a first publication
		assertThat(disclosure.submit(org(), "gongkai", draft.id())).singleElement()
			.satisfies(h -> assertThat(h.masked()).doesNotContain("13800138000"));
		assertThatThrownBy(() -> disclosure.approve(org(), "gongkai", draft.id(), null))
			.hasMessageContaining("disclosure.review.own");
		assertThatThrownBy(() -> disclosure.approve(org(), "shenhe", draft.id(), null))
			.hasMessageContaining("disclosure.review.open-hits");
		assertThatThrownBy(() -> disclosure.publishOn(org(), "gongkai", draft.id(), LocalDate.of(2024, 6, 4), null))
			.hasMessageContaining("disclosure.publish.state");
		disclosure.redact(org(), "shenhe", draft.id(), disclosure.hits(draft.id()).get(0).id());
		disclosure.approve(org(), "shenhe", draft.id(), null);
		assertThat(disclosure.publicDocument(org(), d.id()).bodyText()).doesNotContain("更正后的正文");

		disclosure.publishOn(org(), "gongkai", draft.id(), LocalDate.of(2024, 6, 4), null);
		Document updated = disclosure.publicDocument(org(), d.id());
		assertThat(updated.revision()).isEqualTo(2);
		assertThat(updated.indexNumber()).isEqualTo(index);
		assertThat(updated.bodyText()).contains("更正后的正文").doesNotContain("13800138000");
		assertThat(disclosure.versions(d.id())).singleElement().satisfies(v -> {
			assertThat(v.revision()).isEqualTo(1);
			assertThat(v.reason()).isEqualTo("更正错别字");
		});
		assertThat(disclosure.document(org(), draft.id()).status()).isEqualTo(DocumentStatus.MERGED);
		assertThatThrownBy(() -> disclosure.publicDocument(org(), draft.id())).isInstanceOf(org.fazhi.shared.NotFound.class);
		// a next update may start now
		assertThat(disclosure.revise(org(), "gongkai", d.id(), m, "再次更新").revisionOf()).isEqualTo(d.id());
	}

	@Test
	void correctingTheFormedDateOfADraftMovesItsTwentyWorkingDayClock_OgiArt26() {
		Document d = draft("成文日期更正" + Unique.letters(), "<p>正文</p>", LocalDate.of(2024, 9, 25));
		assertThat(d.dueOn()).isEqualTo(LocalDate.of(2024, 10, 28));
		LocalDate corrected = LocalDate.of(2024, 10, 8);
		Document edited = disclosure.edit(org(), "gongkai", d.id(), new Document.Metadata(d.title(), "<p>正文</p>", "无",
				"综合政务", "通知", "含谷镇", corrected, corrected, null, null));
		// 20 工作日 after 10-08, the 调休 Saturday 10-12 counted: Mon 11-04
		assertThat(edited.dueOn()).isEqualTo(LocalDate.of(2024, 11, 4));
		var clock = clocks.view(new ClockId(edited.clockId()));
		assertThat(clock.deadline().start()).isEqualTo(corrected);
		assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2024, 11, 4));
		assertThat(clocks.moves(clock.id())).singleElement()
			.satisfies(m -> assertThat(m.reason()).contains("形成日期由 2024-09-25 更正为 2024-10-08"));
	}

	@Test
	void anotherTownsDocumentIsNotFound() {
		Document d = draft("租户隔离" + Unique.letters(), "<p>正文</p>", LocalDate.of(2024, 5, 6));
		OrgId jinfeng = organization.byCreditCode("115001070093712995").orElseThrow().id();
		assertThatThrownBy(() -> disclosure.document(jinfeng, d.id())).isInstanceOf(org.fazhi.shared.NotFound.class);
	}
}
