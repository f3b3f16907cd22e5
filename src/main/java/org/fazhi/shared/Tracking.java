package org.fazhi.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a citizen sees on "查询办理进度": the modules that hand out tracking numbers answer lookups. A wrong
 * query code and an unknown number give the same empty answer, so numbers cannot be enumerated.
 */
public record Tracking(String trackingNumber, String procedure, String status, @Nullable LocalDate receivedOn,
		@Nullable LocalDate dueOn, List<Step> timeline, List<Document> documents) {

	public record Step(LocalDateTime at, String what) {
	}

	public record Document(String title, String href) {
	}

	public interface Source {

		/** Whether this module issues numbers with the prefix (e.g. {@code YSQ}). */
		boolean handles(TrackingNumber number);

		Optional<Tracking> find(TrackingNumber number, String queryCode);
	}
}
