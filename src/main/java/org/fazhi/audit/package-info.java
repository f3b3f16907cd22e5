/**
 * The append-only audit trail: every state change, sign-in and view of unmasked personal data is one entry,
 * and each entry stores the SHA-256 hash of the previous one, so an edited or deleted row breaks the chain
 * and {@link org.fazhi.audit.AuditTrail#verify()} finds it. 审计管理员 browse and verify it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计日志", allowedDependencies = { "shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.audit;
