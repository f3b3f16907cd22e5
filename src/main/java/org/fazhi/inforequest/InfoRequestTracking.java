package org.fazhi.inforequest;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fazhi.shared.Tracking;
import org.fazhi.shared.TrackingNumber;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "查询办理进度" for YSQ numbers: the steps the applicant may see, the reply due date while open, and the reply
 * letter once it has been delivered. A wrong code gives the same empty answer as an unknown number.
 */
@Component
class InfoRequestTracking implements Tracking.Source {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final InfoRequestService service;

	InfoRequestTracking(InfoRequestService service) {
		this.service = service;
	}

	@Override
	public boolean handles(TrackingNumber number) {
		return "YSQ".equals(number.prefix());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Tracking> find(TrackingNumber number, String queryCode) {
		return service.byTracking(number, queryCode).map(r -> {
			List<Tracking.Step> steps = service.timeline(r).stream()
				.filter(InfoRequestEvent::visibleToApplicant)
				.map(e -> new Tracking.Step(LocalDateTime.ofInstant(e.at(), ZONE), e.what()))
				.toList();
			List<Tracking.Document> documents = new ArrayList<>();
			if (r.status() == Status.DELIVERED) {
				documents.add(new Tracking.Document("政府信息公开申请答复告知书（.docx）",
						"/inforequests/letter?number=" + r.trackingNumber()));
			}
			String status = r.result() == null ? r.status().label() : r.status().label() + "（" + r.result().label() + "）";
			var reply = r.status().isOpen() ? service.replyClock(r) : null;
			return new Tracking(r.trackingNumber().value(), "政府信息公开申请", status, r.receivedOn(),
					reply == null ? null : reply.dueOn(), reply == null ? null : reply.dueNote(), steps, documents,
					List.of());
		});
	}
}
