package org.attain.monitoring;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attain.history.ChangeLog;
import org.attain.indicator.GoalTable;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.status.Checkpoint;
import org.attain.status.StatusEngine;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actuals, forecasts, reasons and budget execution at a checkpoint. Every save is one transaction that either
 * stores all values or none; a value changed by someone else since the form was opened is reported, not overwritten.
 */
@Service
public class MonitoringService {

    private final ProjectService projects;
    private final IndicatorService indicators;
    private final IndicatorActualRepository actuals;
    private final BudgetExecutionRepository budgets;
    private final ChangeLog changeLog;
    private final StatusEngine engine;
    private final Clock clock;
    private final org.attain.security.ProjectAccess access;
    private final CheckpointLocks locks;

    MonitoringService(ProjectService projects, IndicatorService indicators, IndicatorActualRepository actuals,
            BudgetExecutionRepository budgets, ChangeLog changeLog, StatusEngine engine, Clock clock,
            org.attain.security.ProjectAccess access, CheckpointLocks locks) {
        this.access = access;
        this.locks = locks;
        this.projects = projects;
        this.indicators = indicators;
        this.actuals = actuals;
        this.budgets = budgets;
        this.changeLog = changeLog;
        this.engine = engine;
        this.clock = clock;
    }

    public EntrySheet sheet(long projectId, Checkpoint at) {
        Project project = projects.find(projectId).orElseThrow(() -> new IllegalArgumentException("No project " + projectId));
        Map<Long, IndicatorActual> stored = actuals.findForProject(projectId, at.year(), at.month()).stream()
                .collect(Collectors.toMap(IndicatorActual::getIndicatorId, Function.identity()));
        List<EntryRow> rows = annual(projectId).stream().map(i -> {
            IndicatorActual a = stored.get(i.getId());
            return a == null ? new EntryRow(i, ActualInput.empty(i.getId()), null, null)
                    : new EntryRow(i, a.toInput(), a.getUpdatedBy(), a.getUpdatedAt(), a.getCarriedFrom());
        }).toList();
        BudgetInput budget = budgets.findFor(projectId, at.year(), at.month()).map(BudgetExecution::toInput)
                .orElse(BudgetInput.EMPTY);
        return new EntrySheet(project, at, rows, budget);
    }

    /** Everything reported for one indicator, checkpoint by checkpoint. */
    public List<HistoryPoint> history(long indicatorId) {
        return actuals.findForIndicator(indicatorId).stream().map(a -> new HistoryPoint(a.checkpoint(), a.toInput(),
                a.getUpdatedBy(), a.getUpdatedAt())).toList();
    }

    /** Checks without saving: the problems a save would refuse. */
    public List<EntryProblem> validate(long projectId, Checkpoint at, List<ActualInput> inputs,
            @org.jspecify.annotations.Nullable BudgetInput budget) {
        Project project = projects.find(projectId).orElseThrow(() -> new IllegalArgumentException("No project " + projectId));
        return validate(project, annualById(projectId), at, inputs, budget);
    }

    private List<EntryProblem> validate(Project project, Map<Long, Indicator> byId, Checkpoint at,
            List<ActualInput> inputs, @org.jspecify.annotations.Nullable BudgetInput budget) {
        YearMonth now = YearMonth.now(clock);
        List<EntryProblem> problems = new ArrayList<>();
        for (ActualInput in : inputs) {
            Indicator indicator = byId.get(in.indicatorId());
            if (indicator == null) {
                throw new IllegalArgumentException("Indicator " + in.indicatorId() + " is not an annual indicator of project "
                        + project.getName());
            }
            problems.addAll(ActualRules.check(indicator.getName(), indicator.getTarget(), at, now, in, engine.thresholds()));
        }
        if (budget != null) {
            problems.addAll(ActualRules.checkBudget(project.getName(), project.getBudget(), at, now, budget));
        }
        return problems;
    }

    private Map<Long, Indicator> annualById(long projectId) {
        return annual(projectId).stream().collect(Collectors.toMap(Indicator::getId, Function.identity()));
    }

