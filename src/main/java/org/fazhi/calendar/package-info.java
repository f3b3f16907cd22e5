/**
 * The working-day calendar (State Council holidays and 调休 working weekends per year) and the statutory deadline
 * engine: every legal time limit in Fazhi is a {@link org.fazhi.calendar.Deadline} computed here from a start
 * event and a {@link org.fazhi.calendar.Period}, with pauses, restarts and approved extensions. No module counts
 * days itself. Counting rules: the first day is not counted (民法典 Art. 201; 民事诉讼法 (2023) Art. 85), and
 * a period in 日 whose last day is a rest day or holiday ends on the next working day (民事诉讼法 (2023) Art. 85 ¶2;
 * 民法典 Art. 203).
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作日历与期限",
		allowedDependencies = { "audit", "shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.calendar;
