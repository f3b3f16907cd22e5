package org.fazhi.disclosure;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The defaults every town starts with. Columns follow the 法定主动公开内容 of the OGI Regulations (Art. 20 items as
 * cited in legal-rules.md §2.2, the guide Art. 12, the annual report Arts. 49–50) plus the 法治政府建设年度报告
 * (督察工作规定 Art. 24). The idle thresholds are the practice values in legal-rules.md §11 (动态 2 weeks,
 * 通知公告/政策 6 months); each town can change them.
 */
public final class Catalog {

	private Catalog() {
	}

	public record ColumnDefault(String code, String name, @Nullable String legalItem, ColumnCategory category,
			int idleDays) {
	}

	public static final List<ColumnDefault> COLUMNS = List.of(
			new ColumnDefault("jgzn", "机构职能", "《政府信息公开条例》第二十条第（二）项", ColumnCategory.OTHER, 365),
			new ColumnDefault("zcwj", "政策文件", "《政府信息公开条例》第二十条第（一）项", ColumnCategory.POLICY, 180),
			new ColumnDefault("ghjh", "规划计划", "《政府信息公开条例》第二十条第（三）项", ColumnCategory.SERVICE, 180),
			new ColumnDefault("czyjs", "财政预决算", "《政府信息公开条例》第二十条第（七）项", ColumnCategory.BUDGET, 180),
			new ColumnDefault("shjz", "社会救助", "《政府信息公开条例》第二十条第（十一）项、第二十一条", ColumnCategory.SERVICE, 90),
			new ColumnDefault("ggfw", "公共服务", "《政府信息公开条例》第二十条第（五）项、第（十一）项（含文化服务）",
					ColumnCategory.SERVICE, 30),
			new ColumnDefault("xzzf", "行政执法", "《政府信息公开条例》第二十条第（六）项", ColumnCategory.SERVICE, 90),
			new ColumnDefault("zwdt", "政务动态", null, ColumnCategory.NEWS, 14),
			new ColumnDefault("gkzn", "政府信息公开指南", "《政府信息公开条例》第十二条", ColumnCategory.OTHER, 365),
			new ColumnDefault("gknb", "政府信息公开年报", "《政府信息公开条例》第四十九条、第五十条", ColumnCategory.OTHER, 400),
			new ColumnDefault("fzbg", "法治政府建设年度报告", "《法治政府建设与责任落实督察工作规定》第二十四条、第二十五条",
					ColumnCategory.OTHER, 400));

	/** 主题分类: the 国务院公文主题分类 first-level headings commonly used on government portals; editable. */
	public static final List<String> THEMES = List.of("综合政务", "国民经济管理、国有资产监管", "财政、金融、审计",
			"国土资源、能源", "农业、林业、水利", "工业、交通", "商贸、海关、旅游", "市场监管、安全生产监管", "城乡建设、环境保护",
			"科技、教育", "文化、广电、新闻出版", "卫生、体育", "人口与计划生育、妇女儿童工作", "劳动、人事、监察", "公安、安全、司法",
			"民政、扶贫、救灾", "民族、宗教", "其他");

	/** 体裁分类: the 党政机关公文 kinds (GB/T 9704 practice) plus what portals publish besides; editable. */
	public static final List<String> GENRES = List.of("通知", "通告", "公告", "意见", "决定", "办法", "方案", "规划", "报告",
			"批复", "函", "纪要", "公示", "解读", "工作动态", "其他");
}
