package org.fazhi.petition;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.fazhi.calendar.ClockView;
import org.fazhi.shared.Tracking;
import org.fazhi.shared.TrackingNumber;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers /track for XF numbers: the steps the petitioner may see, the letters sent, the current due date. */
@Component
class PetitionTracking implements Tracking.Source {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final PetitionService service;

	private final PetitionLetters letters;

	private final PetitionTokens tokens;

	PetitionTracking(PetitionService service, PetitionLetters letters, PetitionTokens tokens) {
		this.service = service;
		this.letters = letters;
		this.tokens = tokens;
	}

	@Override
	public boolean handles(TrackingNumber number) {
		return PetitionService.PREFIX.equals(number.prefix());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Tracking> find(TrackingNumber number, String queryCode) {
		return service.byTrackingNumber(number, queryCode).map(p -> new Tracking(p.trackingNumber().value(), "信访",
				p.status().label(), p.receivedOn(), service.currentClock(p).map(ClockView::dueOn).orElse(null),
				service.currentClock(p).map(ClockView::dueNote).orElse(null),
				service.timeline(p).stream().filter(PetitionStep::isPublic)
					.map(s -> new Tracking.Step(s.occurredAt().atZone(ZONE).toLocalDateTime(), s.what()))
					.toList(),
				letters.available(p).stream().filter(LetterKind::toPetitioner)
					.map(k -> new Tracking.Document(k.title(), "/petitions/letters/" + p.trackingNumber() + "/" + k.name()
							+ "/" + tokens.letter(p, k)))
					.toList(),
				// a reply given and not yet rated: the petitioner may rate it (token, not the query code, in the link)
				p.hasReply() && p.satisfaction() == null
						? List.of(new Tracking.Action("评价办理结果", "/petitions/rate?number=" + p.trackingNumber() + "&token="
								+ tokens.rating(p)))
						: List.of()));
	}
}
