package org.fazhi.identity.persistence;

import java.util.List;
import java.util.Optional;

import org.fazhi.identity.Account;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	List<Account> findByOrgIdOrderByUsername(long orgId);

	Optional<Account> findByIdAndOrgId(long id, long orgId);

	boolean existsByDemoTrue();

	boolean existsByUsername(String username);
}
