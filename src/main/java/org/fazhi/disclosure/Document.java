package org.fazhi.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.search.ChineseAnalysis;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/**
 * A government information item and its metadata block (索引号 · 发文字号 · 主题分类 · 体裁分类 · 发布机构 · 有效性 ·
 * 成文日期 · 发布日期). Its state changes are methods that enforce the workflow; the service audits each one.
 * Indexed for full-text search twice: SmartChinese words for precision and CJK bigrams for recall.
 */
@Entity
@Table(name = "disclosure_document")
@Indexed(index = "disclosure-document")
public class Document {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "org_id")
	@GenericField
	private long orgId;

	@Column(name = "column_id")
	@GenericField
	private long columnId;

	@FullTextField(analyzer = ChineseAnalysis.CHINESE)
	@FullTextField(name = "title_bigram", analyzer = ChineseAnalysis.CJK_BIGRAM)
	@Size(max = 300)
	private String title;

	@Column(name = "body_html")
	@Size(max = 100000)
	private String bodyHtml;

	@Column(name = "body_text")
	@FullTextField(name = "body", analyzer = ChineseAnalysis.CHINESE)
	@FullTextField(name = "body_bigram", analyzer = ChineseAnalysis.CJK_BIGRAM)
	@Size(max = 100000)
	private String bodyText;

	@Column(name = "index_number")
	@KeywordField
	@Size(max = 60)
	private @Nullable String indexNumber;

	@Column(name = "index_year")
	@GenericField(name = "year")
	private @Nullable Integer indexYear;

	@Column(name = "index_serial")
	private @Nullable Integer indexSerial;

	@Column(name = "doc_number")
	@KeywordField(name = "docNumber")
	@FullTextField(name = "docNumber_bigram", analyzer = ChineseAnalysis.CJK_BIGRAM)
	@Size(max = 100)
	private String docNumber;

	@KeywordField
	@Size(max = 60)
	private String theme;

	@KeywordField
	@Size(max = 60)
	private String genre;

	@KeywordField
	@Size(max = 100)
	private String publisher;

	@Enumerated(EnumType.STRING)
	private Validity validity;

	@Column(name = "valid_from")
	private @Nullable LocalDate validFrom;

	@Column(name = "valid_until")
	private @Nullable LocalDate validUntil;

	@Column(name = "written_on")
	private LocalDate writtenOn;

	@Column(name = "formed_on")
	private LocalDate formedOn;

	@Column(name = "due_on")
	private @Nullable LocalDate dueOn;

	@Column(name = "published_on")
	@GenericField(sortable = Sortable.YES)
	private @Nullable LocalDate publishedOn;

	private boolean late;

	@Column(name = "late_reason")
	@Size(max = 500)
	private @Nullable String lateReason;

	@Column(name = "event_on")
	private @Nullable LocalDate eventOn;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private DocumentStatus status;

	@Size(max = 64)
	private String author;

	@Size(max = 64)
	private @Nullable String reviewer;

	@Column(name = "reviewed_at")
	private @Nullable Instant reviewedAt;

	@Column(name = "review_note")
	@Size(max = 1000)
	private @Nullable String reviewNote;

	@Column(name = "withdrawn_on")
	private @Nullable LocalDate withdrawnOn;

	@Column(name = "withdraw_reason")
	@Size(max = 1000)
	private @Nullable String withdrawReason;

	@Column(name = "interprets_id")
	private @Nullable Long interpretsId;

	@Column(name = "clock_id")
	private @Nullable Long clockId;

	private int revision;

	/** For a 更新稿: the published item it will replace once reviewed and published; null for a first publication. */
	@Column(name = "revision_of")
	private @Nullable Long revisionOf;

	@Column(name = "revision_reason")
	@Size(max = 2000)
	private @Nullable String revisionReason;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Document() {
	}

	Document(OrgId org, long columnId, Metadata m, String author, Instant now) {
		this.orgId = org.value();
		this.columnId = columnId;
		this.author = author;
		this.status = DocumentStatus.DRAFT;
		this.validity = Validity.VALID;
		this.revision = 1;
		apply(m, now);
	}

	/** What a person writes about a document (everything but the generated 索引号 and the workflow state). */
	public record Metadata(String title, String bodyHtml, String docNumber, String theme, String genre,
			String publisher, LocalDate writtenOn, LocalDate formedOn, @Nullable LocalDate eventOn,
			@Nullable Long interpretsId) {
	}

	void apply(Metadata m, Instant now) {
		this.title = m.title().strip();
		this.bodyHtml = SafeHtml.clean(m.bodyHtml());
		this.bodyText = SafeHtml.text(this.bodyHtml);
		this.docNumber = m.docNumber() == null || m.docNumber().isBlank() ? "无" : m.docNumber().strip();
		this.theme = m.theme();
		this.genre = m.genre();
		this.publisher = m.publisher().strip();
		this.writtenOn = m.writtenOn();
		this.formedOn = m.formedOn();
		this.eventOn = m.eventOn();
		this.interpretsId = m.interpretsId();
		this.updatedAt = now;
	}

	void edit(Metadata m, Instant now) {
		if (status != DocumentStatus.DRAFT) {
			throw new RuleViolation("disclosure.edit.state", status.label());
		}
		apply(m, now);
	}

	/**
	 * A 更新稿 of a published item: a draft in the same column that goes through the same scan and 保密审查 as a
	 * first publication; the published item stays online unchanged until the draft is published over it.
	 */
	static Document revisionDraft(Document published, Metadata m, String author, String reason, Instant now) {
		if (published.status != DocumentStatus.PUBLISHED) {
			throw new RuleViolation("disclosure.revise.state", published.status.label());
		}
		Document d = new Document(published.org(), published.columnId, m, author, now);
		d.revisionOf = published.id;
		d.revisionReason = reason;
		return d;
	}

	/** The reviewed 更新稿 replaces the text and metadata; the caller has saved the previous version. */
	void replaceWith(Document draft, Instant now) {
		if (status != DocumentStatus.PUBLISHED) {
			throw new RuleViolation("disclosure.revise.state", status.label());
		}
		if (draft.status != DocumentStatus.APPROVED || !Long.valueOf(id).equals(draft.revisionOf)) {
			throw new RuleViolation("disclosure.publish.state", draft.status.label());
		}
		apply(draft.metadata(), now);
		// the reviewed text, as redacted in review (apply() would re-clean the same HTML to the same result)
		this.bodyHtml = draft.bodyHtml;
		this.bodyText = draft.bodyText;
		revision++;
	}

	/** The 更新稿 after its text went into the published item: kept as the record of the review, never shown. */
	void mergedInto(Instant now) {
		this.status = DocumentStatus.MERGED;
		this.updatedAt = now;
	}

	void dueOn(@Nullable LocalDate due, @Nullable Long clockId) {
		this.dueOn = due;
		this.clockId = clockId;
	}

	/** An item already published elsewhere: the importer vouches for its review. */
	void markImported(String by, Instant now) {
		if (status != DocumentStatus.DRAFT) {
			throw new RuleViolation("disclosure.submit.state", status.label());
		}
		this.status = DocumentStatus.APPROVED;
		this.reviewer = by;
		this.reviewedAt = now;
		this.reviewNote = "存量信息导入";
		this.updatedAt = now;
	}

	/** An imported item whose scan found nothing to decide: the importer vouches for the rest. */
	void importedAfterScan(String by, Instant now) {
		if (status != DocumentStatus.IN_REVIEW) {
			throw new RuleViolation("disclosure.review.state", status.label());
		}
		this.status = DocumentStatus.DRAFT;
		markImported(by, now);
	}

	void submitForReview(Instant now) {
		if (status != DocumentStatus.DRAFT) {
			throw new RuleViolation("disclosure.submit.state", status.label());
		}
		status = DocumentStatus.IN_REVIEW;
		updatedAt = now;
	}

	/** 保密审查 sign-off; the reviewer must not be the author (four eyes, OGI Art. 17 公开审查). */
	void approve(String reviewer, @Nullable String note, long openHits, Instant now) {
		requireReviewer(reviewer);
		if (openHits > 0) {
			throw new RuleViolation("disclosure.review.open-hits", openHits);
		}
		this.status = DocumentStatus.APPROVED;
		this.reviewer = reviewer;
		this.reviewedAt = now;
		this.reviewNote = note;
		this.updatedAt = now;
	}

	void sendBack(String reviewer, String note, Instant now) {
		requireReviewer(reviewer);
		this.status = DocumentStatus.DRAFT;
		this.reviewer = reviewer;
		this.reviewNote = note;
		this.updatedAt = now;
	}

	void requireReviewer(String reviewer) {
		if (status != DocumentStatus.IN_REVIEW) {
			throw new RuleViolation("disclosure.review.state", status.label());
		}
		if (reviewer.equals(author)) {
			throw new RuleViolation("disclosure.review.own");
		}
	}

	/** Publishing later than the 20-工作日 due date needs a stated reason and counts as late (Art. 26). */
	void publish(IndexNumber index, LocalDate on, LocalDate due, @Nullable String lateReason, Instant now) {
		if (status != DocumentStatus.APPROVED) {
			throw new RuleViolation("disclosure.publish.state", status.label());
		}
		boolean isLate = on.isAfter(due);
		if (isLate && (lateReason == null || lateReason.isBlank())) {
			throw new RuleViolation("disclosure.publish.late-reason", due.toString());
		}
		this.indexNumber = index.value();
		this.indexYear = index.year();
		this.indexSerial = index.serial();
		this.publishedOn = on;
		this.dueOn = due;
		this.late = isLate;
		this.lateReason = isLate ? lateReason.strip() : null;
		this.status = DocumentStatus.PUBLISHED;
		this.updatedAt = now;
	}

	void withdraw(String reason, LocalDate on, Instant now) {
		if (status != DocumentStatus.PUBLISHED) {
			throw new RuleViolation("disclosure.withdraw.state", status.label());
		}
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("disclosure.withdraw.reason");
		}
		this.status = DocumentStatus.WITHDRAWN;
		this.withdrawnOn = on;
		this.withdrawReason = reason.strip();
		this.updatedAt = now;
	}

	void changeValidity(Validity next, @Nullable LocalDate from, @Nullable LocalDate until, Instant now) {
		if (status != DocumentStatus.PUBLISHED) {
			throw new RuleViolation("disclosure.validity.state", status.label());
		}
		this.validity = next;
		this.validFrom = from;
		this.validUntil = until;
		this.updatedAt = now;
	}

	void redact(String raw, String masked) {
		this.bodyHtml = this.bodyHtml.replace(raw, masked);
		this.bodyText = SafeHtml.text(this.bodyHtml);
	}

	public long id() {
		return id;
	}

	public OrgId org() {
		return OrgId.of(orgId);
	}

	public long columnId() {
		return columnId;
	}

	public String title() {
		return title;
	}

	public String bodyHtml() {
		return bodyHtml;
	}

	public @Nullable Long revisionOf() {
		return revisionOf;
	}

	public @Nullable String revisionReason() {
		return revisionReason;
	}

	public String bodyText() {
		return bodyText;
	}

	public @Nullable String indexNumber() {
		return indexNumber;
	}

	public String docNumber() {
		return docNumber;
	}

	public String theme() {
		return theme;
	}

	public String genre() {
		return genre;
	}

	public String publisher() {
		return publisher;
	}

	public Validity validity() {
		return validity;
	}

	public @Nullable LocalDate validFrom() {
		return validFrom;
	}

	public @Nullable LocalDate validUntil() {
		return validUntil;
	}

	public LocalDate writtenOn() {
		return writtenOn;
	}

	public LocalDate formedOn() {
		return formedOn;
	}

	public @Nullable LocalDate dueOn() {
		return dueOn;
	}

	public @Nullable LocalDate publishedOn() {
		return publishedOn;
	}

	public boolean late() {
		return late;
	}

	public @Nullable String lateReason() {
		return lateReason;
	}

	public @Nullable LocalDate eventOn() {
		return eventOn;
	}

	public DocumentStatus status() {
		return status;
	}

	public String author() {
		return author;
	}

	public @Nullable String reviewer() {
		return reviewer;
	}

	public @Nullable Instant reviewedAt() {
		return reviewedAt;
	}

	public @Nullable String reviewNote() {
		return reviewNote;
	}

	public @Nullable LocalDate withdrawnOn() {
		return withdrawnOn;
	}

	public @Nullable String withdrawReason() {
		return withdrawReason;
	}

	public @Nullable Long interpretsId() {
		return interpretsId;
	}

	public @Nullable Long clockId() {
		return clockId;
	}

	public int revision() {
		return revision;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public boolean isPublished() {
		return status == DocumentStatus.PUBLISHED;
	}

	/** Days between publication and the event (活动/演出 notices); null when not an event notice. */
	public @Nullable Long leadDays() {
		return eventOn == null || publishedOn == null ? null
				: java.time.temporal.ChronoUnit.DAYS.between(publishedOn, eventOn);
	}

	Metadata metadata() {
		return new Metadata(title, bodyHtml, docNumber, theme, genre, publisher, writtenOn, formedOn, eventOn,
				interpretsId);
	}
}
