package org.fazhi.disclosure;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.calendar.PeriodUnit;
import org.fazhi.calendar.WorkdayCalendar;
import org.fazhi.disclosure.persistence.ColumnRepository;
import org.fazhi.disclosure.persistence.DocumentRepository;
import org.fazhi.shared.OrgId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of 主动公开 for reporting: for an org and a period (by 发布日期), items per column and per category (the
 * seed's "政策文件2个，财政预决算9条，社会救助、文化服务等政务信息86条，动态类信息23条"), late publications and the lead
 * times of event notices. Each figure comes with the ids that make it, for click-through.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureStatistics {

	private final DocumentRepository documents;

	private final ColumnRepository columns;

	private final WorkdayCalendar calendar;

	private final int eventLeadDays;

	DisclosureStatistics(DocumentRepository documents, ColumnRepository columns, WorkdayCalendar calendar,
			@Value("${fazhi.disclosure.event-lead-days:5}") int eventLeadDays) {
		this.documents = documents;
		this.columns = columns;
		this.calendar = calendar;
		this.eventLeadDays = eventLeadDays;
	}

	public record LeadTime(long documentId, String title, LocalDate publishedOn, LocalDate eventOn, int days,
			boolean tooShort) {
	}

	public record Figures(OrgId org, LocalDate from, LocalDate to, long total, Map<String, Long> perColumn,
			Map<ColumnCategory, Long> perCategory, List<Long> lateIds, List<LeadTime> leadTimes, int leadThreshold) {

		public long category(ColumnCategory c) {
			return perCategory.getOrDefault(c, 0L);
		}

		public long late() {
			return lateIds.size();
		}

		public long shortLeads() {
			return leadTimes.stream().filter(LeadTime::tooShort).count();
		}

		public double averageLeadDays() {
			return leadTimes.stream().mapToInt(LeadTime::days).average().orElse(0);
		}
	}

	public Figures figures(OrgId org, LocalDate from, LocalDate to) {
		Map<Long, DisclosureColumn> cols = new LinkedHashMap<>();
		columns.findByOrg(org.value()).forEach(c -> cols.put(c.id(), c));
		Map<String, Long> perColumn = new LinkedHashMap<>();
		cols.values().forEach(c -> perColumn.put(c.name(), 0L));
		Map<ColumnCategory, Long> perCategory = new EnumMap<>(ColumnCategory.class);
		for (ColumnCategory c : ColumnCategory.values()) {
			perCategory.put(c, 0L);
		}
		List<Document> published = documents.findPublishedBetween(org.value(), from, to);
		List<Long> late = new java.util.ArrayList<>();
		List<LeadTime> leads = new java.util.ArrayList<>();
		for (Document d : published) {
			DisclosureColumn c = cols.get(d.columnId());
			if (c != null) {
				perColumn.merge(c.name(), 1L, Long::sum);
				perCategory.merge(c.category(), 1L, Long::sum);
			}
			if (d.late()) {
				late.add(d.id());
			}
			if (d.eventOn() != null && d.publishedOn() != null) {
				int days = calendar.unitsBetween(d.publishedOn(), d.eventOn(), PeriodUnit.DAYS);
				leads.add(new LeadTime(d.id(), d.title(), d.publishedOn(), d.eventOn(), days, days < eventLeadDays));
			}
		}
		return new Figures(org, from, to, published.size(), perColumn, perCategory, List.copyOf(late), List.copyOf(leads),
				eventLeadDays);
	}

	public Figures year(OrgId org, int year) {
		return figures(org, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}
}
