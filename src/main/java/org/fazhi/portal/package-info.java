/**
 * The public site shell (home, navigation, footer, 长者模式, "查询办理进度") and the staff console shell
 * (sidebar by role, "我的待办" home), plus the error pages. It composes pages from the other modules' public
 * types and never owns business records (the home page lists the newest 政务公开 items through DisclosureService).
 */
@org.springframework.modulith.ApplicationModule(displayName = "门户与工作台",
		allowedDependencies = { "organization", "identity", "disclosure", "shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.portal;
