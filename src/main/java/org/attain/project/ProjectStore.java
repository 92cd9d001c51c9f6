package org.attain.project;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the projects of an approval document as a set ({@link #storeAll}): what {@link ProjectService#store} does for
 * one description, for a thousand in a few statements.
 */
@Service
public class ProjectStore {

    private static final String INSERT = """
            INSERT INTO project (department_id, budget_year, name, budget, project_type, fund_nature, basis,
            long_term_goal, annual_goal, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""";

    private final ProjectService service;
    private final ProjectRepository projects;
    private final DepartmentRepository departments;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ProjectStore(
            ProjectService service,
            ProjectRepository projects,
            DepartmentRepository departments,
            JdbcClient jdbc,
            JdbcTemplate batch) {
        this.service = service;
        this.projects = projects;
        this.departments = departments;
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** What {@link #storeAll} did with one description: the project stored, and its budget before (null when new). */
    public record Stored(
            Project project, boolean created, @Nullable BigDecimal budgetBefore) {}

    /**
     * As {@link ProjectService#store} for many descriptions, in their order, set-based: each department read once, the existing
     * projects found by one query per 300 descriptions, new and changed ones written by {@code saveAll}. Two new names
     * the database might take for the same project (its collation ignores more than case) are stored one after the
     * other, so that the second updates the first, as {@link ProjectService#store} would.
     */
    @Transactional
    public List<Stored> storeAll(List<ProjectDescription> descriptions) {
        Map<String, Department> byName = new HashMap<>();
        for (ProjectDescription d : descriptions) {
            if (!byName.containsKey(d.department())) {
                Department department = departments
                        .findByName(d.department())
                        .orElseGet(() -> departments.save(new Department(d.department())));
                service.requireInScope(d.name(), department.getId());
                byName.put(d.department(), department);
            }
        }
        Map<Integer, Long> existingIds = existing(descriptions, byName);
        Map<Long, Project> found = new HashMap<>();
        projects.findAllById(existingIds.values()).forEach(p -> found.put(p.getId(), p));
        List<Stored> stored = new ArrayList<>(Collections.nCopies(descriptions.size(), null));
        List<Integer> pending = new ArrayList<>();
        List<Project> toSave = new ArrayList<>();
        Set<String> newNames = new HashSet<>();
        for (int i = 0; i < descriptions.size(); i++) {
            ProjectDescription d = descriptions.get(i);
            Project before = found.get(existingIds.get(i));
            long departmentId = byName.get(d.department()).getId();
            if (before == null && !newNames.add(departmentId + "|" + d.year() + "|" + loose(d.name()))) {
                save(descriptions, pending, toSave, stored, byName);
                Optional<Project> again = projects.findExisting(departmentId, d.year(), d.name());
                stored.set(
                        i,
                        new Stored(
                                service.store(d),
                                again.isEmpty(),
                                again.map(Project::getBudget).orElse(null)));
                continue;
            }
            BigDecimal budgetBefore = before == null ? null : before.getBudget();
            Project project = before != null ? before : new Project(departmentId, d.year(), d.name(), d.budget());
            boolean changed = project.describe(
                    d.budget(), d.projectType(), d.fundNature(), d.basis(), d.longTermGoal(), d.annualGoal());
            stored.set(i, new Stored(project, before == null, budgetBefore));
            // an unchanged project is not written again: no update, and nothing to judge again
            if (changed || project.getId() == null) {
                pending.add(i);
                toSave.add(project);
            }
        }
        save(descriptions, pending, toSave, stored, byName);
        return stored;
    }

    /**
     * Writes the pending projects: the changed ones by {@code saveAll} (their versions checked), the new ones as one
     * batch of inserts, their ids then found as the existing ones are.
     */
    private void save(
            List<ProjectDescription> descriptions,
            List<Integer> pending,
            List<Project> toSave,
            List<Stored> stored,
            Map<String, Department> byName) {
        List<Integer> changed = new ArrayList<>();
        List<Integer> created = new ArrayList<>();
        for (int k = 0; k < pending.size(); k++) {
            (toSave.get(k).getId() == null ? created : changed).add(k);
        }
        List<Project> saved = projects.saveAll(changed.stream().map(toSave::get).toList());
        for (int k = 0; k < saved.size(); k++) {
            replace(stored, pending.get(changed.get(k)), saved.get(k));
        }
        if (!created.isEmpty()) {
            batch.batchUpdate(
                    INSERT, created.stream().map(k -> toSave.get(k).columns()).toList());
            List<ProjectDescription> inserted =
                    created.stream().map(k -> descriptions.get(pending.get(k))).toList();
            Map<Integer, Long> ids = existing(inserted, byName);
            Map<Long, Project> found = new HashMap<>();
            projects.findAllById(ids.values()).forEach(p -> found.put(p.getId(), p));
            for (int k = 0; k < created.size(); k++) {
                replace(stored, pending.get(created.get(k)), found.get(ids.get(k)));
            }
        }
        pending.clear();
        toSave.clear();
    }

    private static void replace(List<Stored> stored, int at, Project project) {
        Stored was = stored.get(at);
        stored.set(at, new Stored(project, was.created(), was.budgetBefore()));
    }

    /** The existing project of each description (by index), one query for 300 of them, matched as the database does. */
    private Map<Integer, Long> existing(List<ProjectDescription> descriptions, Map<String, Department> byName) {
        Map<Integer, Long> ids = new HashMap<>();
        for (int from = 0; from < descriptions.size(); from += 300) {
            List<String> selects = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            for (int i = from; i < Math.min(descriptions.size(), from + 300); i++) {
                ProjectDescription d = descriptions.get(i);
                selects.add("SELECT " + i + " AS i, id FROM project WHERE department_id = :d" + i
                        + " AND budget_year = :y" + i + " AND name = :n" + i);
                params.put("d" + i, byName.get(d.department()).getId());
                params.put("y" + i, d.year());
                params.put("n" + i, d.name());
            }
            jdbc.sql(String.join(" UNION ALL ", selects))
                    .params(params)
                    .query((rs, n) -> ids.put(rs.getInt(1), rs.getLong(2)))
                    .list();
        }
        return ids;
    }

    /** A name with what the database's collation may ignore taken out: equal for any two names it takes as equal. */
    private static String loose(String name) {
        StringBuilder kept = new StringBuilder();
        Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(c -> Character.isLetterOrDigit(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
