/**
 * Staff accounts bound to an org, roles with the 三权分立 separation (系统管理员, 安全管理员 and 审计管理员 are
 * distinct people), password policy, lockout, first-sign-in password change, sign-in log, and the
 * deny-by-default web security every module's routes plug into.
 */
@org.springframework.modulith.ApplicationModule(displayName = "用户与权限",
		allowedDependencies = { "organization", "audit", "shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.identity;
