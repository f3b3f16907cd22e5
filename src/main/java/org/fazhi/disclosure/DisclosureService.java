package org.fazhi.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fazhi.attachment.AttachmentService;
import org.fazhi.attachment.StoredFile;
import org.fazhi.audit.AuditRecord;
import org.fazhi.audit.AuditTrail;
import org.fazhi.calendar.ClockId;
import org.fazhi.calendar.ClockRules;
import org.fazhi.calendar.ClockView;
import org.fazhi.calendar.DeadlineClocks;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.StartClock;
import org.fazhi.calendar.WorkdayCalendar;
import org.fazhi.disclosure.persistence.ColumnRepository;
import org.fazhi.disclosure.persistence.DocumentFileRepository;
import org.fazhi.disclosure.persistence.DocumentRepository;
import org.fazhi.disclosure.persistence.DocumentVersionRepository;
import org.fazhi.disclosure.persistence.PersonalDataHitRepository;
import org.fazhi.disclosure.persistence.TermRepository;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Serials;
import org.fazhi.shared.shell.PageCache;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of 主动公开. Every state change is audited in its own transaction; the 20-工作日 due date comes
 * from the {@code disclosure.publish} rule (OGI Art. 26) via the calendar module, never from counting here.
 */
@Service
@Transactional
public class DisclosureService {

	public static final String RULE = "disclosure.publish";

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final DocumentRepository documents;

	private final ColumnRepository columns;

	private final TermRepository terms;

	private final DocumentFileRepository documentFiles;

	private final DocumentVersionRepository versions;

	private final PersonalDataHitRepository hits;

	private final AttachmentService attachments;

	private final OrganizationService organization;

	private final DeadlineClocks clocks;

	private final ClockRules rules;

	private final WorkdayCalendar calendar;

	private final Serials serials;

	private final AuditTrail audit;

	private final Clock clock;

	private final int eventLeadDays;

	private final PageCache pages;

	DisclosureService(DocumentRepository documents, ColumnRepository columns, TermRepository terms,
			DocumentFileRepository documentFiles, DocumentVersionRepository versions, PersonalDataHitRepository hits,
			AttachmentService attachments, OrganizationService organization, DeadlineClocks clocks, ClockRules rules,
			WorkdayCalendar calendar, Serials serials, AuditTrail audit, Clock clock,
			@Value("${fazhi.disclosure.event-lead-days:5}") int eventLeadDays, PageCache pages) {
		this.documents = documents;
		this.columns = columns;
		this.terms = terms;
		this.documentFiles = documentFiles;
		this.versions = versions;
		this.hits = hits;
		this.attachments = attachments;
		this.organization = organization;
		this.clocks = clocks;
		this.rules = rules;
		this.calendar = calendar;
		this.serials = serials;
		this.audit = audit;
		this.clock = clock;
		this.eventLeadDays = eventLeadDays;
		this.pages = pages;
	}

	/** A warning the publisher sees but that does not block (e.g. an event notice with too little lead time). */
	public record Published(Document document, List<String> warnings) {
	}

	public int eventLeadDays() {
		return eventLeadDays;
	}

	// ---------------------------------------------------------------- catalog and dictionaries

	/** Creates the statutory columns and the default dictionaries for a town that has none yet. */
	public List<DisclosureColumn> ensureCatalog(OrgId org) {
		List<DisclosureColumn> existing = columns.findByOrg(org.value());
		if (existing.isEmpty()) {
			int pos = 10;
			for (Catalog.ColumnDefault c : Catalog.COLUMNS) {
				columns.save(new DisclosureColumn(org, c.code(), c.name(), c.legalItem(), c.category(), c.idleDays(),
						pos, true));
				pos += 10;
			}
			int i = 0;
			for (String t : Catalog.THEMES) {
				terms.save(new Term(org, TermKind.THEME, t, i++));
			}
			i = 0;
			for (String g : Catalog.GENRES) {
				terms.save(new Term(org, TermKind.GENRE, g, i++));
			}
			// the portal shows published items, their links and columns: its kept pages are stale now
			pages.invalidateAll();
			audit.record(AuditRecord.of("disclosure.catalog.created", "disclosure_catalog", org, org,
					"按《政府信息公开条例》建立公开目录 " + Catalog.COLUMNS.size() + " 个栏目及主题、体裁分类"));
			existing = columns.findByOrg(org.value());
		}
		return existing;
	}

