package org.fazhi.legalservice;

import java.util.Optional;

import org.fazhi.shared.Tracking;
import org.fazhi.shared.TrackingNumber;
import org.springframework.stereotype.Component;

/** Lets "查询办理进度" find online consultations (prefix ZX). */
@Component
class ConsultationTracking implements Tracking.Source {

	private final ConsultationService consultations;

	ConsultationTracking(ConsultationService consultations) {
		this.consultations = consultations;
	}

	@Override
	public boolean handles(TrackingNumber number) {
		return ConsultationService.PREFIX.equals(number.prefix());
	}

	@Override
	public Optional<Tracking> find(TrackingNumber number, String queryCode) {
		return consultations.track(number, queryCode);
	}
}
