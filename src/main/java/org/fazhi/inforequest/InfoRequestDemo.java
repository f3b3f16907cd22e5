package org.fazhi.inforequest;

import java.time.LocalDate;

import org.fazhi.shared.DemoSeeder;
import org.fazhi.shared.Staff;
import org.fazhi.shared.StaffDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 含谷镇 2023 (seed-figures.md 一(三)): four requests, three answered within the statutory period, one received late
 * in December and carried over, answered in January 2024. Fixed data, so the figures never vary. The demo clerk
 * {@code gongkai} registers, answers and delivers them through the service, under the same rules as any request;
 * those made by e-mail stand for the online ones, because an online request is received on the day it is sent.
 */
@Component
@Profile("demo")
class InfoRequestDemo implements DemoSeeder {

	private final InfoRequestService service;

	private final StaffDirectory staff;

	InfoRequestDemo(InfoRequestService service, StaffDirectory staff) {
		this.service = service;
		this.staff = staff;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	@Transactional
	public void seed() {
		Staff clerk = staff.staff("gongkai");
		answered(clerk, citizen("刘德明", "500107198303154416"), "2023年含谷镇农村人居环境整治项目资金使用情况",
				Channel.EMAIL, LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 24), ReplyResult.OPEN,
				"现将项目资金使用情况表随本告知书提供。", null);
		answered(clerk, citizen("陈小芳", "50010719901120122X"), "含谷镇2022年度财政预算执行情况",
				Channel.IN_PERSON, LocalDate.of(2023, 5, 15), LocalDate.of(2023, 5, 26), ReplyResult.OPEN,
				"该信息已主动公开。", "含谷镇人民政府门户网站“财政预决算”栏目");
		answered(clerk, company("重庆含谷建设工程有限公司", "91500107MA5U3B4X65"), "某地块征收补偿安置方案的内部讨论记录",
				Channel.SIGNED_POST, LocalDate.of(2023, 8, 21), LocalDate.of(2023, 9, 13),
				ReplyResult.DENY_PROCESS_INFO, "您申请的内容属于行政机关在履行行政管理职能过程中形成的讨论记录，属于过程性信息。", null);
		// received on 2023-12-22, answered 2024-01-10: 结转 in 2023, 上年结转 in 2024
		answered(clerk, citizen("王建国", "500107196507083315"), "含谷镇2023年度高标准农田建设项目验收材料",
				Channel.EMAIL, LocalDate.of(2023, 12, 22), LocalDate.of(2024, 1, 10), ReplyResult.OPEN,
				"现将验收材料提供给您。", null);
	}

	private void answered(Staff clerk, Applicant applicant, String description, Channel channel, LocalDate received,
			LocalDate replied, ReplyResult result, String text, @Nullable String publishedRef) {
		InfoRequest r = service.register(clerk, new Intake(applicant, description, InfoForm.ELECTRONIC,
				DeliveryWay.EMAIL), channel, received);
		service.reply(clerk, r.id(), result, replied, text, publishedRef);
		service.deliver(clerk, r.id(), DeliveryWay.EMAIL, replied);
	}

	private static Applicant citizen(String name, String id) {
		return new Applicant(ApplicantType.CITIZEN, name, IdType.RESIDENT_ID, id, "13800000000", "demo@example.cn",
				"重庆市九龙坡区含谷镇");
	}

	private static Applicant company(String name, String code) {
		return new Applicant(ApplicantType.COMMERCIAL, name, IdType.USCC, code, "023-65000000", null,
				"重庆市九龙坡区含谷镇");
	}
}
