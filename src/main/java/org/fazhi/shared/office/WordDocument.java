package org.fazhi.shared.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A letter or notice in the layout of 党政机关公文格式 (GB/T 9704-2012): title in 方正小标宋简体 二号 (22 pt), body in
 * 仿宋_GB2312 三号 (16 pt) with a two-character first-line indent, headings in 黑体. The fonts are named; the
 * reader's Word substitutes when they are missing.
 */
public final class WordDocument {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String TITLE_FONT = "方正小标宋简体";

	private static final String BODY_FONT = "仿宋_GB2312";

	private static final String HEADING_FONT = "黑体";

	private final XWPFDocument doc = new XWPFDocument();

	public WordDocument title(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(400);
		run(p, text, TITLE_FONT, 22, false);
		return this;
	}

	/** A document number line (文号), centred under the title. */
	public WordDocument number(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		run(p, text, BODY_FONT, 16, false);
		return this;
	}

	public WordDocument heading(String text) {
		XWPFParagraph p = doc.createParagraph();
		run(p, text, HEADING_FONT, 16, false);
		return this;
	}

	/** A salutation or other line without indent (e.g. "张三："). */
	public WordDocument line(String text) {
		XWPFParagraph p = doc.createParagraph();
		run(p, text, BODY_FONT, 16, false);
		return this;
	}

	public WordDocument paragraph(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setFirstLineIndent(640); // two characters of 16 pt, in twentieths of a point
		p.setSpacingBetween(1.5);
		run(p, text, BODY_FONT, 16, false);
		return this;
	}

	public WordDocument table(List<String> headers, List<List<String>> rows) {
		XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
		fill(table.getRow(0), headers, true);
		for (int i = 0; i < rows.size(); i++) {
			fill(table.getRow(i + 1), rows.get(i), false);
		}
		return this;
	}

	/** The issuing organ and date, right-aligned, as at the end of an official letter. */
	public WordDocument signature(String organ, LocalDate date) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.RIGHT);
		p.setSpacingBefore(600);
		run(p, organ, BODY_FONT, 16, false);
		XWPFParagraph d = doc.createParagraph();
		d.setAlignment(ParagraphAlignment.RIGHT);
		run(d, date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日", BODY_FONT, 16, false);
		return this;
	}

	public byte[] toBytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.write(out);
			doc.close();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot write document", e);
		}
	}

	private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
		for (int i = 0; i < values.size(); i++) {
			XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
			run(p, values.get(i), BODY_FONT, 12, bold);
		}
	}

	private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
		String[] lines = text.split("\n", -1);
		XWPFRun run = p.createRun();
		run.setFontFamily(font, FontCharRange.eastAsia);
		run.setFontFamily("Times New Roman", FontCharRange.ascii);
		run.setFontSize(size);
		run.setBold(bold);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
	}
}