	public boolean todayIsAfter(LocalDate date) {
		return today().isAfter(date);
	}

	@Transactional(readOnly = true)
	public List<DisclosureColumn> columns(OrgId org) {
		return columns.findByOrg(org.value());
	}

	@Transactional(readOnly = true)
	public DisclosureColumn column(OrgId org, String code) {
		return columns.findByOrgAndCode(org.value(), code).orElseThrow(() -> new NotFound("column " + code));
	}

	@Transactional(readOnly = true)
	public DisclosureColumn column(OrgId org, long id) {
		return columns.findById(id).filter(c -> c.org().equals(org)).orElseThrow(() -> new NotFound("column " + id));
	}

	public DisclosureColumn addColumn(OrgId org, String code, String name, ColumnCategory category, int idleDays) {
		String c = code == null ? "" : code.trim().toLowerCase();
		// the portal's own pages live beside the columns under /disclosure/
		if (!c.matches("[a-z][a-z0-9-]{1,39}") || List.of("search", "doc", "feed", "files").contains(c)) {
			throw new RuleViolation("disclosure.column.code");
		}
		if (name == null || name.isBlank() || name.strip().length() > 60) {
			throw new RuleViolation("disclosure.column.name");
		}
		if (columns.findByOrgAndCode(org.value(), c).isPresent()) {
			throw new RuleViolation("disclosure.column.duplicate", c);
		}
		if (idleDays < 1 || idleDays > 3650) {
			throw new RuleViolation("disclosure.column.idle");
		}
		int pos = columns.findByOrg(org.value()).stream().mapToInt(DisclosureColumn::position).max().orElse(0) + 10;
		DisclosureColumn col = columns.save(new DisclosureColumn(org, c, name.strip(), null, category, idleDays, pos,
				false));
		// the portal shows published items, their links and columns: its kept pages are stale now
		pages.invalidateAll();
		audit.record(AuditRecord.of("disclosure.column.added", "disclosure_column", col.id(), org,
				"新增栏目 " + col.name() + "（" + c + "），统计口径 " + category.label() + "，超过 " + idleDays + " 日未更新提示"));
		return col;
	}

	public void setIdleDays(OrgId org, long columnId, int idleDays) {
		if (idleDays < 1 || idleDays > 3650) {
			throw new RuleViolation("disclosure.column.idle");
		}
		DisclosureColumn col = column(org, columnId);
		int before = col.idleDays();
		col.idleAfter(idleDays);
		audit.record(AuditRecord.of("disclosure.column.idle", "disclosure_column", col.id(), org,
				col.name() + " 未更新提示天数 " + before + " → " + idleDays));
	}

	@Transactional(readOnly = true)
	public List<String> terms(OrgId org, TermKind kind) {
		return terms.findByOrgAndKind(org.value(), kind).stream().map(Term::name).toList();
	}

