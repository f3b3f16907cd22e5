/** Web conventions every module uses: routes, menu and navigation entries, error answers. */
@org.springframework.modulith.NamedInterface("shell")
@org.jspecify.annotations.NullMarked
package org.fazhi.shared.shell;
