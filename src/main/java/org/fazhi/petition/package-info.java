/**
 * Petitions (信访) under 《信访工作条例》(2022): intake by every channel, 依法分类处理 (申诉求决 / 建议意见 / 检举控告),
 * 诉访分离 routing, the 15-日 acceptance and 60-日 handling clocks, 复查/复核 records, satisfaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "信访",
		allowedDependencies = { "calendar", "organization", "identity", "audit", "notification", "shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.petition;
