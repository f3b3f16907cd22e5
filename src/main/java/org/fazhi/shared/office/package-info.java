/** Excel ledgers (台账) in and out, and Word documents laid out after GB/T 9704, with Apache POI. */
@org.springframework.modulith.NamedInterface("office")
@org.jspecify.annotations.NullMarked
package org.fazhi.shared.office;
