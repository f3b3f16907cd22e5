/**
 * The tenants: districts and the towns/streets under them (each with its 统一社会信用代码, GB 32100-2015),
 * their villages/communities and departments, and the site details a town shows in the portal footer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织机构", allowedDependencies = { "audit", "shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.organization;
