package org.fazhi.inforequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables 二 (主动公开) and 四 (复议、诉讼) of the 2021 template (legal-rules.md §12.2, §12.4), typed in until the
 * modules that hold the data report it. Labels are the template's.
 */
public record ManualTables(Map<String, BigDecimal> values) {

	/** A sub-table of 二: the 第二十条 item in its header row, the value columns, and rows of (label, cell keys). */
	public record SubTable(String item, List<String> columns, List<SubRow> rows) {
	}

	public record SubRow(String label, List<String> keys) {
	}

	public static final List<SubTable> TABLE_TWO = List.of(
			new SubTable("第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"),
					List.of(new SubRow("规章", List.of("t2_rules_issued", "t2_rules_repealed", "t2_rules_current")),
							new SubRow("行政规范性文件",
									List.of("t2_normative_issued", "t2_normative_repealed", "t2_normative_current")))),
			new SubTable("第二十条第（五）项", List.of("本年处理决定数量"),
					List.of(new SubRow("行政许可", List.of("t2_license")))),
			new SubTable("第二十条第（六）项", List.of("本年处理决定数量"),
					List.of(new SubRow("行政处罚", List.of("t2_penalty")), new SubRow("行政强制", List.of("t2_coercion")))),
			new SubTable("第二十条第（八）项", List.of("本年收费金额（单位：万元）"),
					List.of(new SubRow("行政事业性收费", List.of("t2_fee")))));

	public static final List<String> FOUR_GROUPS = List.of("行政复议", "未经复议直接起诉", "复议后起诉");

	public static final List<String> FOUR_COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

	private static final List<String> FOUR_PREFIXES = List.of("t4_review", "t4_direct", "t4_after");

	private static final List<String> FOUR_SUFFIXES = List.of("upheld", "corrected", "other", "pending", "total");

	/** Every key in display order. */
	public static List<String> keys() {
		List<String> keys = new ArrayList<>();
		TABLE_TWO.forEach(t -> t.rows().forEach(r -> keys.addAll(r.keys())));
		keys.addAll(fourKeys());
		return keys;
	}

	public static List<String> fourKeys() {
		List<String> keys = new ArrayList<>();
		for (String p : FOUR_PREFIXES) {
			for (String s : FOUR_SUFFIXES) {
				keys.add(p + "_" + s);
			}
		}
		return keys;
	}

	public static boolean isDecimal(String key) {
		return key.equals("t2_fee");
	}

	public BigDecimal value(String key) {
		return values.getOrDefault(key, BigDecimal.ZERO);
	}

	/** Text for a cell: blank when never typed in, so an empty report does not look like a reported zero. */
	public String text(String key) {
		BigDecimal v = values.get(key);
		return v == null ? "" : v.stripTrailingZeros().toPlainString();
	}

	/** Table 四's check: in each group 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (int g = 0; g < 3; g++) {
			String p = FOUR_PREFIXES.get(g);
			BigDecimal sum = value(p + "_upheld").add(value(p + "_corrected")).add(value(p + "_other"))
				.add(value(p + "_pending"));
			if (sum.compareTo(value(p + "_total")) != 0) {
				problems.add("表四 " + FOUR_GROUPS.get(g) + "：总计 " + text(p + "_total") + " 不等于各项之和 "
						+ sum.toPlainString());
			}
		}
		return problems;
	}

	static ManualTables of(Map<String, BigDecimal> values) {
		return new ManualTables(new LinkedHashMap<>(values));
	}
}
