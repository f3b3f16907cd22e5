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
		@Nullable LocalDate dueOn, @Nullable String dueNote, List<Step> timeline, List<Document> documents,
		List<Action> actions) {

	public Tracking {
		actions = actions == null ? List.of() : List.copyOf(actions);
	}

	/** Without a note on the due date (dueNote says when it is 暂定 or the clock is paused). */
	public Tracking(String trackingNumber, String procedure, String status, @Nullable LocalDate receivedOn,
			@Nullable LocalDate dueOn, List<Step> timeline, List<Document> documents, List<Action> actions) {
		this(trackingNumber, procedure, status, receivedOn, dueOn, null, timeline, documents, actions);
	}

	/** A tracking answer that offers the citizen nothing to do. */
	public Tracking(String trackingNumber, String procedure, String status, @Nullable LocalDate receivedOn,
			@Nullable LocalDate dueOn, List<Step> timeline, List<Document> documents) {
		this(trackingNumber, procedure, status, receivedOn, dueOn, null, timeline, documents, List.of());
	}

	public record Step(LocalDateTime at, String what) {
	}

	public record Document(String title, String href) {
	}

	/**
	 * Something the citizen may do next (e.g. rate the result). The href must not carry the query code: it ends up
	 * in address bars, logs and Referer headers; use a token derived from it instead.
	 */
	public record Action(String label, String href) {
	}

	public interface Source {

		/** Whether this module issues numbers with the prefix (e.g. {@code YSQ}). */
		boolean handles(TrackingNumber number);

		Optional<Tracking> find(TrackingNumber number, String queryCode);
	}
}
