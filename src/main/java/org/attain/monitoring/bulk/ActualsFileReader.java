package org.attain.monitoring.bulk;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attain.adjustment.TargetsInForce;
import org.attain.base.Progress;
import org.attain.i18n.Message;
import org.attain.i18n.MessageException;
import org.attain.importing.ImportProblem;
import org.attain.indicator.Indicator;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.BudgetInput;
import org.attain.monitoring.EntryProblem;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.EntrySheet;
import org.attain.monitoring.MonitoringService;
import org.attain.monitoring.Quantity;
import org.attain.monitoring.bulk.ImportPlan.Batch;
import org.attain.monitoring.bulk.ImportPlan.Key;
import org.attain.monitoring.bulk.ImportPlan.Plan;
import org.attain.project.OutOfScopeException;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.security.ProjectAccess;
import org.attain.status.Checkpoint;
import org.attain.status.DeviationReason;
import org.attain.status.Likelihood;
import org.attain.status.QualitativeLevel;
import org.attain.targets.Numbers;
import org.attain.targets.Target;
import org.springframework.stereotype.Component;

/**
 * The reading half of an actuals import: a CSV or the monitoring workbook becomes checked rows — every row resolved and
 * checked by the same rules as the entry form, errors reported by row — and the values to store by project and
 * checkpoint ({@link Plan}). Reads the database, never writes it; {@link ActualsImportService} stores a plan.
 */
@Component
class ActualsFileReader {

    private final ProjectService projects;
    private final MonitoringService monitoring;
    private final ProjectAccess access;
    private final TargetsInForce targets;

    ActualsFileReader(
            ProjectService projects, MonitoringService monitoring, ProjectAccess access, TargetsInForce targets) {
        this.projects = projects;
        this.monitoring = monitoring;
        this.access = access;
        this.targets = targets;
    }

    /** Reads and checks a file: what it will store, its change lines and its errors by row. */
    Plan plan(String fileName, byte[] bytes, Progress progress) {
        Plan plan = new Plan(fileName, targets);
        List<List<FileRow>> tables = TabularFile.read(fileName, bytes);
        int rows = tables.stream().mapToInt(List::size).sum();
        plan.findProjects(tables, projects, access);
        readSheets(plan, tables);
        int checked = 0;
        for (List<FileRow> table : tables) {
            for (FileRow row : table) {
                progress.update("checking rows", checked++, rows);
                try {
                    checkLengths(row);
                    if (row.has(Columns.INDICATOR) || row.has(Columns.INDICATOR_ID)) {
                        planActual(plan, row);
                    } else if (row.has(Columns.EXECUTED) || row.has(Columns.ANNUAL_BUDGET)) {
                        planBudget(plan, row);
                    } else {
                        plan.error(ImportProblem.of(row.row(), "bulk.refused.unknownHeader"));
                    }
                } catch (Refused e) {
                    plan.error(e.problem);
                } catch (MessageException e) {
                    plan.error(ImportProblem.of(
                            row.row(), e.message().key(), e.message().args().toArray()));
                } catch (IllegalArgumentException e) {
                    plan.error(ImportProblem.of(row.row(), "bulk.refused.row"));
                }
            }
        }
        progress.update("checking rows", checked, rows);
        if (plan.lines.isEmpty() && plan.errors.isEmpty()) {
            plan.errors.add(ImportProblem.of(0, "bulk.refused.noRows"));
        }
        return plan;
    }

    /**
     * Reads the entry sheets of every project the rows name, per checkpoint, before the rows are checked one by one: a
     * few queries for the file instead of a few per project. A row that names no project or checkpoint it may enter is
     * left to the check that reports it; a project outside the reader's department leaves every sheet to be read
     * row by row, refused there.
     */
    private void readSheets(Plan plan, List<List<FileRow>> tables) {
        Map<Checkpoint, Set<Long>> named = new LinkedHashMap<>();
        for (List<FileRow> table : tables) {
            for (FileRow row : table) {
                try {
                    Project project = project(plan, row);
                    named.computeIfAbsent(checkpoint(row, project), k -> new LinkedHashSet<>())
                            .add(project.getId());
                } catch (Refused | IllegalArgumentException e) {
                    // reported when the row is checked
                }
            }
        }
        try {
            named.forEach((at, ids) -> plan.readSheets(ids, at, monitoring));
        } catch (OutOfScopeException e) {
            // refused row by row
        }
    }

