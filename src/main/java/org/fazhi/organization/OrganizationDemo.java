package org.fazhi.organization;

import java.util.List;

import org.fazhi.shared.DemoSeeder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo district and towns. The credit codes are made up for the demo (valid check characters, not real
 * registrations): 含谷镇 115001070093712808, 金凤镇 115001070093712995.
 */
@Component
@Profile("demo")
class OrganizationDemo implements DemoSeeder {

	static final String DISTRICT_CODE = "11500000MB16008710";

	static final String HANGU_CODE = "115001070093712808";

	static final String JINFENG_CODE = "115001070093712995";

	private final OrganizationService organization;

	OrganizationDemo(OrganizationService organization) {
		this.organization = organization;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void seed() {
		OrgSummary district = organization.createDistrict("重庆高新区", "重庆高新区管委会", DISTRICT_CODE);
		OrgSummary hangu = organization.createTown(district.id(), "含谷镇", "重庆高新区含谷镇人民政府", HANGU_CODE);
		organization.describeSite(hangu.id(), new SiteDetails("重庆高新区含谷镇人民政府", "5001070049", "渝ICP备05003300号",
				"渝公网安备50010702500001号", "重庆高新区含谷镇含谷街1号", "023-65790000"));
		for (String v : List.of("含谷村", "白马村", "鹿角村", "寨山坪村", "宝林村", "新店村", "团结村", "青龙村")) {
			organization.addVillage(hangu.id(), v, Village.Kind.VILLAGE);
		}
		for (String c : List.of("含谷社区", "华岩新城社区", "高庙社区")) {
			organization.addVillage(hangu.id(), c, Village.Kind.COMMUNITY);
		}
		for (String d : List.of("党政办公室", "司法所", "综合行政执法大队", "信访办", "财政办", "社会事务办", "规划建设管理环保办")) {
			organization.addDepartment(hangu.id(), d);
		}
		OrgSummary jinfeng = organization.createTown(district.id(), "金凤镇", "重庆高新区金凤镇人民政府", JINFENG_CODE);
		organization.addVillage(jinfeng.id(), "金凤村", Village.Kind.VILLAGE);
		organization.addVillage(jinfeng.id(), "凤凰社区", Village.Kind.COMMUNITY);
		organization.addDepartment(jinfeng.id(), "党政办公室");
	}
}
