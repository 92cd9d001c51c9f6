package org.attain.project;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface DepartmentRepository extends ListCrudRepository<Department, Long> {

    Optional<Department> findByName(String name);
}
