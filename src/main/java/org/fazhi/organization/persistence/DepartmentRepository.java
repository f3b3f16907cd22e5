package org.fazhi.organization.persistence;

import java.util.List;
import java.util.Optional;

import org.fazhi.organization.Department;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

	List<Department> findByOrgIdOrderById(long orgId);

	Optional<Department> findByIdAndOrgId(long id, long orgId);

	boolean existsByOrgIdAndName(long orgId, String name);
}
