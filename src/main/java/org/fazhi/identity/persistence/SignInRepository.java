package org.fazhi.identity.persistence;

import org.fazhi.identity.SignIn;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignInRepository extends JpaRepository<SignIn, Long> {

	Page<SignIn> findByOrgIdOrderByIdDesc(Long orgId, Pageable pageable);

	Page<SignIn> findAllByOrderByIdDesc(Pageable pageable);
}
