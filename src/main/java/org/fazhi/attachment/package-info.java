/**
 * File storage for every module: content-checked uploads (the type is read from the bytes, never from the file
 * name), a size limit, and a local-disk store under {@code fazhi.attachment.root} (an S3-compatible store is the
 * scale-out path). Files are addressed by id and belong to an org.
 */
@org.springframework.modulith.ApplicationModule(displayName = "附件", allowedDependencies = { "audit", "shared :: *" })
@org.jspecify.annotations.NullMarked
package org.fazhi.attachment;
