/**
 * 主动公开: documents with their metadata block and generated 索引号, the catalog of columns (OGI Regulations
 * Art. 20), the 保密审查 workflow with a personal-data scan, the 20-工作日 publication rule (Art. 26), the public
 * portal pages, Chinese full-text search, and the figures for the annual reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "政务公开",
		allowedDependencies = { "calendar", "organization", "audit", "attachment", "shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.disclosure;
