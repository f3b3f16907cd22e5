package org.fazhi.disclosure.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.fazhi.shared.shell.Today;
import org.fazhi.calendar.ClockId;
import org.fazhi.calendar.ClockView;
import org.fazhi.calendar.DeadlineClocks;
import org.fazhi.disclosure.ColumnCategory;
import org.fazhi.disclosure.DisclosureColumn;
import org.fazhi.disclosure.DisclosureImport;
import org.fazhi.disclosure.DisclosureInspection;
import org.fazhi.disclosure.DisclosureSearch;
import org.fazhi.disclosure.DisclosureService;
import org.fazhi.disclosure.Document;
import org.fazhi.disclosure.DocumentFilter;
import org.fazhi.disclosure.DocumentStatus;
import org.fazhi.disclosure.TermKind;
import org.fazhi.disclosure.Validity;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Staff;
import org.fazhi.shared.office.Spreadsheets;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The disclosure officer's console: list and filter, draft, 保密审查, publish, update, withdraw, 有效性; the due
 * list; Excel export and import; the portal self-inspection; catalog settings. Records of another town are 404
 * (the service looks them up by the user's org).
 */
@Controller
@RequestMapping("/console/disclosure")
class DisclosureConsoleController {

	private static final String ANY = "hasAnyAuthority('disclosure:edit', 'disclosure:review')";

	private final DisclosureService disclosure;

	private final DisclosureInspection inspection;

	private final DisclosureImport importer;

	private final DisclosureSearch search;

	private final DeadlineClocks clocks;

	private final org.fazhi.disclosure.DisclosureStatistics statistics;

	private final MessageSource messages;

	private final Today today;

	DisclosureConsoleController(DisclosureService disclosure, DisclosureInspection inspection,
			DisclosureImport importer, DisclosureSearch search, DeadlineClocks clocks,
			org.fazhi.disclosure.DisclosureStatistics statistics, MessageSource messages, Today today) {
		this.today = today;
		this.statistics = statistics;
		this.disclosure = disclosure;
		this.inspection = inspection;
		this.importer = importer;
		this.search = search;
		this.clocks = clocks;
		this.messages = messages;
	}

	// ------------------------------------------------------------------ list, due list, export

	@GetMapping
	@PreAuthorize(ANY)
	String list(@ModelAttribute("filter") DocumentFilter filter, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal Staff user, Model model) {
		List<DisclosureColumn> columns = disclosure.ensureCatalog(user.org());
		var items = disclosure.list(user.org(), filter, Math.max(1, page) - 1, 30);
		model.addAttribute("items", items);
		model.addAttribute("columns", columns);
		model.addAttribute("columnNames", names(columns));
		model.addAttribute("statuses", DocumentStatus.values());
		List<Document> pending = disclosure.pending(user.org());
		Map<Long, ClockView> due = new HashMap<>();
		for (Document d : pending) {
			if (d.clockId() != null) {
				due.put(d.id(), clocks.view(new ClockId(d.clockId())));
			}
		}
		model.addAttribute("pending", pending);
		model.addAttribute("due", due);
		return "disclosure/console/list";
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize(ANY)
	ResponseEntity<byte[]> export(@ModelAttribute("filter") DocumentFilter filter, @AuthenticationPrincipal Staff user) {
		Map<Long, String> names = names(disclosure.columns(user.org()));
		List<List<?>> rows = new ArrayList<>();
		for (Document d : disclosure.listAll(user.org(), filter)) {
			rows.add(List.of(nz(d.indexNumber()), d.title(), names.getOrDefault(d.columnId(), ""), d.docNumber(),
					d.theme(), d.genre(), d.publisher(), d.validity().label(), d.writtenOn().toString(),
					d.formedOn().toString(), d.dueOn() == null ? "" : d.dueOn().toString(),
					d.publishedOn() == null ? "" : d.publishedOn().toString(), d.late() ? "是" : "否",
					nz(d.lateReason()), d.status().label()));
		}
		byte[] xlsx = Spreadsheets.ledger("主动公开政府信息台账", "公开信息", List.of("索引号", "标题", "栏目", "发文字号", "主题分类", "体裁分类", "发布机构",
				"有效性", "成文日期", "形成或变更日期", "法定公开期限", "发布日期", "逾期", "逾期说明", "状态"), rows);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Spreadsheets.CONTENT_TYPE))
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename("主动公开信息.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(xlsx);
	}

	// ------------------------------------------------------------------ create, edit

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String newForm(@AuthenticationPrincipal Staff user, Model model) {
		disclosure.ensureCatalog(user.org());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", DocumentForm.empty(user.orgName()));
		}
		return form(user, model, null);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String create(@Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
			@AuthenticationPrincipal Staff user, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Document d = disclosure.create(user.org(), user.username(), form.columnId(), form.metadata());
				redirect.addFlashAttribute("notice", "草稿已保存。法定公开期限：" + date(d) + "。");
				return "redirect:/console/disclosure/" + d.id();
			}
			catch (RuleViolation e) {
				errors.reject(e.messageKey(), e.arguments(), e.messageKey());
			}
		}
		return form(user, model, null);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String editForm(@PathVariable long id, @AuthenticationPrincipal Staff user, Model model) {
		Document d = disclosure.document(user.org(), id);
		model.addAttribute("form", DocumentForm.of(d));
		return form(user, model, d);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
			@AuthenticationPrincipal Staff user, Model model, RedirectAttributes redirect) {
		Document d = disclosure.document(user.org(), id);
		if (!errors.hasErrors()) {
			try {
				if (d.status() == DocumentStatus.PUBLISHED) {
					Document draft = disclosure.revise(user.org(), user.username(), id, form.metadata(), nz(form.reason()));
					redirect.addFlashAttribute("notice", "已生成更新稿。更新稿经保密审查并发布后替换已发布的版本，此前原版本继续公开。");
					return "redirect:/console/disclosure/" + draft.id();
				}
				else {
					disclosure.edit(user.org(), user.username(), id, form.metadata());
					redirect.addFlashAttribute("notice", "草稿已保存。");
				}
				return "redirect:/console/disclosure/" + id;
			}
			catch (RuleViolation e) {
				errors.reject(e.messageKey(), e.arguments(), e.messageKey());
			}
		}
		return form(user, model, d);
	}

	private String form(Staff user, Model model, @Nullable Document doc) {
		model.addAttribute("doc", doc);
		model.addAttribute("columns", disclosure.columns(user.org()));
		model.addAttribute("themes", disclosure.terms(user.org(), TermKind.THEME));
		model.addAttribute("genres", disclosure.terms(user.org(), TermKind.GENRE));
		model.addAttribute("policies", disclosure.list(user.org(),
				new DocumentFilter(null, disclosure.column(user.org(), "zcwj").id(), DocumentStatus.PUBLISHED, null, null),
				0, 200).getContent());
		return "disclosure/console/form";
	}

	// ------------------------------------------------------------------ record page and workflow

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('disclosure:edit', 'disclosure:review', 'leader:approve')")
	String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unmask,
			@AuthenticationPrincipal Staff user, Model model) {
		Document d = disclosure.document(user.org(), id);
		boolean reveal = unmask && user.can("disclosure:review");
		model.addAttribute("doc", d);
		model.addAttribute("body", disclosure.consoleBody(user.org(), id, reveal));
		model.addAttribute("unmasked", reveal);
		model.addAttribute("column", disclosure.column(user.org(), d.columnId()));
		model.addAttribute("files", disclosure.files(id));
		model.addAttribute("hits", disclosure.hits(id));
		model.addAttribute("versions", disclosure.versions(id));
		model.addAttribute("openRevisions", disclosure.openRevisions(id));
		model.addAttribute("clock", d.clockId() == null ? null : clocks.view(new ClockId(d.clockId())));
		model.addAttribute("interpretations", disclosure.interpretations(id));
		model.addAttribute("validities", Validity.values());
		model.addAttribute("isAuthor", d.author().equals(user.username()));
		model.addAttribute("lateNow", d.dueOn() != null && disclosure.todayIsAfter(d.dueOn()));
		model.addAttribute("leadDays", disclosure.eventLeadDays());
		return "disclosure/console/show";
	}

	@PostMapping("/{id}/files")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String upload(@PathVariable long id, @RequestParam("file") @Nullable MultipartFile file,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(redirect, id, "附件已上传。", () -> {
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("disclosure.form.file");
			}
			try {
				disclosure.attach(user.org(), user.username(), id, nz(file.getOriginalFilename()), file.getBytes());
			}
			catch (IOException e) {
				throw new RuleViolation("disclosure.form.file");
			}
		});
	}

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String submit(@PathVariable long id, @AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(redirect, id, "已提交保密审查。", () -> disclosure.submit(user.org(), user.username(), id));
	}

	@PostMapping("/{id}/hits/{hit}/redact")
	@PreAuthorize("hasAuthority('disclosure:review')")
	String redact(@PathVariable long id, @PathVariable long hit, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return act(redirect, id, "已遮蔽。", () -> disclosure.redact(user.org(), user.username(), id, hit));
	}

	@PostMapping("/{id}/hits/{hit}/keep")
	@PreAuthorize("hasAuthority('disclosure:review')")
	String keep(@PathVariable long id, @PathVariable long hit, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(redirect, id, "已记录保留理由。", () -> disclosure.keep(user.org(), user.username(), id, hit, reason));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAuthority('disclosure:review')")
	String approve(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(redirect, id, "保密审查已通过。", () -> disclosure.approve(user.org(), user.username(), id, note));
	}

	@PostMapping("/{id}/send-back")
	@PreAuthorize("hasAuthority('disclosure:review')")
	String sendBack(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(redirect, id, "已退回修改。", () -> disclosure.sendBack(user.org(), user.username(), id, note));
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String publish(@PathVariable long id, @RequestParam(defaultValue = "") String lateReason,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		try {
			var p = disclosure.publish(user.org(), user.username(), id, lateReason);
			redirect.addFlashAttribute("notice", "已发布，索引号 " + p.document().indexNumber() + "。"
					+ String.join("", p.warnings()));
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.text(messages));
		}
		return "redirect:/console/disclosure/" + id;
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(redirect, id, "已撤回。", () -> disclosure.withdraw(user.org(), user.username(), id, reason));
	}

	@PostMapping("/{id}/validity")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String validity(@PathVariable long id, @RequestParam Validity validity,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.@Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.@Nullable LocalDate until,
			@AuthenticationPrincipal Staff user, RedirectAttributes redirect) {
		return act(redirect, id, "有效性已变更。",
				() -> disclosure.changeValidity(user.org(), user.username(), id, validity, from, until));
	}

	// ------------------------------------------------------------------ import

	@GetMapping("/import")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String importForm(Model model) {
		model.addAttribute("headers", DisclosureImport.HEADERS);
		return "disclosure/console/import";
	}

	@GetMapping("/import/template.xlsx")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	ResponseEntity<byte[]> importTemplate() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(Spreadsheets.CONTENT_TYPE))
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename("主动公开信息导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(DisclosureImport.template());
	}

	@PostMapping("/import")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String importSheet(@RequestParam("sheet") @Nullable MultipartFile sheet,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@AuthenticationPrincipal Staff user, Model model) throws IOException {
		model.addAttribute("headers", DisclosureImport.HEADERS);
		if (sheet == null || sheet.isEmpty()) {
			model.addAttribute("problem", "请选择要导入的 Excel 表格。");
			return "disclosure/console/import";
		}
		Map<String, byte[]> byName = new LinkedHashMap<>();
		if (files != null) {
			for (MultipartFile f : files) {
				if (!f.isEmpty() && f.getOriginalFilename() != null) {
					byName.put(f.getOriginalFilename().replace('\\', '/').replaceAll(".*/", ""), f.getBytes());
				}
			}
		}
		try {
			model.addAttribute("outcome", importer.importSheet(user.org(), user.username(), sheet.getBytes(), byName));
		}
		catch (RuleViolation e) {
			model.addAttribute("problem", e.text(messages));
		}
		return "disclosure/console/import";
	}

	// ------------------------------------------------------------------ inspection, settings, index

	@GetMapping("/inspection")
	@PreAuthorize(ANY)
	String inspection(@AuthenticationPrincipal Staff user, Model model) {
		model.addAttribute("findings", inspection.inspect(user.org()));
		model.addAttribute("columns", disclosure.columns(user.org()));
		return "disclosure/console/inspection";
	}

	/** The year's figures as the annual reports quote them; each links to the records that make it. */
	@GetMapping("/statistics")
	@PreAuthorize(ANY)
	String statistics(@RequestParam(required = false) @Nullable Integer year, @AuthenticationPrincipal Staff user,
			Model model) {
		int y = year != null && year >= 1990 && year <= 2999 ? year : today.date().getYear() - 1;
		List<DisclosureColumn> columns = disclosure.columns(user.org());
		Map<String, Long> columnIds = new HashMap<>();
		columns.forEach(c -> columnIds.put(c.name(), c.id()));
		model.addAttribute("year", y);
		model.addAttribute("figures", statistics.year(user.org(), y));
		model.addAttribute("columnIds", columnIds);
		model.addAttribute("categories", ColumnCategory.values());
		return "disclosure/console/statistics";
	}

	@GetMapping("/settings")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String settings(@AuthenticationPrincipal Staff user, Model model) {
		model.addAttribute("columns", disclosure.ensureCatalog(user.org()));
		model.addAttribute("themes", disclosure.terms(user.org(), TermKind.THEME));
		model.addAttribute("genres", disclosure.terms(user.org(), TermKind.GENRE));
		model.addAttribute("categories", ColumnCategory.values());
		model.addAttribute("kinds", TermKind.values());
		return "disclosure/console/settings";
	}

	@PostMapping("/settings/columns")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String addColumn(@RequestParam String code, @RequestParam String name, @RequestParam ColumnCategory category,
			@RequestParam(defaultValue = "30") int idleDays, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return settingsAct(redirect, "栏目已添加。", () -> disclosure.addColumn(user.org(), code, name, category, idleDays));
	}

	@PostMapping("/settings/columns/{column}/idle")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String idle(@PathVariable long column, @RequestParam int idleDays, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return settingsAct(redirect, "已保存。", () -> disclosure.setIdleDays(user.org(), column, idleDays));
	}

	@PostMapping("/settings/terms")
	@PreAuthorize("hasAuthority('disclosure:edit')")
	String addTerm(@RequestParam TermKind kind, @RequestParam String name, @AuthenticationPrincipal Staff user,
			RedirectAttributes redirect) {
		return settingsAct(redirect, "分类已添加。", () -> disclosure.addTerm(user.org(), kind, name));
	}

	@GetMapping("/admin/index")
	@PreAuthorize("hasAuthority('installation:admin')")
	String indexPage() {
		return "disclosure/console/index";
	}

	/** The index serves every town of the deployment, so only an installation (district) administrator rebuilds it. */
	@PostMapping("/admin/index")
	@PreAuthorize("hasAuthority('installation:admin')")
	String reindex(RedirectAttributes redirect) throws InterruptedException {
		long n = search.reindex();
		redirect.addFlashAttribute("notice", "全文检索索引已重建，共 " + n + " 条信息。");
		return "redirect:/console/disclosure/admin/index";
	}

	// ------------------------------------------------------------------ helpers

	private String act(RedirectAttributes redirect, long id, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.text(messages));
		}
		return "redirect:/console/disclosure/" + id;
	}

	private String settingsAct(RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("problem", e.text(messages));
		}
		return "redirect:/console/disclosure/settings";
	}


	private static Map<Long, String> names(List<DisclosureColumn> columns) {
		Map<Long, String> names = new HashMap<>();
		columns.forEach(c -> names.put(c.id(), c.name()));
		return names;
	}

	private static String date(Document d) {
		return d.dueOn() == null ? "待日历更新" : d.dueOn().format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
	}

	private static String nz(@Nullable String s) {
		return s == null ? "" : s;
	}
}
