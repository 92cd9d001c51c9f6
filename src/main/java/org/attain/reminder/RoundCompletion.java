package org.attain.reminder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attain.indicator.IndicatorService;
import org.attain.project.DepartmentScopes;
import org.attain.project.DepartmentsAbove;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How far every project's report of a round has come, by review state, whether a lock closes it, and who owns it —
 * aggregated in SQL, two queries for all projects. An indicator judged only at year end is not asked for before 1-12月.
 * A project is closed when the checkpoint is locked for every department, for its department or for the 主管部门 above
 * it: nothing more can be saved, so its owners have nothing left to do.
 */
@Service
public class RoundCompletion {

    private final JdbcClient jdbc;
    private final DepartmentScopes scopes;

    RoundCompletion(JdbcClient jdbc, DepartmentScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /** An owner of a project as reminders need them: login, display name, e-mail (null: none given). */
    public record Owner(
            String username, String displayName, @Nullable String email) {}

    /** Every project of the checkpoint's year in the reader's department scope, by name. */
    public List<Completion> of(Checkpoint at) {
        Map<Long, List<Owner>> owners = owners();
        return jdbc.sql("""
                SELECT p.id, p.name,
                       SUM(CASE WHEN i.id IS NOT NULL AND a.id IS NULL
                                 AND NOT (i.progress_profile = 'YEAR_END' AND :m < 12) THEN 1 ELSE 0 END)
                           + (b.id IS NULL) AS missing,
                       COALESCE(SUM(a.review_state = 'DRAFT'), 0) + COALESCE(b.review_state = 'DRAFT', 0) AS drafts,
                       COALESCE(SUM(a.review_state = 'SUBMITTED'), 0) + COALESCE(b.review_state = 'SUBMITTED', 0) AS submitted,
                       COALESCE(SUM(a.review_state = 'RETURNED'), 0) + COALESCE(b.review_state = 'RETURNED', 0) AS returned,
                       COALESCE(SUM(a.review_state = 'APPROVED'), 0) + COALESCE(b.review_state = 'APPROVED', 0) AS approved,
                       COALESCE(SUM(a.review_state = 'WAIVED'), 0) + COALESCE(b.review_state = 'WAIVED', 0) AS waived,
                       EXISTS (SELECT 1 FROM checkpoint_lock k WHERE k.checkpoint_year = :y AND k.checkpoint_month = :m
                               AND k.department_id IN %s) AS locked
                FROM project p
                LEFT JOIN budget_execution b ON b.project_id = p.id AND b.checkpoint_year = :y AND b.checkpoint_month = :m
                LEFT JOIN indicator i ON i.project_id = p.id AND i.goal_table = 'ANNUAL' AND %s
                LEFT JOIN indicator_actual a ON a.indicator_id = i.id AND a.checkpoint_year = :y AND a.checkpoint_month = :m
                WHERE p.budget_year = :y AND %s
                GROUP BY p.id, p.name, p.department_id, b.id, b.review_state
                ORDER BY p.name""".formatted(
                                DepartmentsAbove.ofProjectRow("p"),
                                IndicatorService.countsAt("i", ":m"),
                                scopes.current().sql("p")))
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> new Completion(
                        rs.getLong(1),
                        rs.getString(2),
                        owners.getOrDefault(rs.getLong(1), List.of()).stream()
                                .map(Owner::displayName)
                                .toList(),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getBoolean(9)))
                .list();
    }

    /**
     * The enabled owners who still have something to do in the round, with their open projects (a locked project is
     * nobody's to do).
     */
    public Map<Owner, List<Completion>> openByOwner(Checkpoint at) {
        Map<Long, List<Owner>> owners = owners();
        Map<Owner, List<Completion>> open = new LinkedHashMap<>();
        for (Completion c : of(at)) {
            if (c.isOpenForOwner()) {
                owners.getOrDefault(c.projectId(), List.of())
                        .forEach(o ->
                                open.computeIfAbsent(o, k -> new ArrayList<>()).add(c));
            }
        }
        return open;
    }

    private Map<Long, List<Owner>> owners() {
        Map<Long, List<Owner>> owners = new HashMap<>();
        jdbc.sql("""
                SELECT o.project_id, u.username, u.display_name, u.email FROM project_owner o
                JOIN app_user u ON u.username = o.username WHERE u.enabled ORDER BY u.display_name""")
                .query((rs, n) -> owners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Owner(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list();
        return owners;
    }
}
