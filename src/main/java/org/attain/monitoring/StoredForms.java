package org.attain.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attain.i18n.Message;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * What is stored for many projects at one checkpoint — the projects, their indicators, their reported values and their
 * budget figures — read with one query per kind (per thousand projects), not one per project: an import reads and
 * saves the forms of hundreds of projects.
 */
record StoredForms(
        Map<Long, Project> projects,
        Map<Long, List<Indicator>> indicators,
        Map<Long, Map<Long, IndicatorActual>> actuals,
        Map<Long, BudgetExecution> budgets) {

    private static final int CHUNK = 1000;

    static StoredForms read(
            Collection<Long> projectIds,
            Checkpoint at,
            ProjectService projectService,
            IndicatorService indicatorService,
            IndicatorActualRepository actualRepository,
            BudgetExecutionRepository budgetRepository) {
        StoredForms read = new StoredForms(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        List<Long> ids = List.copyOf(projectIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            read.projects().putAll(projectService.findAll(chunk));
            read.indicators().putAll(indicatorService.findByProjects(chunk));
            Map<Long, Long> projectOf = new HashMap<>();
            chunk.forEach(id -> read.indicators(id).forEach(i -> projectOf.put(i.getId(), id)));
            actualRepository.findForProjects(chunk, at.year(), at.month()).forEach(a -> read.actuals()
                    .computeIfAbsent(projectOf.get(a.getIndicatorId()), k -> new HashMap<>())
                    .put(a.getIndicatorId(), a));
            budgetRepository.findForProjects(chunk, at.year(), at.month()).forEach(b -> read.budgets()
                    .put(b.getProjectId(), b));
        }
        return read;
    }

    Project project(long projectId) {
        Project p = projects.get(projectId);
        if (p == null) {
            throw new IllegalArgumentException("No project " + projectId);
        }
        return p;
    }

    /** Every indicator of the project (both goal tables), in the order of {@link IndicatorService#findByProject}. */
    List<Indicator> indicators(long projectId) {
        return indicators.getOrDefault(projectId, List.of());
    }

    /** The project's values reported at the checkpoint, by indicator id (a copy the caller may change). */
    Map<Long, IndicatorActual> actuals(long projectId) {
        return new HashMap<>(actuals.getOrDefault(projectId, Map.of()));
    }

    @Nullable
    BudgetExecution budget(long projectId) {
        return budgets.get(projectId);
    }

    /** The values someone else changed since the form was opened (its versions), as the form reports them. */
    static List<Message> conflicts(
            Map<Long, Indicator> byId,
            Map<Long, IndicatorActual> stored,
            @Nullable BudgetExecution storedBudget,
            List<ActualInput> inputs,
            @Nullable BudgetInput budget) {
        List<Message> conflicts = new ArrayList<>();
        for (ActualInput in : inputs) {
            IndicatorActual current = stored.get(in.indicatorId());
            Integer currentVersion = current == null ? null : current.getVersion();
            ActualInput now = current == null ? ActualInput.empty(-1) : current.toInput();
            if (!Objects.equals(currentVersion, in.version()) && !now.sameValues(in)) {
                String name = byId.get(in.indicatorId()).getName();
                conflicts.add(
                        current == null
                                ? Message.of("entry.conflict.item", name)
                                : Message.of("entry.conflict.itemBy", name, current.getUpdatedBy()));
            }
        }
        Integer budgetVersion = storedBudget == null ? null : storedBudget.getVersion();
        if (budget != null && !Objects.equals(budgetVersion, budget.version())) {
            conflicts.add(Message.of("entry.conflict.budget"));
        }
        return conflicts;
    }

    /** New values, inserted together: the columns of {@code indicator_actual} and each value's parameters. */
    static List<Object[]> insertParameters(List<IndicatorActual> fresh) {
        List<Object[]> rows = new ArrayList<>(fresh.size());
        fresh.forEach(a -> rows.add(a.insertValues()));
        return rows;
    }
}
