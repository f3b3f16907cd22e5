/**
 * Value types and web conventions every module may use: org ids, tracking numbers, identity-number and
 * credit-code checks, masking of personal data, rule violations with zh-CN messages, and the extension
 * points through which a module adds its routes, menu entries and demo data to the shell.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公共")
@org.jspecify.annotations.NullMarked
package org.fazhi.shared;
