package org.fazhi.inforequest;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.shared.OrgId;

/**
 * Table 三 of the 2021 annual-report template (国办公开办函〔2021〕30号; legal-rules.md §12.3): 25 rows × 7 columns,
 * labels byte-exact. Each request counts once, in its applicant's column; a result counts in the year it is given;
 * a request unanswered on 31 December is 结转 that year and 上年结转 the next.
 */
public record RequestTable(OrgId org, int year, List<Row> rows) {

	public static final String CAPTION = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

	public static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
			"总计");

	/** One row: its three label levels (blank where the template merges cells) and the 7 figures. */
	public record Row(String key, String level1, String level2, String level3, int[] values) {

		public int total() {
			return values[6];
		}

		public int value(int column) {
			return values[column];
		}

		/** Label as one line, e.g. "三、本年度办理结果（三）不予公开 1.属于国家秘密". */
		public String label() {
			return (level1 + level2 + (level3.isEmpty() ? "" : " " + level3)).strip();
		}
	}

	static RequestTable of(OrgId org, int year, List<InfoRequest> touching) {
		java.time.LocalDate first = java.time.LocalDate.of(year, 1, 1);
		java.time.LocalDate last = java.time.LocalDate.of(year, 12, 31);
		int[] received = new int[7];
		int[] carriedIn = new int[7];
		int[] carriedOut = new int[7];
		int[][] results = new int[ReplyResult.values().length][7];
		for (InfoRequest r : touching) {
			int c = r.applicantType().ordinal();
			if (r.receivedOn().getYear() == year) {
				add(received, c);
			}
			if (r.openAt(first.minusDays(1))) {
				add(carriedIn, c);
			}
			if (r.result() != null && r.repliedOn() != null && r.repliedOn().getYear() == year) {
				add(results[r.result().ordinal()], c);
			}
			if (r.openAt(last)) {
				add(carriedOut, c);
			}
		}
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("new_received", "一、本年新收政府信息公开申请数量", "", "", received));
		rows.add(new Row("carried_in", "二、上年结转政府信息公开申请数量", "", "", carriedIn));
		int[] total = new int[7];
		for (ReplyResult result : ReplyResult.values()) {
			int[] v = results[result.ordinal()];
			boolean firstOfGroup = result.ordinal() == 0
					|| ReplyResult.values()[result.ordinal() - 1].group() != result.group();
			rows.add(new Row("r_" + result.name().toLowerCase(), result.ordinal() == 0 ? "三、本年度办理结果" : "",
					firstOfGroup ? result.group().rowLabel() : "", result.itemLabel(), v));
			for (int i = 0; i < 7; i++) {
				total[i] += v[i];
			}
		}
		rows.add(new Row("r_total", "", "（七）总计", "", total));
		rows.add(new Row("carried_out", "四、结转下年度继续办理", "", "", carriedOut));
		return new RequestTable(org, year, List.copyOf(rows));
	}

	private static void add(int[] row, int column) {
		row[column]++;
		row[6]++;
	}

	public Row row(String key) {
		return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
	}

	/**
	 * The template's checks (legal-rules.md §12.3): 总计 is the sum of the six columns in every row; （七）总计 is the sum
	 * of the result rows; 第一项 + 第二项 = 第三项 + 第四项 in every column. Empty when all hold.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		for (Row r : rows) {
			int sum = 0;
			for (int i = 0; i < 6; i++) {
				sum += r.values()[i];
			}
			if (sum != r.total()) {
				problems.add(r.label() + "：总计 " + r.total() + " 不等于各列之和 " + sum);
			}
		}
		for (int c = 0; c < 7; c++) {
			int results = 0;
			for (Row r : rows) {
				if (r.key().startsWith("r_") && !r.key().equals("r_total")) {
					results += r.value(c);
				}
			}
			if (results != row("r_total").value(c)) {
				problems.add(COLUMNS.get(c) + "列：（七）总计不等于各办理结果之和");
			}
			if (row("new_received").value(c) + row("carried_in").value(c) != row("r_total").value(c)
					+ row("carried_out").value(c)) {
				problems.add(COLUMNS.get(c) + "列：第一项加第二项之和不等于第三项加第四项之和");
			}
		}
		return problems;
	}
}
