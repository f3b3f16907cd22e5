/**
 * 公共法律服务 at the town's 司法所 / 公共法律服务工作站: legal consultations by walk-in, phone or the portal (with a
 * reply the citizen follows on the tracking page), referrals to mediation, legal aid or litigation, the station's
 * duty schedule, and the rosters of 法律明白人 (per village, with trainings and activities) and 法律顾问. No national
 * deadlines exist for consultations (legal-rules.md §10), so they carry no clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公共法律服务",
		allowedDependencies = { "calendar", "organization", "identity", "audit", "notification", "mediation", "shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.legalservice;