	public void addTerm(OrgId org, TermKind kind, String name) {
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.length() > 60) {
			throw new RuleViolation("disclosure.term.name");
		}
		List<Term> existing = terms.findByOrgAndKind(org.value(), kind);
		if (existing.stream().anyMatch(t -> t.name().equals(n))) {
			throw new RuleViolation("disclosure.term.duplicate", n);
		}
		Term t = terms.save(new Term(org, kind, n, existing.size()));
		audit.record(AuditRecord.of("disclosure.term.added", "disclosure_term", t.id(), org, kind.label() + " 新增 " + n));
	}

	// ---------------------------------------------------------------- drafting

	/** A new draft; its 20-工作日 clock starts at the date the information was formed (OGI Art. 26). */
	public Document create(OrgId org, String actor, long columnId, Document.Metadata m) {
		DisclosureColumn col = column(org, columnId);
		validate(org, m, null);
		Document d = documents.save(new Document(org, col.id(), m, actor, clock.instant()));
		ClockView c = clocks.start(new StartClock(org, "disclosure", String.valueOf(d.id()), RULE, m.formedOn(),
				"公开：" + d.title(), "/console/disclosure/" + d.id(), actor, "disclosure:edit"));
		d.dueOn(c.dueOn(), c.id().value());
		audit.record(AuditRecord.of("disclosure.created", "disclosure_document", d.id(), org,
				"草稿《" + d.title() + "》，栏目 " + col.name() + "，形成日期 " + m.formedOn() + "，应于 "
						+ (c.dueOn() == null ? "（待日历更新）" : c.dueOn()) + " 前公开"));
		return d;
	}

	public Document edit(OrgId org, String actor, long id, Document.Metadata m) {
		Document d = document(org, id);
		validate(org, m, id);
		String before = d.title();
		LocalDate formedBefore = d.formedOn();
		d.edit(m, clock.instant());
		if (!formedBefore.equals(m.formedOn()) && d.clockId() != null) {
			// the 20 工作日 run from the date the information was formed (OGI Art. 26): a corrected date moves the clock
			ClockView c = clocks.moveStart(new ClockId(d.clockId()), m.formedOn(),
					"形成日期由 " + formedBefore + " 更正为 " + m.formedOn());
			d.dueOn(c.dueOn(), c.id().value());
		}
		// the portal shows published items, their links and columns: its kept pages are stale now
		pages.invalidateAll();
		audit.record(AuditRecord.of("disclosure.edited", "disclosure_document", id, org,
				"修改草稿《" + before + "》→《" + d.title() + "》"));
		return d;
	}

	/**
	 * 更新 of a published item: starts a 更新稿, a draft that must pass the same personal-data scan and 保密审查 by
	 * another person as a first publication. The published item stays online unchanged until the 更新稿 is published
	 * ({@link #publish}), which then replaces its text and keeps the previous one as a version. Its 20-工作日 clock
	 * runs from the date the information changed (OGI Art. 26). One 更新稿 at a time per item.
	 */
	public Document revise(OrgId org, String actor, long id, Document.Metadata m, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("disclosure.revise.reason");
		}
		Document published = document(org, id);
		if (!documents.findOpenRevisionsOf(id).isEmpty()) {
			throw new RuleViolation("disclosure.revise.open");
		}
		validate(org, m, id);
		Document d = documents.save(Document.revisionDraft(published, m, actor, reason.strip(), clock.instant()));
		ClockView c = clocks.start(new StartClock(org, "disclosure", String.valueOf(d.id()), RULE, m.formedOn(),
				"更新：" + d.title(), "/console/disclosure/" + d.id(), actor, "disclosure:edit"));
		d.dueOn(c.dueOn(), c.id().value());
		audit.record(AuditRecord.of("disclosure.revision-started", "disclosure_document", d.id(), org,
				"《" + published.title() + "》的更新稿，理由：" + reason.strip() + "；经保密审查并发布后替换已发布的第 "
						+ published.revision() + " 版"));
		return d;
	}

	/** The reviewed 更新稿 goes into its published item: previous text kept as a version, the 索引号 unchanged. */
	private Published publishRevision(OrgId org, String actor, Document draft, LocalDate on,
			@Nullable String lateReason) {
		Document published = document(org, draft.revisionOf());
		versions.save(new DocumentVersion(published, actor, clock.instant(), draft.revisionReason()));
		int before = published.revision();
		published.replaceWith(draft, clock.instant());
		List<DocumentFile> existing = documentFiles.findByDocument(published.id());
		int position = existing.size();
		for (DocumentFile df : documentFiles.findByDocument(draft.id())) {
			df.movedTo(published.id(), position++);
		}
		draft.mergedInto(clock.instant());
		if (draft.clockId() != null) {
			clocks.complete(new ClockId(draft.clockId()), on);
		}
		// the portal shows published items, their links and columns: its kept pages are stale now
		pages.invalidateAll();
		audit.record(AuditRecord.of("disclosure.revised", "disclosure_document", published.id(), org,
				"更新《" + published.title() + "》第 " + before + " 版 → 第 " + published.revision() + " 版（更新稿经 "
						+ draft.reviewer() + " 保密审查）；理由：" + draft.revisionReason()
						+ (lateReason == null ? "" : "；逾期发布，理由：" + lateReason)));
		return new Published(published, List.of());
	}

	public DocumentFile attach(OrgId org, String actor, long id, String fileName, byte[] content) {
		Document d = document(org, id);
		if (d.status() != DocumentStatus.DRAFT) {
			throw new RuleViolation("disclosure.edit.state", d.status().label());
		}
		StoredFile f = attachments.store(org, fileName, content, actor);
		int pos = documentFiles.findByDocument(id).size();
		DocumentFile df = documentFiles.save(new DocumentFile(id, f.id(), f.originalName(), pos));
		// the portal shows published items, their links and columns: its kept pages are stale now
		pages.invalidateAll();
		audit.record(AuditRecord.of("disclosure.attached", "disclosure_document", id, org,
				"《" + d.title() + "》添加附件 " + f.originalName() + "（" + f.type().label() + "）"));
		return df;
	}

	// ---------------------------------------------------------------- 保密审查

	/** Sends a draft to 保密审查 after scanning text and attachments for personal data. */
	public List<PersonalDataHit> submit(OrgId org, String actor, long id) {
		Document d = document(org, id);
		d.submitForReview(clock.instant());
		hits.deleteAll(hits.findByDocument(id).stream().filter(PersonalDataHit::isOpen).toList());
		List<PersonalDataHit> found = new ArrayList<>();
		for (PersonalData.Found f : PersonalData.scan(d.title() + "\n" + d.bodyText())) {
			found.add(hits.save(new PersonalDataHit(id, f.kind(), fingerprint(f.value()), f.masked(), "正文")));
		}
		for (DocumentFile df : documentFiles.findByDocument(id)) {
			StoredFile file = attachments.file(org, df.fileId());
			Optional<String> text = attachments.text(file);
			if (text.isEmpty()) {
				found.add(hits.save(new PersonalDataHit(id, PersonalData.Kind.UNREADABLE, fingerprint(df.name()),
						file.type().label(), "附件 " + df.name())));
				continue;
			}
			for (PersonalData.Found f : PersonalData.scan(text.get())) {
				found.add(hits.save(new PersonalDataHit(id, f.kind(), fingerprint(f.value()), f.masked(),
						"附件 " + df.name())));
			}
		}
		audit.record(AuditRecord.of("disclosure.submitted", "disclosure_document", id, org,
				"《" + d.title() + "》提交保密审查；个人信息检查发现 " + found.size() + " 处"));
		return found;
	}

	/** 遮蔽: the number in the text is replaced by its masked form. Only for hits in the body. */
	public void redact(OrgId org, String reviewer, long id, long hitId) {
		Document d = document(org, id);
		d.requireReviewer(reviewer);
		PersonalDataHit h = hit(id, hitId);
		if (!"正文".equals(h.place())) {
			throw new RuleViolation("disclosure.pii.cannot-redact-file");
		}
		for (PersonalData.Found f : PersonalData.scan(d.bodyHtml())) {
			if (fingerprint(f.value()).equals(h.fingerprint())) {
				d.redact(f.value(), f.masked());
			}
		}
		h.redacted(reviewer, clock.instant());
		// a redaction changes the body text, which may be the published one
		pages.invalidateAll();
		audit.record(AuditRecord.of("disclosure.pii.redacted", "disclosure_document", id, org,
				"遮蔽" + h.kind().label() + " " + h.masked() + "（" + h.place() + "）"));
	}

	public void keep(OrgId org, String reviewer, long id, long hitId, String reason) {
		Document d = document(org, id);
		d.requireReviewer(reviewer);
		PersonalDataHit h = hit(id, hitId);
		h.kept(reason, reviewer, clock.instant());
		audit.record(AuditRecord.of("disclosure.pii.kept", "disclosure_document", id, org,
				"保留" + h.kind().label() + " " + h.masked() + "（" + h.place() + "）；理由：" + reason.strip()));
	}

	public void approve(OrgId org, String reviewer, long id, @Nullable String note) {
		Document d = document(org, id);
		long open = hits.findByDocument(id).stream().filter(PersonalDataHit::isOpen).count();
		d.approve(reviewer, note == null || note.isBlank() ? null : note.strip(), open, clock.instant());
		audit.record(AuditRecord.of("disclosure.approved", "disclosure_document", id, org,
				"《" + d.title() + "》保密审查通过" + (note == null || note.isBlank() ? "" : "：" + note.strip())));
	}

	public void sendBack(OrgId org, String reviewer, long id, String note) {
		if (note == null || note.isBlank()) {
			throw new RuleViolation("disclosure.review.note");
		}
		Document d = document(org, id);
		d.sendBack(reviewer, note.strip(), clock.instant());
		audit.record(AuditRecord.of("disclosure.sent-back", "disclosure_document", id, org,
				"《" + d.title() + "》退回修改：" + note.strip()));
	}

	// ---------------------------------------------------------------- publishing

	/** Publishes an approved item today: generates the 索引号, checks timeliness, warns on a short event lead. */
	public Published publish(OrgId org, String actor, long id, @Nullable String lateReason) {
		return publishOn(org, actor, id, today(), lateReason);
	}

	Published publishOn(OrgId org, String actor, long id, LocalDate on, @Nullable String lateReason) {
		Document d = document(org, id);
		if (d.status() != DocumentStatus.APPROVED) {
			throw new RuleViolation("disclosure.publish.state", d.status().label());
		}
		LocalDate due = dueFor(d.formedOn());
		if (due != null && on.isAfter(due) && (lateReason == null || lateReason.isBlank())) {
			throw new RuleViolation("disclosure.publish.late-reason", due.toString());
		}
		if (d.revisionOf() != null) {
			return publishRevision(org, actor, d, on, due != null && on.isAfter(due) ? lateReason.strip() : null);
		}
		String credit = organization.org(org).creditCode();
		int serial = (int) serials.next(IndexNumber.scope(credit, on.getYear()));
		IndexNumber index = new IndexNumber(credit, on.getYear(), serial);
		d.publish(index, on, due == null ? on : due, lateReason, clock.instant());
		if (d.clockId() != null) {
			clocks.complete(new ClockId(d.clockId()), on);
		}
		List<String> warnings = new ArrayList<>();
		if (d.eventOn() != null) {
			int lead = calendar.unitsBetween(on, d.eventOn(), PeriodUnit.DAYS);
			if (lead < eventLeadDays) {
				warnings.add("活动日期为 " + d.eventOn() + "，距发布仅 " + lead + " 日（少于 " + eventLeadDays
						+ " 日），群众可能来不及知晓。");
			}
		}
		// the portal shows published items, their links and columns: its kept pages are stale now
		pages.invalidateAll();
		audit.record(AuditRecord.of("disclosure.published", "disclosure_document", id, org,
				"发布《" + d.title() + "》，索引号 " + index + (d.late() ? "，逾期发布（应于 " + due + " 前）；理由：" + d.lateReason() : "")
						+ (warnings.isEmpty() ? "" : "；" + String.join("", warnings))));
		return new Published(d, warnings);
	}

	/** The statutory last day to publish information formed (or changed) on a date; null while the year lacks data. */
	@Transactional(readOnly = true)
	public @Nullable LocalDate dueFor(LocalDate formedOn) {
		return calendar.deadline(rules.get(RULE), formedOn).dueOn();
	}

	/**
	 * Brings in an item that was already published elsewhere (Excel import, demo): it is recorded as reviewed by
	 * the importer and published with its historical date and a 索引号 of that year.
	 */
	public Published importPublished(OrgId org, String actor, long columnId, Document.Metadata m, LocalDate publishedOn,
			@Nullable String lateReason) {
		DisclosureColumn col = column(org, columnId);
		validate(org, m, null);
		Document d = documents.save(new Document(org, col.id(), m, actor, clock.instant()));
		d.markImported(actor, clock.instant());
		Published p = publishOn(org, actor, d.id(), publishedOn, lateReason);
		return p;
	}

	/**
	 * Import with attachments: they are stored and scanned like any draft's; personal data found in an imported
	 * item refuses the row (it must go through 保密审查 instead of being published unseen).
	 */
	Published importDraftThenPublish(OrgId org, String actor, long columnId, Document.Metadata m, LocalDate publishedOn,
			@Nullable String lateReason, List<String> fileNames, Map<String, byte[]> files) {
		DisclosureColumn col = column(org, columnId);
		validate(org, m, null);
		Document d = documents.save(new Document(org, col.id(), m, actor, clock.instant()));
		for (String name : fileNames) {
			attach(org, actor, d.id(), name, files.get(name));
		}
		List<PersonalDataHit> scanned = submit(org, actor, d.id());
		List<PersonalDataHit> found = scanned.stream().filter(h -> h.kind() != PersonalData.Kind.UNREADABLE).toList();
		scanned.stream().filter(h -> h.kind() == PersonalData.Kind.UNREADABLE)
			.forEach(h -> h.kept("存量信息导入：该附件无法自动检查，由导入人核对", actor, clock.instant()));
		if (!found.isEmpty()) {
			throw new RuleViolation("disclosure.import.pii", found.get(0).kind().label() + " " + found.get(0).masked());
		}
		d.importedAfterScan(actor, clock.instant());
		return publishOn(org, actor, d.id(), publishedOn, lateReason == null || lateReason.isBlank() ? null : lateReason);
	}

	public void withdraw(OrgId org, String actor, long id, String reason) {
		Document d = document(org, id);
		d.withdraw(reason, today(), clock.instant());
		// the portal shows published items, their links and columns: its kept pages are stale now
		pages.invalidateAll();
		audit.record(AuditRecord.of("disclosure.withdrawn", "disclosure_document", id, org,
				"撤回《" + d.title() + "》（索引号 " + d.indexNumber() + "）；理由：" + reason.strip()));
	}

	public void changeValidity(OrgId org, String actor, long id, Validity validity, @Nullable LocalDate from,
			@Nullable LocalDate until) {
		Document d = document(org, id);
		Validity before = d.validity();
		d.changeValidity(validity, from, until, clock.instant());
		// the portal shows published items, their links and columns: its kept pages are stale now
		pages.invalidateAll();
		audit.record(AuditRecord.of("disclosure.validity", "disclosure_document", id, org,
				"《" + d.title() + "》有效性 " + before.label() + " → " + validity.label()
						+ (from == null ? "" : "，自 " + from) + (until == null ? "" : "，至 " + until)));
	}

	// ---------------------------------------------------------------- queries

	/** Everything a portal column page shows, read in one transaction (one pooled connection per page). */
	public record PortalColumn(DisclosureColumn column, List<DisclosureColumn> columns, Page<Document> items,
			Instant lastChange) {
	}

	/** Everything a portal document page shows, read in one transaction. */
	public record PortalDocument(Document doc, DisclosureColumn column, List<DocumentFile> files,
			List<Document> interpretations, @Nullable Document interprets) {
	}

	@Transactional(readOnly = true)
	public PortalColumn portalColumn(OrgId org, String code, int page, int size) {
		DisclosureColumn column = column(org, code);
		return new PortalColumn(column, columns(org), columnPage(org, column.id(), page, size),
				lastChange(org).orElse(Instant.EPOCH));
	}

	@Transactional(readOnly = true)
	public PortalDocument portalDocument(OrgId org, long id) {
		Document d = publicDocument(org, id);
		Document interprets = d.interpretsId() == null ? null
				: published(d.interpretsId()).filter(p -> p.org().equals(org)).orElse(null);
		return new PortalDocument(d, column(org, d.columnId()), files(d.id()), interpretations(d.id()), interprets);
	}

	@Transactional(readOnly = true)
	public Map<DisclosureColumn, List<Document>> catalog(OrgId org, int newest) {
		Map<DisclosureColumn, List<Document>> result = new java.util.LinkedHashMap<>();
		for (DisclosureColumn c : columns(org)) {
			result.put(c, columnPage(org, c.id(), 0, newest).getContent());
		}
		return result;
	}

	/**
	 * The body as the console shows it: personal data masked, unless a reviewer explicitly asks for the original,
	 * which is audited as a view of personal data.
	 */
	public String consoleBody(OrgId org, long id, boolean unmasked) {
		Document d = document(org, id);
		List<PersonalData.Found> found = PersonalData.scan(d.bodyHtml());
		if (found.isEmpty()) {
			return d.bodyHtml();
		}
		if (unmasked) {
			audit.recordPersonalDataView("disclosure_document", id, org,
					"查看《" + d.title() + "》正文原文（含 " + found.size() + " 处个人信息）");
			return d.bodyHtml();
		}
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (PersonalData.Found f : found) {
			out.append(d.bodyHtml(), at, f.start()).append(f.masked());
			at = f.end();
		}
		return out.append(d.bodyHtml().substring(at)).toString();
	}

	/** A record of the org (console); another town's record is not found. */
	@Transactional(readOnly = true)
	public Document document(OrgId org, long id) {
		return documents.findById(id).filter(d -> d.org().equals(org)).orElseThrow(() -> new NotFound("document " + id));
	}

	/** What the portal may show: published or withdrawn (the latter as a notice), of the portal's town. */
	@Transactional(readOnly = true)
	public Document publicDocument(OrgId org, long id) {
		return documents.findById(id)
			.filter(d -> d.org().equals(org))
			.filter(d -> d.status() == DocumentStatus.PUBLISHED || d.status() == DocumentStatus.WITHDRAWN)
			.orElseThrow(() -> new NotFound("document " + id));
	}

	@Transactional(readOnly = true)
	public Page<Document> columnPage(OrgId org, long columnId, int page, int size) {
		return documents.findColumnPage(org.value(), columnId, DocumentStatus.PUBLISHED,
				PageRequest.of(Math.max(0, page), size));
	}

	@Transactional(readOnly = true)
	public List<Document> newest(OrgId org, int n) {
		return documents.findNewest(org.value(), DocumentStatus.PUBLISHED, PageRequest.of(0, n)).getContent();
	}

	@Transactional(readOnly = true)
	public List<DocumentFile> files(long documentId) {
		return documentFiles.findByDocument(documentId);
	}

	@Transactional(readOnly = true)
	public DocumentFile file(long documentId, long fileId) {
		return documentFiles.findById(fileId).filter(f -> f.documentId() == documentId)
			.orElseThrow(() -> new NotFound("file"));
	}

	@Transactional(readOnly = true)
	public List<Document> openRevisions(long documentId) {
		return documents.findOpenRevisionsOf(documentId);
	}

	@Transactional(readOnly = true)
	public List<DocumentVersion> versions(long documentId) {
		return versions.findByDocument(documentId);
	}

	@Transactional(readOnly = true)
	public List<PersonalDataHit> hits(long documentId) {
		return hits.findByDocument(documentId);
	}

	/** 政策解读 of a policy document (the other direction is {@link Document#interpretsId()}). */
	@Transactional(readOnly = true)
	public List<Document> interpretations(long documentId) {
		return documents.findPublishedInterpretationsOf(documentId);
	}

	@Transactional(readOnly = true)
	public Optional<Document> published(long id) {
		return documents.findById(id).filter(Document::isPublished);
	}

	/** Drafts and items in review, most urgent first, with their clocks (the console's 待发布 list). */
	@Transactional(readOnly = true)
	public List<Document> pending(OrgId org) {
		return documents.findByStatuses(org.value(),
				List.of(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW, DocumentStatus.APPROVED));
	}

	@Transactional(readOnly = true)
	public Page<Document> list(OrgId org, DocumentFilter filter, int page, int size) {
		return documents.findAll(filter.toSpecification(org),
				PageRequest.of(Math.max(0, page), size, Sort.by(
						Sort.Order.desc("updatedAt"))));
	}

	@Transactional(readOnly = true)
	public List<Document> listAll(OrgId org, DocumentFilter filter) {
		return documents.findAll(filter.toSpecification(org),
				Sort.by(Sort.Order.desc("updatedAt")));
	}

	@Transactional(readOnly = true)
	public Optional<Instant> lastChange(OrgId org) {
		return documents.lastChange(org.value());
	}

	@Transactional(readOnly = true)
	public List<Object[]> columnActivity(OrgId org) {
		return documents.columnActivity(org.value());
	}

	@Transactional(readOnly = true)
	public List<Document> allPublished(OrgId org) {
		return documents.findAllPublished(org.value());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZONE));
	}

	private PersonalDataHit hit(long documentId, long hitId) {
		return hits.findById(hitId).filter(h -> h.documentId() == documentId).orElseThrow(() -> new NotFound("hit"));
	}

	private void validate(OrgId org, Document.Metadata m, @Nullable Long self) {
		if (m.title() == null || m.title().isBlank()) {
			throw new RuleViolation("disclosure.title.required");
		}
		if (m.title().strip().length() > 300) {
			throw new RuleViolation("disclosure.title.length");
		}
		if (m.publisher() == null || m.publisher().isBlank()) {
			throw new RuleViolation("disclosure.publisher.required");
		}
		if (m.writtenOn() == null || m.formedOn() == null) {
			throw new RuleViolation("disclosure.dates.required");
		}
		if (m.formedOn().isBefore(m.writtenOn())) {
			throw new RuleViolation("disclosure.dates.formed-before-written");
		}
		if (!terms(org, TermKind.THEME).contains(m.theme())) {
			throw new RuleViolation("disclosure.term.unknown", TermKind.THEME.label(), m.theme());
		}
		if (!terms(org, TermKind.GENRE).contains(m.genre())) {
			throw new RuleViolation("disclosure.term.unknown", TermKind.GENRE.label(), m.genre());
		}
		if (m.interpretsId() != null) {
			if (m.interpretsId().equals(self)) {
				throw new RuleViolation("disclosure.interprets.self");
			}
			document(org, m.interpretsId());
		}
	}

	static String fingerprint(String raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(raw.replaceAll("[ -]", "").toUpperCase().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
