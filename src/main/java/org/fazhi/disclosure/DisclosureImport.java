package org.fazhi.disclosure;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.office.Spreadsheets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of items already published elsewhere: one sheet row per item plus the uploaded files it names. Each
 * row is its own transaction, so a bad row imports nothing of itself (no document, no 索引号 taken) and the other
 * rows go in; the answer names every refused row by its number in Excel.
 */
@Component
public class DisclosureImport {

	public static final List<String> HEADERS = List.of("栏目", "标题", "发文字号", "主题分类", "体裁分类", "发布机构", "成文日期",
			"形成或变更日期", "发布日期", "活动日期", "逾期说明", "正文", "附件");

	public record RowError(int row, String message) {
	}

	public record Outcome(int imported, List<RowError> errors) {
	}

	private final DisclosureService disclosure;

	private final TransactionTemplate transactions;

	private final MessageSource messages;

	DisclosureImport(DisclosureService disclosure, TransactionTemplate transactions, MessageSource messages) {
		this.disclosure = disclosure;
		this.transactions = transactions;
		this.messages = messages;
	}

	public static byte[] template() {
		return Spreadsheets.write("公开信息", HEADERS, List.of(List.of("政务动态", "含谷镇召开安全生产工作会议", "无", "综合政务",
				"工作动态", "含谷镇", "2024-03-01", "2024-03-01", "2024-03-04", "", "", "3月1日，含谷镇召开安全生产工作会议……",
				"会议纪要.pdf")));
	}

	public Outcome importSheet(OrgId org, String actor, byte[] sheet, Map<String, byte[]> files) {
		List<Spreadsheets.SheetRow> rows = Spreadsheets.read(new ByteArrayInputStream(sheet), HEADERS);
		List<RowError> errors = new ArrayList<>();
		int imported = 0;
		Map<String, Long> columns = new java.util.HashMap<>();
		for (DisclosureColumn c : disclosure.columns(org)) {
			columns.put(c.name(), c.id());
			columns.put(c.code(), c.id());
		}
		for (Spreadsheets.SheetRow row : rows) {
			try {
				transactions.executeWithoutResult(tx -> importRow(org, actor, row, columns, files));
				imported++;
			}
			catch (RuleViolation e) {
				errors.add(new RowError(row.number(),
						messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), Locale.SIMPLIFIED_CHINESE)));
			}
		}
		return new Outcome(imported, errors);
	}

	private void importRow(OrgId org, String actor, Spreadsheets.SheetRow row, Map<String, Long> columns,
			Map<String, byte[]> files) {
		for (String required : List.of("栏目", "标题", "主题分类", "体裁分类", "发布机构", "成文日期", "发布日期", "正文")) {
			if (row.get(required).isEmpty()) {
				throw new RuleViolation("disclosure.import.required", required);
			}
		}
		Long column = columns.get(row.get("栏目"));
		if (column == null) {
			throw new RuleViolation("disclosure.import.column", row.get("栏目"));
		}
		LocalDate written = Spreadsheets.date(row.get("成文日期"));
		LocalDate formed = row.get("形成或变更日期").isEmpty() ? written : Spreadsheets.date(row.get("形成或变更日期"));
		LocalDate published = Spreadsheets.date(row.get("发布日期"));
		@Nullable LocalDate event = Spreadsheets.date(row.get("活动日期"));
		List<String> attachmentNames = row.get("附件").isEmpty() ? List.of()
				: List.of(row.get("附件").split("[；;]"));
		for (String name : attachmentNames) {
			if (!files.containsKey(name.strip())) {
				throw new RuleViolation("disclosure.import.file", name.strip());
			}
		}
		String body = row.get("正文");
		String html = body.startsWith("<") ? body : SafeHtml.fromPlainText(body);
		Document.Metadata m = new Document.Metadata(row.get("标题"), html, row.get("发文字号"), row.get("主题分类"),
				row.get("体裁分类"), row.get("发布机构"), written, formed, event, null);
		DisclosureService.Published p = disclosure.importDraftThenPublish(org, actor, column, m, published,
				row.get("逾期说明"), attachmentNames.stream().map(String::strip).toList(), files);
		p.document();
	}
}
