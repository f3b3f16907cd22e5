/**
 * The append-only audit trail: every state change, sign-in and view of unmasked personal data is one entry. Each
 * entry stores an HMAC (keyed with the deployment secret, kept outside the database) over its content, the orgs it
 * affects and the previous entry's hash, and the chain head is signed into checkpoints outside the database, so an
 * edited, deleted or wholly rewritten chain is found by {@link org.fazhi.audit.AuditTrail#verify()}. 审计管理员
 * browse the entries that affect their town (a district's auditor also the installation-level ones) and verify it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "审计日志", allowedDependencies = { "shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.audit;