    private void planActual(Plan plan, FileRow row) {
        Project project = project(plan, row);
        Checkpoint at = checkpoint(row, project);
        EntrySheet sheet = plan.sheet(project.getId(), at, monitoring);
        EntryRow entry = indicator(row, sheet, project);
        Indicator indicator = entry.indicator();
        plan.once(
                row,
                new Key(project.getId(), at),
                indicator.getId(),
                "refused.duplicateActual",
                ImportProblem.quote(indicator.getName()),
                at.iso());
        Batch batch = plan.batch(project.getId(), at);
        ActualInput base = batch.actuals.getOrDefault(indicator.getId(), entry.stored());
        checkVersion(row, entry.stored().version());
        Target target = indicator.getTarget();
        BigDecimal actual = base.actual();
        QualitativeLevel level = base.actualLevel();
        BigDecimal forecast = base.forecast();
        QualitativeLevel forecastLevel = base.forecastLevel();
        if (row.has(Columns.ACTUAL)) {
            String v = row.get(Columns.ACTUAL);
            actual = target.isQualitative() || v == null
                    ? null
                    : quantity(row, Columns.ACTUAL, target.unit(), Numbers.Limit.VALUE);
            level = target.isQualitative() && v != null ? QualitativeLevel.parse(v) : null;
        }
        if (row.has(Columns.FORECAST)) {
            String v = row.get(Columns.FORECAST);
            forecast = target.isQualitative() || v == null
                    ? null
                    : quantity(row, Columns.FORECAST, target.unit(), Numbers.Limit.VALUE);
            forecastLevel = target.isQualitative() && v != null ? QualitativeLevel.parse(v) : null;
        }
        Likelihood likelihood = row.has(Columns.LIKELIHOOD)
                ? (row.get(Columns.LIKELIHOOD) == null ? null : Likelihood.parse(row.get(Columns.LIKELIHOOD)))
                : base.likelihood();
        Set<DeviationReason> reasons = row.has(Columns.REASONS) ? reasons(row.get(Columns.REASONS)) : base.reasons();
        ActualInput input = new ActualInput(
                indicator.getId(),
                entry.stored().version(),
                actual,
                level,
                base.narrative(),
                forecast,
                forecastLevel,
                reasons,
                text(row, Columns.REASON_TEXT, base.reasonText()),
                likelihood,
                text(row, Columns.CORRECTIVE_ACTION, base.correctiveAction()),
                text(row, Columns.NOTE, base.note()));
        List<EntryProblem> problems = monitoring.validate(sheet, List.of(input), null);
        if (!problems.isEmpty()) {
            problems.forEach(p -> plan.error(ImportProblem.of(
                    row.row(), "bulk.refused.entry", indicator.getName(), p.fieldLabel(), p.message())));
            return;
        }
        batch.actuals.put(indicator.getId(), input);
        plan.lines.add(new ActualsImportReport.Line(
                row.row(),
                project.getName(),
                indicator.getName(),
                at.iso(),
                Message.of("bulk.change.indicator", value(entry.stored()), value(input))));
    }

    private void planBudget(Plan plan, FileRow row) {
        Project project = project(plan, row);
        Checkpoint at = checkpoint(row, project);
        plan.once(
                row,
                new Key(project.getId(), at),
                0L,
                "refused.duplicateBudget",
                ImportProblem.quote(project.getName()),
                at.iso());
        EntrySheet sheet = plan.sheet(project.getId(), at, monitoring);
        Batch batch = plan.batch(project.getId(), at);
        BudgetInput base = batch.budget != null ? batch.budget : sheet.budget();
        checkVersion(row, sheet.budget().version());
        BigDecimal adjusted = base.adjustedBudget();
        if (row.has(Columns.ANNUAL_BUDGET) && row.get(Columns.ANNUAL_BUDGET) != null) {
            BigDecimal annual = quantity(row, Columns.ANNUAL_BUDGET, "万元", Numbers.Limit.MONEY);
            adjusted = annual.compareTo(project.getBudget()) == 0 ? null : annual;
        }
        BigDecimal executed = row.has(Columns.EXECUTED) ? money(row, Columns.EXECUTED) : base.executed();
        BigDecimal forecast = row.has(Columns.FORECAST) ? money(row, Columns.FORECAST) : base.forecast();
        BudgetInput input = new BudgetInput(
                sheet.budget().version(),
                adjusted,
                text(row, Columns.ADJUSTMENT_REASON, base.adjustmentReason()),
                executed,
                forecast);
        List<EntryProblem> problems = monitoring.validate(sheet, List.of(), input);
        if (!problems.isEmpty()) {
            problems.forEach(p ->
                    plan.error(ImportProblem.of(row.row(), "bulk.refused.budgetEntry", p.fieldLabel(), p.message())));
            return;
        }
        batch.budget = input;
        plan.lines.add(new ActualsImportReport.Line(
                row.row(),
                project.getName(),
                null,
                at.iso(),
                Message.of("bulk.change.budget", plain(sheet.budget().executed()), plain(executed))));
    }

    private Project project(Plan plan, FileRow row) {
        String name = row.get(Columns.PROJECT);
        if (name == null) {
            throw refused(row, "bulk.refused.noProject");
        }
        Checkpoint at = row.get(Columns.CHECKPOINT) == null ? null : parseCheckpoint(row);
        Integer year = at == null ? null : at.year();
        // looked up for the whole file before (findProjects)
        List<Project> found =
                plan.projects.computeIfAbsent(Plan.projectKey(name, year), k -> projects.findByName(name, year));
        if (found.isEmpty()) {
            throw at == null
                    ? refused(row, "bulk.refused.unknownProject", name)
                    : refused(row, "bulk.refused.unknownProjectInYear", name, at.year());
        }
        if (found.size() > 1) {
            throw refused(row, "bulk.refused.ambiguousProject", ImportProblem.quote(name));
        }
        if (!plan.mayEnter.computeIfAbsent(found.getFirst().getId(), access::canEnter)) {
            throw new Refused(ImportProblem.of(row.row(), "refused.notOwner", name));
        }
        return found.getFirst();
    }

