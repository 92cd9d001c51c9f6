package org.attain.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects and their departments: lookup, the aggregated project list, and storing an approved description (many at once:
 * {@link ProjectStore}).
 */
@Service
public class ProjectService {

    private static final int NAMES_PER_QUERY = 1000;
    private static final Map<String, String> SORTABLE =
            Map.of("name", "p.name", "department", "d.name", "year", "p.budget_year", "budget", "p.budget");

    private final ProjectRepository projects;
    private final DepartmentRepository departments;
    private final JdbcClient jdbc;
    private final DepartmentScopes scopes;

    ProjectService(
            ProjectRepository projects, DepartmentRepository departments, JdbcClient jdbc, DepartmentScopes scopes) {
        this.projects = projects;
        this.departments = departments;
        this.jdbc = jdbc;
        this.scopes = scopes;
    }

    /** A project; refused ({@link OutOfScopeException}) when it lies outside the reader's department. */
    public Optional<Project> find(long id) {
        Optional<Project> project = projects.findById(id);
        project.ifPresent(p -> requireInScope(p.getName(), p.getDepartmentId()));
        return project;
    }

    /** As {@link #find} for many projects in one query: those found, by id; refused as {@link #find} refuses. */
    public Map<Long, Project> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Project> found = new HashMap<>();
        projects.findAllById(ids).forEach(p -> {
            requireInScope(p.getName(), p.getDepartmentId());
            found.put(p.getId(), p);
        });
        return found;
    }

    /** The departments a project belongs to, 主管部门 first: [主管部门, 单位], or [主管部门] when it has no unit. */
    public List<String> departmentPath(Project project) {
        return jdbc.sql("""
                        SELECT p.name, d.name FROM department d LEFT JOIN department p ON p.id = d.parent_id
                        WHERE d.id = :id""")
                .param("id", project.getDepartmentId())
                .query((rs, n) ->
                        rs.getString(1) == null ? List.of(rs.getString(2)) : List.of(rs.getString(1), rs.getString(2)))
                .single();
    }

    /** The reader's scope: the predicate every read of projects adds ({@link DepartmentScope#sql}). */
    public DepartmentScope scope() {
        return scopes.current();
    }

    void requireInScope(String project, long departmentId) {
        DepartmentScope scope = scopes.current();
        if (scope.all()) {
            return;
        }
        Department d = departments.findById(departmentId).orElseThrow();
        if (!scope.covers(d.getId(), d.getParentId())) {
            throw new OutOfScopeException(project, d.getName(), scope.name() == null ? "—" : scope.name());
        }
    }

    public long count() {
        return projects.count();
    }

    /** Creates the project or updates its description in place (same department, year and name). */
    @Transactional
    public Project store(ProjectDescription d) {
        Department department = departments
                .findByName(d.department())
                .orElseGet(() -> departments.save(new Department(d.department())));
        requireInScope(d.name(), department.getId());
        Project project = projects.findExisting(department.getId(), d.year(), d.name())
                .orElseGet(() -> new Project(department.getId(), d.year(), d.name(), d.budget()));
        boolean changed = project.describe(
                d.budget(), d.projectType(), d.fundNature(), d.basis(), d.longTermGoal(), d.annualGoal());
        // an unchanged project is not written again: no update, and nothing to judge again
        return changed || project.getId() == null ? projects.save(project) : project;
    }

    public Optional<Project> findExisting(String department, int year, String name) {
        return departments.findByName(department).flatMap(dep -> projects.findExisting(dep.getId(), year, name));
    }

    /** Projects of that name (in that year, when given), across departments. */
    public List<Project> findByName(String name, Integer year) {
        return projects.findByName(name, year);
    }

    /**
     * As {@link #findByName} for many names at once: each name as given → the projects of that name (in that year, when
     * given), newest year first; a name that matches none is absent. The names are compared in SQL, so that the name
     * column's collation decides as it does for one name: case, accents and trailing spaces ignored. One query per
     * thousand names, and one to read the projects.
     */
    public Map<String, List<Project>> findByNames(Collection<String> names, @Nullable Integer year) {
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        List<String> distinct = List.copyOf(new LinkedHashSet<>(names));
        for (int from = 0; from < distinct.size(); from += NAMES_PER_QUERY) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + NAMES_PER_QUERY));
            // the asked names as a derived table of literals: they take the collation of the column they meet, and
            // each match names its asked name; the years as a table too, so the index on (year, name) serves both
            String asked = "SELECT ? AS asked" + " UNION ALL SELECT ?".repeat(chunk.size() - 1);
            jdbc.sql("""
                    SELECT k.asked, p.id FROM (%s) k
                    JOIN (SELECT DISTINCT budget_year FROM project WHERE ? IS NULL OR budget_year = ?) y
                    JOIN project p ON p.budget_year = y.budget_year AND p.name = k.asked
                    ORDER BY p.budget_year DESC, p.id""".formatted(asked))
                    .params(parameters(chunk, year))
                    .query((rs, n) -> ids.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getLong(2)))
                    .list();
        }
        Map<Long, Project> found = new HashMap<>();
        projects.findAllById(
                        ids.values().stream().flatMap(List::stream).distinct().toList())
                .forEach(p -> found.put(p.getId(), p));
        Map<String, List<Project>> byName = new HashMap<>();
        ids.forEach((name, of) -> byName.put(name, of.stream().map(found::get).toList()));
        return byName;
    }

    private static List<Object> parameters(List<String> names, @Nullable Integer year) {
        List<Object> parameters = new ArrayList<>(names);
        parameters.add(year);
        parameters.add(year);
        return parameters;
    }

    public List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT budget_year FROM project ORDER BY budget_year DESC")
                .query(Integer.class)
                .list();
    }

    /** One page of the project list with indicator counts, aggregated in one query. */
    public List<ProjectSummary> summaries(Integer year, Pageable page) {
        return jdbc.sql("""
                SELECT p.id, p.name, d.name AS department, p.budget_year, p.budget,
                       (SELECT COUNT(*) FROM indicator i WHERE i.project_id = p.id AND i.goal_table = 'ANNUAL') AS annual,
                       (SELECT COUNT(*) FROM indicator i WHERE i.project_id = p.id AND i.goal_table = 'LONG_TERM') AS lt
                FROM project p JOIN department d ON d.id = p.department_id
                WHERE (:year IS NULL OR p.budget_year = :year) AND %s
                ORDER BY %s LIMIT :limit OFFSET :offset""".formatted(scopes.current().sql("p"), orderBy(page.getSort())))
                .param("year", year)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new ProjectSummary(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getBigDecimal(5),
                        rs.getInt(6),
                        rs.getInt(7)))
                .list();
    }

    private static String orderBy(Sort sort) {
        StringBuilder sql = new StringBuilder();
        for (Sort.Order order : sort) {
            String column = SORTABLE.get(order.getProperty());
            if (column != null) {
                sql.append(column).append(order.isAscending() ? " ASC, " : " DESC, ");
            }
        }
        return sql.append("p.budget_year DESC, p.id ASC").toString();
    }
}
