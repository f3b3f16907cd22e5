package org.fazhi;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.Tracking;
import org.fazhi.shared.TrackingNumber;

/**
 * A tracking source with one known submission, so "查询办理进度" can be tested with a real number and a wrong code
 * before any business module issues numbers. Deliberately not a component: only {@link FazhiTest} imports it.
 */
public class TestTrackingSource implements Tracking.Source {

	public static final String NUMBER = "TST-2024-000001";

	public static final String CODE = "ABCD2345";

	public static final String STATUS = "测试办理中";

	@Override
	public boolean handles(TrackingNumber number) {
		return number.prefix().equals("TST");
	}

	@Override
	public Optional<Tracking> find(TrackingNumber number, String queryCode) {
		if (!number.value().equals(NUMBER) || !CODE.equals(queryCode.trim().toUpperCase())) {
			return Optional.empty();
		}
		return Optional.of(new Tracking(NUMBER, "测试事项", STATUS, LocalDate.of(2024, 3, 28), LocalDate.of(2024, 4, 25),
				List.of(new Tracking.Step(LocalDateTime.of(2024, 3, 28, 9, 0), "已受理")), List.of()));
	}
}
