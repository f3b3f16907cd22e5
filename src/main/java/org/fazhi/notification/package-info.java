/**
 * In-app notices to staff: reminders at 即将到期, moved due dates, missing calendar data. Addressed to a user or to
 * everyone of an org holding a permission. (A mail outbox is the planned next channel.)
 */
@org.springframework.modulith.ApplicationModule(displayName = "消息提醒", allowedDependencies = { "calendar", "shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.notification;
