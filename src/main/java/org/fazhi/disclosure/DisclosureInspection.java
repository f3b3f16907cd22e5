package org.fazhi.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fazhi.attachment.AttachmentService;
import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.WorkdayCalendar;
import org.fazhi.shared.OrgId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal self-inspection the disclosure officer runs before an inspector does (《政府网站与政务新媒体检查指标》
 * practice, legal-rules.md §11): columns not updated within their threshold (动态 2 weeks by default), empty
 * columns, links in published pages that point at items no longer public, and attachments whose file is missing.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureInspection {

	public enum Kind {

		IDLE_COLUMN("栏目长期未更新"), EMPTY_COLUMN("空白栏目"), BROKEN_LINK("错误链接"), MISSING_FILE("附件缺失");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public record Finding(Kind kind, String where, String detail, String href) {
	}

	private static final Pattern INTERNAL_DOC = Pattern.compile("^(?:https?://[^/]+)?/disclosure/doc/(\\d+)(?:[/?#].*)?$");

	private final DisclosureService disclosure;

	private final AttachmentService attachments;

	private final WorkdayCalendar calendar;

	private final Clock clock;

	DisclosureInspection(DisclosureService disclosure, AttachmentService attachments, WorkdayCalendar calendar,
			Clock clock) {
		this.disclosure = disclosure;
		this.attachments = attachments;
		this.calendar = calendar;
		this.clock = clock;
	}

	public List<Finding> inspect(OrgId org) {
		return inspect(org, LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
	}

	public List<Finding> inspect(OrgId org, LocalDate today) {
		List<Finding> findings = new ArrayList<>();
		Map<Long, LocalDate> lastPublished = new HashMap<>();
		for (Object[] row : disclosure.columnActivity(org)) {
			lastPublished.put((Long) row[0], (LocalDate) row[1]);
		}
		for (DisclosureColumn c : disclosure.columns(org)) {
			LocalDate last = lastPublished.get(c.id());
			String href = "/disclosure/" + c.code();
			if (last == null) {
				findings.add(new Finding(Kind.EMPTY_COLUMN, c.name(), "栏目中没有任何已发布的信息。", href));
			}
			else {
				int idle = calendar.unitsBetween(last, today, PeriodUnit.DAYS);
				if (idle > c.idleDays()) {
					findings.add(new Finding(Kind.IDLE_COLUMN, c.name(), "最近一次更新为 " + last + "，已 " + idle
							+ " 日未更新（本栏目要求不超过 " + c.idleDays() + " 日）。", href));
				}
			}
		}
		for (Document d : disclosure.allPublished(org)) {
			String where = "《" + d.title() + "》";
			String href = "/disclosure/doc/" + d.id();
			for (Element a : Jsoup.parse(d.bodyHtml()).select("a[href], img[src]")) {
				String target = a.hasAttr("href") ? a.attr("href") : a.attr("src");
				Matcher m = INTERNAL_DOC.matcher(target);
				if (m.matches()) {
					long id = Long.parseLong(m.group(1));
					boolean ok = disclosure.published(id).filter(t -> t.org().equals(org)).isPresent();
					if (!ok) {
						findings.add(new Finding(Kind.BROKEN_LINK, where, "链接 " + target + " 指向的信息不存在或已撤回。", href));
					}
				}
			}
			for (DocumentFile f : disclosure.files(d.id())) {
				boolean present = attachments.find(f.fileId()).map(attachments::present).orElse(false);
				if (!present) {
					findings.add(new Finding(Kind.MISSING_FILE, where, "附件“" + f.name() + "”的文件已丢失，无法下载。", href));
				}
			}
		}
		return findings;
	}
}
