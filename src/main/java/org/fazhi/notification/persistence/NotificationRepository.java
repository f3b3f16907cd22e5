package org.fazhi.notification.persistence;

import java.util.Collection;
import java.util.List;

import org.fazhi.notification.Notification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	/** A user's own notices, and those addressed to a permission the user holds in the org or system-wide. */
	@Query("select n from Notification n where n.recipient = :username "
			+ "or (n.recipient is null and n.authority in :authorities and (n.orgId = :orgId or n.orgId is null)) "
			+ "order by n.id desc")
	List<Notification> findFor(@Param("username") String username, @Param("orgId") long orgId,
			@Param("authorities") Collection<String> authorities);
}