    /**
     * Saves a whole form in one transaction; throws {@link EntryException} or {@link ConcurrentEditException}.
     * {@code inputs} are the indicators the user changed; a null {@code budget} leaves the budget figures as they are.
     */
    @Transactional
    public void save(long projectId, Checkpoint at, List<ActualInput> inputs,
            @org.jspecify.annotations.Nullable BudgetInput budget, String who) {
        access.requireOwner(projectId);
        Project project = projects.find(projectId).orElseThrow(() -> new IllegalArgumentException("No project " + projectId));
        if (locks.isLocked(at)) {
            throw new EntryException(List.of(new EntryProblem(project.getName(), "checkpoint", "检查点 " + at.label(false)
                    + " 已锁定，不能修改 / checkpoint " + at.iso() + " is locked")));
        }
        Map<Long, Indicator> byId = annualById(projectId);
        List<EntryProblem> problems = validate(project, byId, at, inputs, budget);
        if (!problems.isEmpty()) {
            throw new EntryException(problems);
        }
        Map<Long, IndicatorActual> stored = new HashMap<>();
        actuals.findForProject(projectId, at.year(), at.month()).forEach(a -> stored.put(a.getIndicatorId(), a));
        BudgetExecution storedBudget = budgets.findFor(projectId, at.year(), at.month()).orElse(null);
        List<String> conflicts = new ArrayList<>();
        for (ActualInput in : inputs) {
            IndicatorActual current = stored.get(in.indicatorId());
            Integer currentVersion = current == null ? null : current.getVersion();
            if (!Objects.equals(currentVersion, in.version()) && !current(current).sameValues(in)) {
                conflicts.add(byId.get(in.indicatorId()).getName() + (current == null ? "" : "（" + current.getUpdatedBy() + "）"));
            }
        }
        Integer budgetVersion = storedBudget == null ? null : storedBudget.getVersion();
        if (budget != null && !Objects.equals(budgetVersion, budget.version())) {
            conflicts.add("预算执行 / budget");
        }
        if (!conflicts.isEmpty()) {
            throw new ConcurrentEditException(conflicts);
        }
        try {
            for (ActualInput in : inputs) {
                saveActual(byId.get(in.indicatorId()), stored.get(in.indicatorId()), in, at, who);
            }
            if (budget != null) {
                saveBudget(projectId, storedBudget, budget, at, who);
            }
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentEditException(List.of(e.getMessage()));
        }
    }

    private ActualInput current(IndicatorActual a) {
        return a == null ? ActualInput.empty(-1) : a.toInput();
    }

    private void saveActual(Indicator indicator, IndicatorActual current, ActualInput in, Checkpoint at, String who) {
        ActualInput before = current == null ? ActualInput.empty(indicator.getId()) : current.toInput();
        if (before.sameValues(in)) {
            return;
        }
        IndicatorActual entity = current == null ? new IndicatorActual(indicator.getId(), at) : current;
        Long project = indicator.getProjectId();
        String cp = at.iso();
        changeLog.record(who, project, indicator.getId(), cp, "actual", before.actual() != null ? before.actual()
                : label(before.actualLevel()), in.actual() != null ? in.actual() : label(in.actualLevel()));
        changeLog.record(who, project, indicator.getId(), cp, "forecast", before.forecast() != null ? before.forecast()
                : label(before.forecastLevel()), in.forecast() != null ? in.forecast() : label(in.forecastLevel()));
        changeLog.record(who, project, indicator.getId(), cp, "likelihood",
                before.likelihood() == null ? null : before.likelihood().label(false),
                in.likelihood() == null ? null : in.likelihood().label(false));
        changeLog.record(who, project, indicator.getId(), cp, "reasons", reasons(before), reasons(in));
        changeLog.record(who, project, indicator.getId(), cp, "corrective_action", before.correctiveAction(),
                in.correctiveAction());
        changeLog.record(who, project, indicator.getId(), cp, "narrative", before.narrative(), in.narrative());
        changeLog.record(who, project, indicator.getId(), cp, "note", before.note(), in.note());
        entity.apply(in, who);
        actuals.save(entity);
    }

    private void saveBudget(long projectId, BudgetExecution current, BudgetInput in, Checkpoint at, String who) {
        BudgetInput before = current == null ? BudgetInput.EMPTY : current.toInput();
        if (current == null && in.isEmpty()) {
            return;
        }
        String cp = at.iso();
        boolean changed = changeLog.record(who, projectId, null, cp, "adjusted_budget", before.adjustedBudget(),
                in.adjustedBudget());
        changed |= changeLog.record(who, projectId, null, cp, "adjustment_reason", before.adjustmentReason(),
                in.adjustmentReason());
        changed |= changeLog.record(who, projectId, null, cp, "executed", before.executed(), in.executed());
        changed |= changeLog.record(who, projectId, null, cp, "budget_forecast", before.forecast(), in.forecast());
        changed |= changeLog.record(who, projectId, null, cp, "budget_reasons", before.deviation().reasonSummary(false),
                in.deviation().reasonSummary(false));
        changed |= changeLog.record(who, projectId, null, cp, "budget_likelihood", likelihood(before.deviation()),
                likelihood(in.deviation()));
        changed |= changeLog.record(who, projectId, null, cp, "budget_corrective_action",
                before.deviation().correctiveAction(), in.deviation().correctiveAction());
        if (!changed) {
            return;
        }
        BudgetExecution entity = current == null ? new BudgetExecution(projectId, at) : current;
        entity.apply(in, who);
        budgets.save(entity);
    }

    private static String likelihood(Deviation d) {
        return d.likelihood() == null ? null : d.likelihood().label(false);
    }

    private static String label(org.attain.status.QualitativeLevel level) {
        return level == null ? null : level.label(false);
    }

    private static String reasons(ActualInput in) {
        String list = in.reasons().stream().map(r -> r.label(false)).sorted().collect(Collectors.joining("、"));
        String text = in.reasonText() == null ? "" : in.reasonText().strip();
        return (list + (list.isEmpty() || text.isEmpty() ? "" : "：") + text).strip();
    }

    private List<Indicator> annual(long projectId) {
        return indicators.findByProject(projectId).stream().filter(i -> i.getGoalTable() == GoalTable.ANNUAL).toList();
    }
}
