/**
 * Information requests (依申请公开) under 《政府信息公开条例》(2019): intake by every channel with the Art. 31 receipt
 * date, 补正 (Art. 30), third-party consultation (Arts. 32, 33 ¶3), extension (Art. 33 ¶2), the reply with one result
 * of the national annual-report categories, 信息处理费 notices (Art. 42), delivery, citizen tracking, and the
 * annual report's table 三.
 */
@org.springframework.modulith.ApplicationModule(displayName = "依申请公开",
		allowedDependencies = { "calendar", "organization", "audit", "notification", "shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.inforequest;
