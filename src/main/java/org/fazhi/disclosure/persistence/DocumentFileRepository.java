package org.fazhi.disclosure.persistence;

import java.util.List;

import org.fazhi.disclosure.DocumentFile;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentFileRepository extends JpaRepository<DocumentFile, Long> {

	@Query("select f from DocumentFile f where f.documentId = ?1 order by f.position, f.id")
	List<DocumentFile> findByDocument(long documentId);
}
