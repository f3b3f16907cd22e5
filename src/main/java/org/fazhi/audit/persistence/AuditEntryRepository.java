package org.fazhi.audit.persistence;

import java.util.stream.Stream;

import org.fazhi.audit.AuditEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	@Query("select e from AuditEntry e order by e.seq")
	Stream<AuditEntry> streamInOrder();

	Page<AuditEntry> findAll(Pageable pageable);
}