    private static Checkpoint checkpoint(FileRow row, Project project) {
        String text = row.get(Columns.CHECKPOINT);
        if (text == null) {
            throw refused(row, "bulk.refused.noCheckpoint");
        }
        Checkpoint at = parseCheckpoint(row);
        if (at.year() != project.getYear()) {
            throw refused(row, "bulk.refused.checkpointYear", at.iso(), project.getYear());
        }
        return at;
    }

    private static Checkpoint parseCheckpoint(FileRow row) {
        try {
            return Checkpoint.parse(row.get(Columns.CHECKPOINT));
        } catch (IllegalArgumentException e) {
            throw refused(row, "bulk.refused.badCheckpoint", ImportProblem.quote(row.get(Columns.CHECKPOINT)));
        }
    }

    private static EntryRow indicator(FileRow row, EntrySheet sheet, Project project) {
        String id = row.get(Columns.INDICATOR_ID);
        String name = row.get(Columns.INDICATOR);
        List<EntryRow> matches = sheet.rows().stream()
                .filter(r -> id != null
                        ? String.valueOf(r.indicator().getId()).equals(id)
                        : r.indicator().getName().equals(name))
                .toList();
        if (matches.isEmpty()) {
            throw refused(
                    row,
                    "bulk.refused.unknownIndicator",
                    project.getName(),
                    ImportProblem.quote(id != null ? id : name));
        }
        if (matches.size() > 1) {
            throw refused(row, "bulk.refused.ambiguousIndicator", ImportProblem.quote(name));
        }
        return matches.getFirst();
    }

    private static void checkVersion(FileRow row, Integer stored) {
        String v = row.get(Columns.VERSION);
        if (v != null && !v.equals(String.valueOf(stored == null ? "" : stored))) {
            throw refused(row, "bulk.refused.changedSince");
        }
    }

    private static Set<DeviationReason> reasons(String text) {
        if (text == null) {
            return Set.of();
        }
        Set<DeviationReason> set = EnumSet.noneOf(DeviationReason.class);
        Arrays.stream(REASON_SEPARATORS.split(text))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(s -> set.add(DeviationReason.parse(s)));
        return set;
    }

    private static String text(FileRow row, String key, String base) {
        return row.has(key) ? row.get(key) : base;
    }

    private static BigDecimal money(FileRow row, String column) {
        return row.get(column) == null ? null : quantity(row, column, "万元", Numbers.Limit.MONEY);
    }

    /** The number in a column, read whole and fitting its database column, or a refusal naming row and column. */
    private static BigDecimal quantity(FileRow row, String column, String unit, Numbers.Limit limit) {
        try {
            return Quantity.parse(row.get(column), unit, limit);
        } catch (Numbers.Refused e) {
            throw new Refused(ImportProblem.number(row.row(), Columns.label(column), e.text(), e.reason(), limit));
        } catch (MessageException e) {
            throw refused(row, "bulk.refused.inColumn", Columns.label(column), e.message());
        }
    }

    /** Texts longer than the entry form allows (and than their columns hold) are refused, not cut. */
    private static void checkLengths(FileRow row) {
        for (Map.Entry<String, Integer> limit : TEXT_LIMITS) {
            String text = row.get(limit.getKey());
            if (text != null && text.length() > limit.getValue()) {
                throw new Refused(
                        ImportProblem.tooLong(row.row(), Columns.label(limit.getKey()), text, limit.getValue()));
            }
        }
    }

    /** A refusal of one row, with its message code: collected, and the file is not stored. */
    private static final class Refused extends RuntimeException {
        private final transient ImportProblem problem;

        Refused(ImportProblem problem) {
            super(problem.toString(), null, false, false);
            this.problem = problem;
        }
    }

    private static Refused refused(FileRow row, String key, Object... args) {
        return new Refused(ImportProblem.of(row.row(), key, args));
    }

    /** An indicator's value as a change line shows it: the number, or the level in the reader's words. */
    private static Object value(ActualInput in) {
        return in.actual() != null ? plain(in.actual()) : in.actualLevel() == null ? "—" : in.actualLevel();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    private static final Pattern REASON_SEPARATORS = Pattern.compile("[;；、,，]");

    /** The most characters each text column takes: the entry form's limits, within the database columns' sizes. */
    private static final List<Map.Entry<String, Integer>> TEXT_LIMITS = List.of(
            Map.entry(Columns.PROJECT, Project.NAME_MAX), Map.entry(Columns.INDICATOR, Indicator.NAME_MAX),
            Map.entry(Columns.REASON_TEXT, ActualInput.TEXT_MAX),
                    Map.entry(Columns.CORRECTIVE_ACTION, ActualInput.TEXT_MAX),
            Map.entry(Columns.NOTE, ActualInput.TEXT_MAX),
                    Map.entry(Columns.ADJUSTMENT_REASON, BudgetInput.REASON_MAX));
}
