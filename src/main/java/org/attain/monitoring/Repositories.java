package org.attain.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface IndicatorActualRepository extends ListCrudRepository<IndicatorActual, Long> {

    @Query("""
            SELECT a.* FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id
            WHERE i.project_id = :projectId AND a.checkpoint_year = :year AND a.checkpoint_month = :month""")
    List<IndicatorActual> findForProject(long projectId, int year, int month);

    @Query("""
            SELECT a.* FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id
            WHERE i.project_id IN (:projectIds) AND a.checkpoint_year = :year AND a.checkpoint_month = :month""")
    List<IndicatorActual> findForProjects(Collection<Long> projectIds, int year, int month);

    @Query("""
            SELECT * FROM indicator_actual WHERE indicator_id = :indicatorId
            ORDER BY checkpoint_year, checkpoint_month""")
    List<IndicatorActual> findForIndicator(long indicatorId);
}

interface BudgetExecutionRepository extends ListCrudRepository<BudgetExecution, Long> {

    @Query("""
            SELECT * FROM budget_execution
            WHERE project_id = :projectId AND checkpoint_year = :year AND checkpoint_month = :month""")
    Optional<BudgetExecution> findFor(long projectId, int year, int month);

    @Query("""
            SELECT * FROM budget_execution
            WHERE project_id IN (:projectIds) AND checkpoint_year = :year AND checkpoint_month = :month""")
    List<BudgetExecution> findForProjects(Collection<Long> projectIds, int year, int month);
}
