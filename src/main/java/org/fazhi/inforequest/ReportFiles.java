package org.fazhi.inforequest;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.shared.office.Spreadsheets;
import org.fazhi.shared.office.WordDocument;

/**
 * The annual report's tables as files. The .xlsx holds table 三 with one label column per template level (so it
 * re-reads cleanly); the .docx holds 二, 三 and 四 in a simple grid — the template's merged header cells are spelled
 * out as a caption line, as {@link WordDocument#table} draws a single header row.
 */
public final class ReportFiles {

	private ReportFiles() {
	}

	public static byte[] xlsx(RequestTable t) {
		List<String> headers = new ArrayList<>(List.of("项目", "分类", "情形"));
		headers.addAll(RequestTable.COLUMNS);
		List<List<?>> rows = new ArrayList<>();
		for (RequestTable.Row r : t.rows()) {
			List<Object> row = new ArrayList<>(List.of(r.level1(), r.level2(), r.level3()));
			for (int v : r.values()) {
				row.add(v);
			}
			rows.add(row);
		}
		return Spreadsheets.write("收到和处理政府信息公开申请情况", headers, rows);
	}

	public static byte[] docx(String organ, RequestTable t, ManualTables m) {
		WordDocument doc = new WordDocument().title(organ + t.year() + "年政府信息公开工作年度报告（表格部分）");
		doc.heading("二、主动公开政府信息情况");
		doc.paragraph("（本表数据为手工填报）");
		for (ManualTables.SubTable sub : ManualTables.TABLE_TWO) {
			doc.line(sub.item());
			List<String> headers = new ArrayList<>(List.of("信息内容"));
			headers.addAll(sub.columns());
			List<List<String>> rows = new ArrayList<>();
			for (ManualTables.SubRow r : sub.rows()) {
				List<String> row = new ArrayList<>(List.of(r.label()));
				r.keys().forEach(k -> row.add(m.text(k)));
				rows.add(row);
			}
			doc.table(headers, rows);
		}
		doc.heading("三、收到和处理政府信息公开申请情况");
		doc.paragraph(RequestTable.CAPTION + " 申请人情况：自然人；法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）；总计。");
		List<String> headers = new ArrayList<>(List.of("项目"));
		headers.addAll(RequestTable.COLUMNS);
		List<List<String>> rows = new ArrayList<>();
		for (RequestTable.Row r : t.rows()) {
			List<String> row = new ArrayList<>(List.of(r.label()));
			for (int v : r.values()) {
				row.add(Integer.toString(v));
			}
			rows.add(row);
		}
		doc.table(headers, rows);
		doc.heading("四、政府信息公开行政复议、行政诉讼情况");
		doc.paragraph("（本表数据为手工填报）");
		List<String> four = new ArrayList<>();
		for (String g : ManualTables.FOUR_GROUPS) {
			for (String c : ManualTables.FOUR_COLUMNS) {
				four.add(("行政复议".equals(g) ? g : "行政诉讼·" + g) + "·" + c);
			}
		}
		List<String> values = ManualTables.fourKeys().stream().map(m::text).toList();
		List<List<String>> fourRows = new ArrayList<>();
		for (int i = 0; i < four.size(); i++) {
			fourRows.add(List.of(four.get(i), values.get(i)));
		}
		doc.table(List.of("项目", "数量"), fourRows);
		return doc.toBytes();
	}
}
