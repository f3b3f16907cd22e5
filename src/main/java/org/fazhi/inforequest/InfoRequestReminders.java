package org.fazhi.inforequest;

import java.util.List;

import org.fazhi.calendar.ClockView;
import org.fazhi.inforequest.persistence.InfoRequestRepository;
import org.fazhi.notification.NotificationService;
import org.fazhi.shared.Urgency;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning: tells the handler (or, without one, every holder of inforequest:handle) when a reply reaches the
 * rule's 即将到期 threshold, and the leaders when it is overdue. Each notice is sent once per due date — the timeline
 * keeps a staff-only step that marks it — so a rerun, or a second instance, sends nothing twice.
 */
@Component
class InfoRequestReminders {

	private final InfoRequestRepository requests;

	private final InfoRequestService service;

	private final NotificationService notifications;

	InfoRequestReminders(InfoRequestRepository requests, InfoRequestService service,
			NotificationService notifications) {
		this.requests = requests;
		this.service = service;
		this.notifications = notifications;
	}

	@Scheduled(cron = "${fazhi.inforequest.reminders-cron:0 30 7 * * *}", zone = "Asia/Shanghai")
	@Transactional
	public int remind() {
		int sent = 0;
		for (InfoRequest r : requests.findByStatusIn(List.of(Status.OPEN, Status.CONSULTING))) {
			ClockView clock = service.replyClock(r);
			Urgency urgency = clock.state().urgency();
			String href = "/console/inforequests/" + r.id();
			if (urgency == Urgency.DUE_SOON) {
				String mark = "提醒：答复期限即将到期（" + clock.dueOn() + "）";
				if (!service.hasStep(r, mark)) {
					String title = "依申请公开 " + r.trackingNumber() + " 答复期限即将到期";
					String body = "答复期限为 " + clock.dueOn() + "，剩余 " + clock.state().remaining() + " 个工作日。";
					if (r.handler() != null) {
						notifications.notifyUser(r.org(), r.handler(), title, body, href);
					}
					else {
						notifications.notifyHolders(r.org(), InfoRequestService.AUTHORITY, title, body, href);
					}
					service.step(r, mark, false);
					sent++;
				}
			}
			else if (urgency == Urgency.OVERDUE) {
				String mark = "提醒：答复已逾期（" + clock.dueOn() + "）";
				if (!service.hasStep(r, mark)) {
					notifications.notifyHolders(r.org(), "leader:approve",
							"依申请公开 " + r.trackingNumber() + " 答复已逾期",
							"答复期限为 " + clock.dueOn() + "，至今未答复，请督促办理。", href);
					service.step(r, mark, false);
					sent++;
				}
			}
		}
		return sent;
	}
}
