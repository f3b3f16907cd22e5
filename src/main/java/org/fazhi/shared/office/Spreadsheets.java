package org.fazhi.shared.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Ledgers as .xlsx: one header row, one record per row. Dates are written as ISO text (yyyy-MM-dd) so that the
 * same file imports back unchanged; reading accepts real date cells too. Reading reports rows by their number in
 * the sheet, so a row-level error message can name the line the user sees in Excel.
 */
public final class Spreadsheets {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int MAX_ROWS = 100_000;

	private Spreadsheets() {
	}

	/** A row read from a sheet: its 1-based number in Excel and its values by header. */
	public record SheetRow(int number, Map<String, String> values) {

		public String get(String header) {
			String v = values.get(header);
			return v == null ? "" : v.trim();
		}

		public boolean isBlank() {
			return values.values().stream().allMatch(v -> v == null || v.isBlank());
		}
	}

	/** A sheet without a title row: the header is row 1 (import templates and files written by tests). */
	public static byte[] write(String sheetName, List<String> headers, List<? extends List<?>> rows) {
		return layout(null, sheetName, headers, rows);
	}

	/**
	 * The one layout of every exported ledger: a bold title row, the header row below it, panes frozen below the
	 * header, and print setup (A4 landscape, fit to one page wide, title and header repeated on every page, 1.5 cm
	 * margins) so that the printed ledger can be filed as it comes out. {@link #read} finds the header below the
	 * title, so an exported ledger imports back unchanged.
	 */
	public static byte[] ledger(String title, String sheetName, List<String> headers, List<? extends List<?>> rows) {
		return layout(title, sheetName, headers, rows);
	}

	private static byte[] layout(@Nullable String title, String sheetName, List<String> headers,
			List<? extends List<?>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle head = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			head.setFont(bold);
			int r = 0;
			if (title != null) {
				CellStyle titleStyle = workbook.createCellStyle();
				Font big = workbook.createFont();
				big.setBold(true);
				big.setFontHeightInPoints((short) 14);
				titleStyle.setFont(big);
				Cell t = sheet.createRow(r++).createCell(0);
				t.setCellValue(title);
				t.setCellStyle(titleStyle);
			}
			int headerRow = r;
			Row header = sheet.createRow(r++);
			for (int i = 0; i < headers.size(); i++) {
				Cell c = header.createCell(i);
				c.setCellValue(headers.get(i));
				c.setCellStyle(head);
				sheet.setColumnWidth(i, Math.max(10, headers.get(i).length() * 2 + 4) * 256);
			}
			for (List<?> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					Object v = values.get(i);
					Cell c = row.createCell(i);
					if (v instanceof Number n) {
						c.setCellValue(n.doubleValue());
					}
					else if (v != null) {
						c.setCellValue(v.toString());
					}
				}
			}
			sheet.createFreezePane(0, headerRow + 1);
			printSetup(sheet, headerRow);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot write spreadsheet", e);
		}
	}

	private static void printSetup(Sheet sheet, int headerRow) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		// 0 pages high: as many pages as the rows need, only the width is fitted.
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
		double cm = 1 / 2.54;
		sheet.setMargin(PageMargin.LEFT, 1.5 * cm);
		sheet.setMargin(PageMargin.RIGHT, 1.5 * cm);
		sheet.setMargin(PageMargin.TOP, 1.5 * cm);
		sheet.setMargin(PageMargin.BOTTOM, 1.5 * cm);
	}

	/**
	 * Reads the first sheet. Every expected header must be present (in any order); a file that is not an .xlsx
	 * workbook, or lacks a header, is refused as a whole with a message naming what is wrong.
	 */
	public static List<SheetRow> read(InputStream in, List<String> expectedHeaders) {
		ZipSecureFile.setMinInflateRatio(0.005);
		try (Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			Row header = headerRow(sheet, expectedHeaders, formatter);
			if (header == null) {
				throw new RuleViolation("office.sheet.empty");
			}
			Map<String, Integer> columns = new LinkedHashMap<>();
			for (Cell c : header) {
				columns.put(formatter.formatCellValue(c).trim(), c.getColumnIndex());
			}
			for (String expected : expectedHeaders) {
				if (!columns.containsKey(expected)) {
					throw new RuleViolation("office.sheet.missing-column", expected);
				}
			}
			List<SheetRow> rows = new ArrayList<>();
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				if (rows.size() >= MAX_ROWS) {
					throw new RuleViolation("office.sheet.too-many", MAX_ROWS);
				}
				Row row = sheet.getRow(r);
				Map<String, String> values = new LinkedHashMap<>();
				for (var e : columns.entrySet()) {
					values.put(e.getKey(), text(row == null ? null : row.getCell(e.getValue()), formatter));
				}
				SheetRow sr = new SheetRow(r + 1, values);
				if (!sr.isBlank()) {
					rows.add(sr);
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolation rv) {
				throw rv;
			}
			throw new RuleViolation("office.sheet.unreadable");
		}
	}

	/**
	 * The header is the first of the top rows that holds the first expected header, so a ledger's title row is
	 * skipped; without such a row the first row is taken, and the missing column is reported by name.
	 */
	private static @Nullable Row headerRow(Sheet sheet, List<String> expectedHeaders, DataFormatter formatter) {
		int first = sheet.getFirstRowNum();
		for (int r = first; r <= Math.min(sheet.getLastRowNum(), first + 4) && !expectedHeaders.isEmpty(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell c : row) {
				if (formatter.formatCellValue(c).trim().equals(expectedHeaders.get(0))) {
					return row;
				}
			}
		}
		return sheet.getRow(first);
	}

	private static String text(@Nullable Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime t = cell.getLocalDateTimeCellValue();
			return t == null ? "" : t.toLocalDate().toString();
		}
		return formatter.formatCellValue(cell).trim();
	}

	/** Parses an ISO date or the Chinese form 2024年3月28日; empty for blank; a bad date is a rule violation. */
	public static @Nullable LocalDate date(String text) {
		String t = text.trim();
		if (t.isEmpty()) {
			return null;
		}
		try {
			if (t.contains("年")) {
				String[] p = t.replace("日", "").split("[年月]");
				return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
			}
			return LocalDate.parse(t.replace('/', '-').length() == 10 ? t.replace('/', '-') : t);
		}
		catch (RuntimeException e) {
			throw new RuleViolation("office.sheet.date", t);
		}
	}
}
