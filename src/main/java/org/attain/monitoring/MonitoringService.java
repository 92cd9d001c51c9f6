package org.attain.monitoring;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attain.adjustment.InForce;
import org.attain.adjustment.TargetsInForce;
import org.attain.base.RowInserts;
import org.attain.history.ChangeLog;
import org.attain.i18n.Message;
import org.attain.indicator.GoalTable;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.review.ReviewRefusal;
import org.attain.security.CurrentUser;
import org.attain.security.Drafts;
import org.attain.security.ProjectAccess;
import org.attain.status.Checkpoint;
import org.attain.status.ReviewState;
import org.attain.status.StatusEngine;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final ProjectAccess access;
    private final CheckpointLocks locks;
    private final Drafts drafts;
    private final ApprovedReadings approved;
    private final TargetsInForce targets;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    MonitoringService(
            ProjectService projects,
            IndicatorService indicators,
            IndicatorActualRepository actuals,
            BudgetExecutionRepository budgets,
            ChangeLog changeLog,
            StatusEngine engine,
            Clock clock,
            ProjectAccess access,
            CheckpointLocks locks,
            Drafts drafts,
            ApprovedReadings approved,
            TargetsInForce targets,
            CurrentUser currentUser,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.currentUser = currentUser;
        this.approved = approved;
        this.access = access;
        this.locks = locks;
        this.drafts = drafts;
        this.projects = projects;
        this.indicators = indicators;
        this.actuals = actuals;
        this.budgets = budgets;
        this.changeLog = changeLog;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * The entry form of a project at a checkpoint with every stored value and its review; a reader who may not see the
     * project's drafts (a leader) finds the approved values in force instead, read-only.
     */
    public EntrySheet sheet(long projectId, Checkpoint at) {
        return sheet(projectId, at, targets.at(at));
    }

    /** As {@link #sheet(long, Checkpoint)} with the targets in force read once by the caller for many projects. */
    public EntrySheet sheet(long projectId, Checkpoint at, InForce inForce) {
        return sheet(read(List.of(projectId), at), projectId, at, inForce);
    }

    /** The entry forms of many projects at a checkpoint, as {@link #sheet(long, Checkpoint)}, by project id. */
    public Map<Long, EntrySheet> sheets(Collection<Long> projectIds, Checkpoint at, InForce inForce) {
        StoredForms stored = read(projectIds, at);
        Map<Long, EntrySheet> sheets = new HashMap<>();
        projectIds.forEach(id -> sheets.put(id, sheet(stored, id, at, inForce)));
        return sheets;
    }

    private EntrySheet sheet(StoredForms read, long projectId, Checkpoint at, InForce inForce) {
        Project project = read.project(projectId);
        if (!drafts.scope().covers(projectId)) {
            Map<Long, HistoryPoint> shown = approved.forProject(projectId, at);
            List<EntryRow> rows = annual(read.indicators(projectId), inForce).stream()
                    .map(i -> {
                        HistoryPoint a = shown.get(i.getId());
                        return a == null
                                ? new EntryRow(i, ActualInput.empty(i.getId()), null, null)
                                : new EntryRow(i, a.values(), a.updatedBy(), a.updatedAt());
                    })
                    .toList();
            return new EntrySheet(
                    project, at, rows, approved.budget(projectId, at).orElse(BudgetInput.EMPTY));
        }
        Map<Long, IndicatorActual> stored = read.actuals(projectId);
        List<EntryRow> rows = annual(read.indicators(projectId), inForce).stream()
                .map(i -> {
                    IndicatorActual a = stored.get(i.getId());
                    return a == null
                            ? new EntryRow(i, ActualInput.empty(i.getId()), null, null)
                            : new EntryRow(
                                    i, a.toInput(), a.getUpdatedBy(), a.getUpdatedAt(), a.getCarriedFrom(), a.review());
                })
                .toList();
        BudgetExecution budget = read.budget(projectId);
        return budget == null
                ? new EntrySheet(project, at, rows, BudgetInput.EMPTY)
                : new EntrySheet(project, at, rows, budget.toInput(), budget.review());
    }

    private StoredForms read(Collection<Long> projectIds, Checkpoint at) {
        return StoredForms.read(projectIds, at, projects, indicators, actuals, budgets);
    }

    /**
     * Everything reported for one indicator, checkpoint by checkpoint, with its review state; a reader who may not see
     * the project's drafts gets the approved values in force.
     */
    public List<HistoryPoint> history(long indicatorId) {
        long projectId =
                indicators.find(indicatorId).map(Indicator::getProjectId).orElse(-1L);
        if (!drafts.scope().covers(projectId)) {
            return approved.history(indicatorId);
        }
        return actuals.findForIndicator(indicatorId).stream()
                .map(a -> new HistoryPoint(
                        a.checkpoint(),
                        a.toInput(),
                        a.getUpdatedBy(),
                        a.getUpdatedAt(),
                        a.review().state()))
                .toList();
    }

    /**
     * The changes of an indicator's values and target the reader may see: a reader who sees only approved values sees
     * the changes that led to an approved value, not an owner's drafts.
     */
    public List<ChangeLog.Change> changes(long indicatorId) {
        long projectId =
                indicators.find(indicatorId).map(Indicator::getProjectId).orElse(-1L);
        return changeLog.forIndicator(indicatorId, drafts.scope().covers(projectId));
    }

    /** Checks without saving: the problems a save would refuse. */
    public List<EntryProblem> validate(
            long projectId, Checkpoint at, List<ActualInput> inputs, @Nullable BudgetInput budget) {
        Project project =
                projects.find(projectId).orElseThrow(() -> new IllegalArgumentException("No project " + projectId));
        return validate(project, annualById(projectId, targets.at(at)), at, inputs, budget);
    }

    /** As {@link #validate(long, Checkpoint, List, BudgetInput)} against a sheet read before: no query. */
    public List<EntryProblem> validate(EntrySheet sheet, List<ActualInput> inputs, @Nullable BudgetInput budget) {
        Map<Long, Indicator> byId = sheet.rows().stream()
                .map(EntryRow::indicator)
                .collect(Collectors.toMap(Indicator::getId, Function.identity()));
        return validate(sheet.project(), byId, sheet.checkpoint(), inputs, budget);
    }

    private List<EntryProblem> validate(
            Project project,
            Map<Long, Indicator> byId,
            Checkpoint at,
            List<ActualInput> inputs,
            @Nullable BudgetInput budget) {
        YearMonth now = YearMonth.now(clock);
        List<EntryProblem> problems = new ArrayList<>();
        for (ActualInput in : inputs) {
            Indicator indicator = byId.get(in.indicatorId());
            if (indicator == null) {
                throw new IllegalArgumentException("Indicator " + in.indicatorId()
                        + " is not an annual indicator of project " + project.getName());
            }
            problems.addAll(
                    ActualRules.check(indicator.getName(), indicator.getTarget(), at, now, in, engine.thresholds()));
        }
        if (budget != null) {
            problems.addAll(ActualRules.checkBudget(project.getBudget(), at, now, budget));
        }
        return problems;
    }

    private Map<Long, Indicator> annualById(long projectId, InForce inForce) {
        return annual(projectId, inForce).stream().collect(Collectors.toMap(Indicator::getId, Function.identity()));
    }

    /**
     * Saves a whole form in one transaction; throws {@link EntryException} or {@link ConcurrentEditException}.
     * {@code inputs} are the indicators the user changed; a null {@code budget} leaves the budget figures as they are.
     */
    @Transactional
    public void save(long projectId, Checkpoint at, List<ActualInput> inputs, @Nullable BudgetInput budget) {
        saveAll(List.of(new Form(projectId, at, inputs, budget)), form -> {});
    }

    /** One project's form at one checkpoint, as {@link #save} takes it. */
    public record Form(
            long projectId,
            Checkpoint at,
            List<ActualInput> inputs,
            @Nullable BudgetInput budget) {}

    /**
     * Saves many forms (an import) in one transaction, each checked and logged as {@link #save} does; what is stored
     * is read once per checkpoint for all its forms (one query per kind), the targets in force and the checkpoint's
     * locks of the projects' departments once per checkpoint, and new values and the change log are written in batches. {@code saved} hears of each
     * form.
     */
    @Transactional
    public void saveAll(List<Form> forms, Consumer<Form> saved) {
        ChangeLog.Pending log = changeLog.pending();
        Map<Checkpoint, List<Form>> byCheckpoint = new LinkedHashMap<>();
        forms.forEach(f ->
                byCheckpoint.computeIfAbsent(f.at(), k -> new ArrayList<>()).add(f));
        byCheckpoint.forEach((at, ofCheckpoint) -> {
            Set<Long> ids = new LinkedHashSet<>();
            ofCheckpoint.forEach(f -> ids.add(f.projectId()));
            access.requireOwner(ids);
            StoredForms stored = read(ids, at);
            Map<Long, CheckpointLock> locked = locks.holding(at, ids);
            InForce inForce = targets.at(at);
            List<IndicatorActual> fresh = new ArrayList<>();
            Set<Long> done = new HashSet<>();
            try {
                for (Form form : ofCheckpoint) {
                    if (!done.add(form.projectId())) { // a second form of a project sees what the first stored
                        insert(fresh);
                        stored = read(ids, at);
                        done.clear();
                        done.add(form.projectId());
                    }
                    save(form, stored, locked.get(form.projectId()), inForce, log, fresh);
                    saved.accept(form);
                }
                insert(fresh);
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                throw new ConcurrentEditException(List.of(Message.of("entry.conflict.unknown")));
            }
        });
        log.flush();
    }

    private void insert(List<IndicatorActual> fresh) {
        if (!fresh.isEmpty()) {
            RowInserts.insert(
                    jdbc, IndicatorActual.INSERT_INTO, IndicatorActual.VALUES, StoredForms.insertParameters(fresh));
            fresh.clear();
        }
    }

    /** Checks and saves one form; new values go to {@code fresh}, inserted together by the caller. */
    private void save(
            Form form,
            StoredForms read,
            @Nullable CheckpointLock locked,
            InForce inForce,
            ChangeLog.Pending log,
            List<IndicatorActual> fresh) {
        long projectId = form.projectId();
        Checkpoint at = form.at();
        List<ActualInput> inputs = form.inputs();
        BudgetInput budget = form.budget();
        String who = currentUser.name();
        Project project = read.project(projectId);
        if (locked != null) {
            throw new EntryException(List.of(new EntryProblem(
                    null,
                    "checkpoint",
                    locked.all()
                            ? Message.of("entry.refused.locked", at)
                            : Message.of("entry.refused.lockedFor", at, locked.department()))));
        }
        Map<Long, Indicator> byId = annual(read.indicators(projectId), inForce).stream()
                .collect(Collectors.toMap(Indicator::getId, Function.identity()));
        List<EntryProblem> problems = validate(project, byId, at, inputs, budget);
        if (!problems.isEmpty()) {
            throw new EntryException(problems);
        }
        Map<Long, IndicatorActual> stored = read.actuals(projectId);
        BudgetExecution storedBudget = read.budget(projectId);
        List<Message> conflicts = StoredForms.conflicts(byId, stored, storedBudget, inputs, budget);
        if (!conflicts.isEmpty()) {
            throw new ConcurrentEditException(conflicts);
        }
        for (ActualInput in : inputs) {
            saveActual(byId.get(in.indicatorId()), stored.get(in.indicatorId()), in, at, who, log, fresh);
        }
        if (budget != null) {
            saveBudget(projectId, storedBudget, budget, at, who, log);
        }
    }

    private void saveActual(
            Indicator indicator,
            IndicatorActual current,
            ActualInput in,
            Checkpoint at,
            String who,
            ChangeLog.Pending log,
            List<IndicatorActual> fresh) {
        ActualInput before = current == null ? ActualInput.empty(indicator.getId()) : current.toInput();
        if (before.sameValues(in)) {
            return;
        }
        if (current != null && !current.review().state().isEditable()) {
            throw new ReviewRefusal(
                    "notEditable", indicator.getName()); // submitted, approved or waived: the officer returns it first
        }
        IndicatorActual entity = current == null ? new IndicatorActual(indicator.getId(), at) : current;
        EntryChanges.actual(
                log,
                who,
                indicator,
                at,
                current == null ? null : current.review().state(),
                before,
                in);
        entity.apply(in, who);
        if (current == null) {
            fresh.add(entity);
        } else {
            actuals.save(entity);
        }
    }

    private void saveBudget(
            long projectId, BudgetExecution current, BudgetInput in, Checkpoint at, String who, ChangeLog.Pending log) {
        BudgetInput before = current == null ? BudgetInput.EMPTY : current.toInput();
        if (current == null && in.isEmpty()) {
            return;
        }
        if (!EntryChanges.budget(log, who, projectId, at, before, in)) {
            return;
        }
        if (current != null && !current.review().state().isEditable()) {
            throw new ReviewRefusal("notEditable", ReviewRefusal.budgetLine()); // the changes logged above roll back
        }
        log.record(
                who,
                projectId,
                null,
                at.iso(),
                "budget_review",
                current == null ? null : current.review().state(),
                ReviewState.DRAFT);
        BudgetExecution entity = current == null ? new BudgetExecution(projectId, at) : current;
        entity.apply(in, who);
        budgets.save(entity);
    }

    /** The annual indicators that count at the checkpoint, each judged against the target then in force. */
    private List<Indicator> annual(long projectId, InForce inForce) {
        return annual(indicators.findByProject(projectId), inForce);
    }

    private static List<Indicator> annual(List<Indicator> all, InForce inForce) {
        return all.stream()
                .filter(i -> i.getGoalTable() == GoalTable.ANNUAL)
                .filter(i -> inForce.counts(i.getId()))
                .map(inForce::apply)
                .toList();
    }
}
