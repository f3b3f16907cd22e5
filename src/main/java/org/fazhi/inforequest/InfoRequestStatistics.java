package org.fazhi.inforequest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fazhi.shared.OrgId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures for reports (the 法治政府建设 annual report, the OGI annual report): a year's requests of an org, counted as
 * table 三 counts them — received in the year, answered in the year (by result), and unanswered on 31 December.
 */
@Service
@Transactional(readOnly = true)
public class InfoRequestStatistics {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * @param received new requests with a receipt date in the year
	 * @param carriedIn requests from earlier years still open on 1 January
	 * @param answered requests answered in the year (whatever year received)
	 * @param answeredInTime of those, answered within the statutory period (clock completed by its due date)
	 * @param carriedOver requests received by 31 December and unanswered that day (结转下年度继续办理)
	 * @param overdue answered in the year after the statutory period, plus unanswered past their due date on the
	 *        year's last day (today, for the running year): the limit of OGI Art. 33 missed
	 * @param byChannel the year's new requests by how they came in (OGI Art. 31)
	 */
	public record YearFigures(OrgId org, int year, int received, int carriedIn, int answered, int answeredInTime,
			int carriedOver, int overdue, Map<ReplyResult, Integer> byResult, Map<Channel, Integer> byChannel) {
	}

	private final InfoRequestService service;

	private final Clock clock;

	InfoRequestStatistics(InfoRequestService service, Clock clock) {
		this.service = service;
		this.clock = clock;
	}

	public YearFigures year(OrgId org, int year) {
		List<InfoRequest> all = service.touchingYear(org, year);
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		LocalDate asOf = last.isAfter(today) ? today : last;
		int received = 0, carriedIn = 0, answered = 0, inTime = 0, carriedOver = 0, overdue = 0;
		Map<ReplyResult, Integer> byResult = new EnumMap<>(ReplyResult.class);
		Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
		for (InfoRequest r : all) {
			if (r.receivedOn().getYear() == year) {
				received++;
				byChannel.merge(r.channel(), 1, Integer::sum);
			}
			if (r.openAt(first.minusDays(1))) {
				carriedIn++;
			}
			if (r.repliedOn() != null && r.repliedOn().getYear() == year && r.result() != null) {
				answered++;
				if (Boolean.TRUE.equals(r.answeredInTime())) {
					inTime++;
				}
				else {
					overdue++;
				}
				byResult.merge(r.result(), 1, Integer::sum);
			}
			if (r.openAt(last)) {
				carriedOver++;
			}
			if (r.openAt(asOf) && r.dueOn() != null && r.dueOn().isBefore(asOf)) {
				overdue++;
			}
		}
		return new YearFigures(org, year, received, carriedIn, answered, inTime, carriedOver, overdue,
				Map.copyOf(byResult), Map.copyOf(byChannel));
	}
}
