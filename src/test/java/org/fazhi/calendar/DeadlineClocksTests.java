package org.fazhi.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Urgency;
import org.fazhi.shared.WorkItem;
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
	void aClockReachingAYearWithoutItsNoticeIsProvisionalNotPending() {
		ClockView clock = start("inforequest.reply", LocalDate.of(2026, 12, 20));
		assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2027, 1, 18));
		assertThat(clock.deadline().provisional()).isTrue();
		assertThat(clock.deadline().missingYear()).isEqualTo(2027);
		assertThat(clock.state().provisional()).isTrue();
		assertThat(clock.state().urgency()).isNotEqualTo(Urgency.UNKNOWN);
		// finished before the notice is entered: no verdict, and not 待日历更新 either
		ClockView done = clocks.complete(clock.id(), LocalDate.of(2026, 12, 21));
		assertThat(done.state().urgency()).isEqualTo(Urgency.DONE_UNDECIDED);
	}

	@Test
	void aPausedClockIsPausedOnTheToDoListNotOverdue_OgiArt33Para3() {
		// a 2024 request: without the fix its due date 10-28 had long passed, so it showed 已逾期
		ClockView clock = start("inforequest.reply", LocalDate.of(2024, 9, 25));
		ClockView paused = clocks.pause(clock.id(), LocalDate.of(2024, 10, 14), "征求第三方意见");
		assertThat(paused.state().urgency()).isEqualTo(Urgency.PAUSED);
		assertThat(paused.state().waitingFor()).isEqualTo("征求第三方意见");
		assertThat(paused.state().remaining()).isEqualTo(11);
		assertThat(paused.explanation()).anyMatch(l -> l.contains("当前暂停计时（征求第三方意见）"));
		assertThat(clocks.openItems(clock.org(), List.of(), LocalDate.now()))
			.filteredOn(w -> w.title().equals(clock.title()))
			.singleElement()
			.extracting(WorkItem::urgency)
			.isEqualTo(Urgency.PAUSED);
	}

	@Test
	void aRecheckDuringItsHearingIsPaused_PetitionRegulationArt36Para2() {
		ClockView clock = start("petition.recheck", LocalDate.of(2024, 8, 29));
		ClockView hearing = clocks.pause(clock.id(), LocalDate.of(2024, 9, 2), "听证");
		assertThat(hearing.state().urgency()).isEqualTo(Urgency.PAUSED);
		assertThat(hearing.state().waitingFor()).isEqualTo("听证");
	}

	@Test
	void aCorrectedStartDateMovesTheClockAndIsLogged_OgiArt26() {
		// formed 2024-09-25: due 10-28; corrected to 10-08: 9..11, Sat 10-12 (调休), 14..18, 21..25, 28..31, 11-01, 11-04
		ClockView clock = start("disclosure.publish", LocalDate.of(2024, 9, 25));
		assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2024, 10, 28));
		ClockView moved = clocks.moveStart(clock.id(), LocalDate.of(2024, 10, 8), "形成日期更正");
		assertThat(moved.deadline().start()).isEqualTo(LocalDate.of(2024, 10, 8));
		assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2024, 11, 4));
		assertThat(clocks.moves(clock.id())).singleElement()
			.satisfies(m -> assertThat(m.newDueOn()).isEqualTo(LocalDate.of(2024, 11, 4)));
	}
}
