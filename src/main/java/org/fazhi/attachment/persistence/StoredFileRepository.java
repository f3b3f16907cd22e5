package org.fazhi.attachment.persistence;

import org.fazhi.attachment.StoredFile;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoredFileRepository extends JpaRepository<StoredFile, Long> {
}
