package org.attain.project;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DepartmentRepository extends ListCrudRepository<Department, Long> {

    Optional<Department> findByName(String name);

    @Query("SELECT COUNT(*) > 0 FROM department WHERE parent_id = :id")
    boolean hasUnits(long id);
}
