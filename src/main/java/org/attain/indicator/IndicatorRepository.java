package org.attain.indicator;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {

    @Query("SELECT * FROM indicator WHERE project_id = :projectId ORDER BY goal_table, position")
    List<Indicator> findByProject(Long projectId);

    @Query("SELECT * FROM indicator WHERE project_id IN (:projectIds) ORDER BY project_id, goal_table, position")
    List<Indicator> findByProjects(Collection<Long> projectIds);
}
