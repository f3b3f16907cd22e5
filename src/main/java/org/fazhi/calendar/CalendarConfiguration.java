package org.fazhi.calendar;

import java.time.Clock;

import org.fazhi.calendar.persistence.NoticeRevisionRepository;
import org.fazhi.calendar.persistence.RuleRevisionRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	/**
	 * Imports the bundled notices and rules that the database lacks (every profile: production needs them too),
	 * then builds the calendar from the notices in force.
	 */
	@Bean
	WorkdayCalendar workdayCalendar(NoticeRevisionRepository notices, RuleRevisionRepository rules,
			TransactionTemplate transactions, Clock clock) {
		return transactions.execute(status -> {
			CalendarNotices.importBundled(notices, clock);
			ClockRules.importBundled(rules, clock);
			return new WorkdayCalendar(new CalendarData(
					notices.findCurrent().stream().map(r -> CalendarJson.notice(r.json())).toList()));
		});
	}
}
