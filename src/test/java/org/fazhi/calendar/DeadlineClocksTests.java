package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FazhiTest
class DeadlineClocksTests {

	@Autowired
	DeadlineClocks clocks;

	@Autowired
	OrganizationService organization;

	private ClockView start(String rule, LocalDate on) {
		OrgId org = organization.byCreditCode("115001070093712808").orElseThrow().id();
		String id = UUID.randomUUID().toString();
		return clocks.start(new StartClock(org, "test", id, rule, on, "测试事项 " + id, "/console", null, null));
	}

	@Test
	void thirdPartyConsultationIsNotCounted_OgiArt33Para3() {
		ClockView clock = start("inforequest.reply", LocalDate.of(2024, 9, 25));
		assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2024, 10, 28));
		// consultation from Mon 2024-10-14 to Fri 2024-10-18: five working days stand still
		clocks.pause(clock.id(), LocalDate.of(2024, 10, 14), "征求第三方意见");
		ClockView resumed = clocks.resume(clock.id(), LocalDate.of(2024, 10, 18));
		assertThat(resumed.dueOn()).isEqualTo(LocalDate.of(2024, 11, 4));
		assertThat(clocks.view(clock.id()).deadline().pauses()).hasSize(1);
	}

	@Test
	void correctionRunsTheWholePeriodAnew_OgiArt30() {
		ClockView clock = start("inforequest.reply", LocalDate.of(2024, 9, 25));
		ClockView restarted = clocks.restart(clock.id(), LocalDate.of(2024, 10, 9), "收到补正后的申请");
		// 20 working days from Thu 10-10, with Saturday 10-12 a 调休 working day
		assertThat(restarted.dueOn()).isEqualTo(LocalDate.of(2024, 11, 5));
	}

	@Test
	void extensionIsCappedAtTwentyWorkingDays_OgiArt33Para2() {
		ClockView clock = start("inforequest.reply", LocalDate.of(2024, 9, 25));
		ClockView extended = clocks.extend(clock.id(),
				new Extension(Period.workingDays(20), "办公室主任", "需调取档案", LocalDate.of(2024, 10, 20)));
		assertThat(extended.dueOn()).isEqualTo(LocalDate.of(2024, 11, 25));
		assertThatThrownBy(() -> clocks.extend(clock.id(),
				new Extension(Period.workingDays(1), "办公室主任", "再延", LocalDate.of(2024, 11, 1))))
			.isInstanceOf(RuleViolation.class);
	}

	@Test
	void petitionHandlingPeriodEndingOnARestDayRunsToTheNextWorkingDay_CivilProcedureArt85() {
		// accepted 2024-08-02; 60 日 later is Tue 2024-10-01 (国庆), so the period ends on Tue 2024-10-08
		ClockView clock = start("petition.handling", LocalDate.of(2024, 8, 2));
		assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2024, 10, 8));
		clocks.complete(clock.id(), LocalDate.of(2024, 10, 8));
		assertThat(clocks.view(clock.id()).state().urgency()).isEqualTo(org.fazhi.shared.Urgency.DONE_ON_TIME);
	}

	@Test
	void aClockInAYearWithoutDataAwaitsTheCalendar() {
		ClockView clock = start("inforequest.reply", LocalDate.of(2026, 12, 20));
		assertThat(clock.dueOn()).isNull();
		assertThat(clock.deadline().missingYear()).isEqualTo(2027);
		assertThat(clock.state().urgency()).isEqualTo(org.fazhi.shared.Urgency.UNKNOWN);
	}
}
