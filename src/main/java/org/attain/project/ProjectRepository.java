package org.attain.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProjectRepository extends ListCrudRepository<Project, Long> {

    @Query("SELECT * FROM project WHERE department_id = :departmentId AND budget_year = :year AND name = :name")
    Optional<Project> findExisting(Long departmentId, int year, String name);

    @Query(
            "SELECT * FROM project WHERE name = :name AND (:year IS NULL OR budget_year = :year) ORDER BY budget_year DESC")
    List<Project> findByName(String name, Integer year);
}
