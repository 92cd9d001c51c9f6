package org.attain.monitoring.bulk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attain.adjustment.InForce;
import org.attain.adjustment.TargetsInForce;
import org.attain.importing.ImportProblem;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.BudgetInput;
import org.attain.monitoring.EntrySheet;
import org.attain.monitoring.MonitoringService;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.security.ProjectAccess;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * What an actuals file will store, built row by row while it is checked: the values by project and checkpoint, the
 * change lines, the errors, and what was read from the database once for many rows (projects, entry sheets, the
 * targets in force at each checkpoint).
 */
final class ImportPlan {

    private ImportPlan() {}

    record Key(long projectId, Checkpoint checkpoint) {}

    static final class Batch {
        final Map<Long, ActualInput> actuals = new LinkedHashMap<>();
        BudgetInput budget;
    }

    static final class Plan {
        final String source;
        final Map<Key, Map<Long, Integer>> rowsSeen = new HashMap<>();
        final Map<String, List<Project>> projects = new HashMap<>();
        final Map<Long, Boolean> mayEnter = new HashMap<>();
        final Map<Key, Batch> batches = new LinkedHashMap<>();
        final Map<Key, EntrySheet> sheets = new HashMap<>();
        final Map<Checkpoint, InForce> inForce = new HashMap<>();
        final TargetsInForce targets;
        final List<ActualsImportReport.Line> lines = new ArrayList<>();
        final List<ImportProblem> errors = new ArrayList<>();

        Plan(String source, TargetsInForce targets) {
            this.source = source;
            this.targets = targets;
        }

        /** The key of {@link #projects}: a name as the file gives it, and the year its row names (or none). */
        static String projectKey(String name, @Nullable Integer year) {
            return name + "\u0000" + (year == null ? "" : year);
        }

        EntrySheet sheet(long projectId, Checkpoint at, MonitoringService monitoring) {
            return sheets.computeIfAbsent(
                    new Key(projectId, at),
                    k -> monitoring.sheet(projectId, at, inForce.computeIfAbsent(at, targets::at)));
        }

        /**
         * Looks up every project the rows name, and whether the reader may enter its actuals, before the rows are
         * checked one by one: one query per year for all names (and one for the projects), not one per name. A row
         * whose checkpoint does not parse is left to the check that reports it.
         */
        void findProjects(List<List<FileRow>> tables, ProjectService projectService, ProjectAccess access) {
            Map<Integer, Set<String>> named =
                    new HashMap<>(); // by year; the names of rows without checkpoint under null
            for (List<FileRow> table : tables) {
                for (FileRow row : table) {
                    String name = row.get(Columns.PROJECT);
                    String checkpoint = row.get(Columns.CHECKPOINT);
                    try {
                        Integer year = checkpoint == null
                                ? null
                                : Checkpoint.parse(checkpoint).year();
                        if (name != null) {
                            named.computeIfAbsent(year, k -> new LinkedHashSet<>())
                                    .add(name);
                        }
                    } catch (IllegalArgumentException e) {
                        // reported when the row is checked
                    }
                }
            }
            Set<Long> found = new LinkedHashSet<>();
            named.forEach((year, names) -> {
                Map<String, List<Project>> byName = projectService.findByNames(names, year);
                names.forEach(name -> {
                    List<Project> matches = byName.getOrDefault(name, List.of());
                    projects.put(projectKey(name, year), matches);
                    matches.forEach(p -> found.add(p.getId()));
                });
            });
            Set<Long> enterable = access.enterable(found);
            found.forEach(id -> mayEnter.put(id, enterable.contains(id)));
        }

        /** Reads the sheets of these projects at a checkpoint at once (one query per kind), for the rows to come. */
        void readSheets(Collection<Long> projectIds, Checkpoint at, MonitoringService monitoring) {
            List<Long> missing = projectIds.stream()
                    .filter(id -> !sheets.containsKey(new Key(id, at)))
                    .toList();
            if (!missing.isEmpty()) {
                monitoring
                        .sheets(missing, at, inForce.computeIfAbsent(at, targets::at))
                        .forEach((id, sheet) -> sheets.put(new Key(id, at), sheet));
            }
        }

        Batch batch(long projectId, Checkpoint at) {
            return batches.computeIfAbsent(new Key(projectId, at), k -> new Batch());
        }

        void error(ImportProblem problem) {
            if (errors.size() < 500) {
                errors.add(problem);
            }
        }

        /**
         * Refuses a second row for the same subject (an indicator, or 0 for the budget) at the same project and
         * checkpoint, naming both rows: the last row must not silently win. The row is checked on, so that all its
         * problems are listed at once.
         */
        void once(FileRow row, Key key, long subject, String code, String name, String checkpoint) {
            Integer first = rowsSeen.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(subject, row.row());
            if (first != null) {
                error(ImportProblem.of(row.row(), code, name, checkpoint, first, row.row()));
            }
        }

        ActualsImportReport report() {
            return new ActualsImportReport(source, List.copyOf(lines), List.copyOf(errors));
        }
    }
}
