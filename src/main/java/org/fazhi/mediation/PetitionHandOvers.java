package org.fazhi.mediation;

import org.fazhi.petition.PetitionReferredToMediation;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Registers a dispute with source 信访转入 when the petition office hands a civil dispute over (条例 Art. 37). */
@Component
class PetitionHandOvers {

	private final MediationService mediation;

	PetitionHandOvers(MediationService mediation) {
		this.mediation = mediation;
	}

	@ApplicationModuleListener
	void on(PetitionReferredToMediation event) {
		mediation.registerFromPetition(event.org(), event.trackingNumber(), event.partyName(), event.partyPhone(),
				event.village(), event.matter(), event.referredOn());
	}
}
