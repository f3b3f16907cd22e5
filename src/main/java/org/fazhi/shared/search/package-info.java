/** Full-text search settings shared by every indexed module: the Chinese analyzers. */
@org.springframework.modulith.NamedInterface("search")
@org.jspecify.annotations.NullMarked
package org.fazhi.shared.search;
