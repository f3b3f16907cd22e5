/**
 * Value types and web conventions every module may use: org ids, tracking numbers, identity-number and
 * credit-code checks, masking of personal data, rule violations with zh-CN messages, and the extension
 * points through which a module adds its routes, menu entries and demo data to the shell. An open module: the
 * {@code shell}, {@code office} and {@code search} subpackages (routes, menu, error answers, page cache; Excel and
 * Word files; Chinese analyzers) are as public as the root package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "公共",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.fazhi.shared;
