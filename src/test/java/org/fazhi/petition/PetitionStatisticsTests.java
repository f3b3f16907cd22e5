package org.fazhi.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.fazhi.FazhiTest;
import org.fazhi.organization.OrganizationService;
import org.fazhi.shared.OrgId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FazhiTest
class PetitionStatisticsTests {

	@Autowired
	PetitionStatistics statistics;

	@Autowired
	PetitionService service;

	@Autowired
	OrganizationService organization;

	private OrgId hangu() {
		return organization.byCreditCode("115001070093712808").orElseThrow().id();
	}

	@Test
	void hanguReceived151PetitionsIn2023AllRegisteredAcceptedOrRoutedAndConcludedOnTime_SeedReport() {
		PetitionStatistics.Figures f = statistics.year(hangu(), 2023);
		assertThat(f.received()).isEqualTo(151);
		assertThat(f.registered()).isEqualTo(151);
		assertThat(f.accepted() + f.routed()).isEqualTo(151);
		assertThat(f.accepted()).isPositive();
		assertThat(f.routed()).isPositive();
		assertThat(f.concluded()).isEqualTo(151);
		assertThat(f.concludedOnTime()).isEqualTo(151);
		assertThat(f.byChannel().keySet()).containsExactlyInAnyOrder(Channel.values());
		assertThat(f.byChannel().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(151);
		assertThat(f.byType().keySet()).containsExactlyInAnyOrder(PetitionType.values());
		assertThat(f.byVillage()).hasSizeGreaterThanOrEqualTo(8).doesNotContainKey("未注明");
		assertThat(f.collective()).isPositive();
		assertThat(f.satisfactionRate()).isBetween(90.0, 100.0);
		assertThat(f.repeatRate()).isZero();
	}

	@Test
	void aLinkedRepeatIsReceivedButNotRegisteredTwice() {
		PetitionFixtures fx = new PetitionFixtures(service, organization);
		PetitionStatistics.Figures before = statistics.year(hangu(), 2021);
		Receipt first = fx.register(LocalDate.of(2021, 5, 6), "河道垃圾清理", 1);
		Receipt second = fx.register(LocalDate.of(2021, 5, 20), "河道垃圾清理", 1);
		service.linkDuplicate(fx.hangu, second.id(), first.id(), "xinfang");
		PetitionStatistics.Figures after = statistics.year(hangu(), 2021);
		assertThat(after.received() - before.received()).isEqualTo(2);
		assertThat(after.registered() - before.registered()).isEqualTo(1);
		assertThat(after.repeats() - before.repeats()).isEqualTo(1);
		assertThat(service.petition(Set.of(fx.hangu), second.id()).isDuplicate()).isTrue();
	}
}
