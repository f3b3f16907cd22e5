package org.fazhi.inforequest.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fazhi.shared.shell.Today;
import org.fazhi.inforequest.InfoRequestReports;
import org.fazhi.inforequest.ManualTables;
import org.fazhi.inforequest.ReportFiles;
import org.fazhi.inforequest.RequestTable;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.fazhi.shared.office.Spreadsheets;
import org.fazhi.shared.office.WordDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 政府信息公开工作年度报告 tables of a year: page, typed-in figures, .xlsx and .docx. */
@Controller
@RequestMapping("/console/inforequests/report")
class InfoRequestReportController {

	private static final int FIRST_YEAR = 2019;

	private final InfoRequestReports reports;

	private final OrganizationService organization;

	private final MessageSource messages;

	private final Today today;

	InfoRequestReportController(InfoRequestReports reports, OrganizationService organization,
			MessageSource messages, Today today) {
		this.today = today;
		this.reports = reports;
		this.organization = organization;
		this.messages = messages;
	}

	/** A label cell of table 三 with the template's merging. */
	record LabelCell(String text, int rowspan, int colspan) {
	}

	record DisplayRow(List<LabelCell> labels, int[] values) {
	}

	/** Table 三's body with the template's merged label cells: 三 over 22 rows, each group over its items. */
	static List<DisplayRow> display(RequestTable t) {
		List<DisplayRow> out = new ArrayList<>();
		List<RequestTable.Row> rows = t.rows();
		for (int i = 0; i < rows.size(); i++) {
			RequestTable.Row r = rows.get(i);
			List<LabelCell> labels = new ArrayList<>();
			boolean result = r.key().startsWith("r_");
			if (!result) {
				labels.add(new LabelCell(r.level1(), 1, 3));
			}
			else {
				if (!r.level1().isEmpty()) {
					labels.add(new LabelCell(r.level1(), 22, 1));
				}
				if (!r.level2().isEmpty()) {
					int span = 1;
					while (i + span < rows.size() && rows.get(i + span).key().startsWith("r_")
							&& rows.get(i + span).level2().isEmpty()) {
						span++;
					}
					labels.add(new LabelCell(r.level2(), span, r.level3().isEmpty() ? 2 : 1));
				}
				if (!r.level3().isEmpty()) {
					labels.add(new LabelCell(r.level3(), 1, 1));
				}
			}
			out.add(new DisplayRow(labels, r.values()));
		}
		return out;
	}

	@GetMapping
	@PreAuthorize("hasAnyAuthority('inforequest:handle', 'report:read', 'district:read')")
	String page(@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable Long org,
			@AuthenticationPrincipal Staff user, Model model) {
		int y = year(year);
		OrgId scope = scope(org, user);
		RequestTable three = reports.requestTable(scope, y);
		ManualTables manual = reports.manual(scope, y);
		List<String> problems = new ArrayList<>(reports.problems(three, manual));
		if (three.row("carried_in").total() != reports.requestTable(scope, y - 1).row("carried_out").total()) {
			problems.add("本年“上年结转”与上年“结转下年度继续办理”不一致");
		}
		model.addAttribute("year", y);
		model.addAttribute("years", java.util.stream.IntStream.rangeClosed(FIRST_YEAR, today.year())
			.boxed().sorted(java.util.Comparator.reverseOrder()).toList());
		model.addAttribute("scope", organization.org(scope));
		model.addAttribute("orgs", user.readableOrgs().stream().map(organization::org).toList());
		model.addAttribute("three", three);
		model.addAttribute("threeRows", display(three));
		model.addAttribute("caption", RequestTable.CAPTION);
		model.addAttribute("manual", manual);
		model.addAttribute("tableTwo", ManualTables.TABLE_TWO);
		model.addAttribute("fourGroups", ManualTables.FOUR_GROUPS);
		model.addAttribute("fourColumns", ManualTables.FOUR_COLUMNS);
		model.addAttribute("fourKeys", ManualTables.fourKeys());
		model.addAttribute("problems", problems);
		model.addAttribute("canEdit", user.can("inforequest:handle") && scope.equals(user.org()));
		return "inforequest/console/report";
	}

	@PostMapping("/{year}/manual")
	@PreAuthorize("hasAuthority('inforequest:handle')")
	String save(@PathVariable int year, @RequestParam Map<String, String> form, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		int y = year(year);
		try {
			reports.saveManual(user, y, form);
			redirect.addFlashAttribute("notice", "手工填报数据已保存。");
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem",
					e.text(messages));
		}
		return "redirect:/console/inforequests/report?year=" + y;
	}

	@GetMapping("/{year}.xlsx")
	@PreAuthorize("hasAnyAuthority('inforequest:handle', 'report:read', 'district:read')")
	ResponseEntity<byte[]> xlsx(@PathVariable int year, @RequestParam(required = false) @Nullable Long org,
			@AuthenticationPrincipal Staff user) {
		int y = year(year);
		OrgId scope = scope(org, user);
		return InfoRequestConsoleController.download(ReportFiles.xlsx(reports.requestTable(scope, y)),
				organization.org(scope).name() + y + "年政府信息公开申请情况.xlsx", Spreadsheets.CONTENT_TYPE);
	}

	@GetMapping("/{year}.docx")
	@PreAuthorize("hasAnyAuthority('inforequest:handle', 'report:read', 'district:read')")
	ResponseEntity<byte[]> docx(@PathVariable int year, @RequestParam(required = false) @Nullable Long org,
			@AuthenticationPrincipal Staff user) {
		int y = year(year);
		OrgId scope = scope(org, user);
		byte[] docx = ReportFiles.docx(organization.org(scope).fullName(), reports.requestTable(scope, y),
				reports.manual(scope, y));
		return InfoRequestConsoleController.download(docx, organization.org(scope).name() + y + "年政府信息公开年度报告表格.docx",
				WordDocument.CONTENT_TYPE);
	}

	private int year(@Nullable Integer year) {
		int now = today.year();
		return year == null || year < FIRST_YEAR || year > now ? now - 1 : year;
	}

	private static OrgId scope(@Nullable Long org, Staff user) {
		return org != null && user.canRead(OrgId.of(org)) ? OrgId.of(org) : user.org();
	}
}
