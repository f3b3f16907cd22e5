package org.fazhi.disclosure.persistence;

import java.util.List;

import org.fazhi.disclosure.DocumentVersion;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

	@Query("select v from DocumentVersion v where v.documentId = ?1 order by v.revision desc")
	List<DocumentVersion> findByDocument(long documentId);
}
