package org.fazhi.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.fazhi.notification.persistence.NotificationRepository;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.OrgId;
import org.fazhi.shared.Staff;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class NotificationService {

	private final NotificationRepository notices;

	private final Clock clock;

	NotificationService(NotificationRepository notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	/** To one user. */
	public void notifyUser(@Nullable OrgId org, String username, String title, String body, @Nullable String href) {
		notices.save(new Notification(org == null ? null : org.value(), username, null, title, body, href,
				clock.instant()));
	}

	/** To every holder of a permission in the org (or in every org when {@code org} is empty). */
	public void notifyHolders(@Nullable OrgId org, String authority, String title, String body, @Nullable String href) {
		notices.save(new Notification(org == null ? null : org.value(), null, authority, title, body, href,
				clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Notification> forUser(Staff user, Collection<String> authorities) {
		return notices.findFor(user.username(), user.org().value(), authorities);
	}

	public void markRead(Staff user, Collection<String> authorities, long id) {
		forUser(user, authorities).stream()
			.filter(n -> n.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFound("notification"))
			.markRead(clock.instant());
	}
}
