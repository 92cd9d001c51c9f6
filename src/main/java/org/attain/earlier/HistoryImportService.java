package org.attain.earlier;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.importing.ProjectDraft;
import org.attain.importing.TargetImportService;
import org.attain.importing.history.HistoryDocument;
import org.attain.importing.history.HistoryReader;
import org.attain.importing.history.StatedIndicator;
import org.attain.importing.history.StatedProject;
import org.attain.indicator.GoalTable;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.indicator.IndicatorSpec;
import org.attain.monitoring.CheckpointLocks;
import org.attain.project.Department;
import org.attain.project.Project;
import org.attain.project.ProjectDescription;
import org.attain.project.ProjectService;
import org.attain.security.Audit;
import org.attain.security.CurrentUser;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an earlier year's self-evaluation or monitoring table as history: read and check first ({@link #check}),
 * then store in one transaction — per project its targets of that year, the actuals and budget execution at the
 * document's checkpoint as approved values, and the weights, scores, total and grade as the document states them.
 * The same project, kind and checkpoint imported again is refused unless {@code replace} says to replace it; a
 * document of the current or a later year is refused (this year's values are entered and reviewed, not imported), and
 * so is one whose checkpoint is locked for the department it goes to (or for every department).
 */
@Service
public class HistoryImportService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProjectService projects;
    private final IndicatorService indicators;
    private final TargetImportService targets;
    private final HistoryWrites writes;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Clock clock;
    private final CheckpointLocks locks;

    HistoryImportService(
            ProjectService projects,
            IndicatorService indicators,
            TargetImportService targets,
            HistoryWrites writes,
            CurrentUser currentUser,
            Audit audit,
            Clock clock,
            CheckpointLocks locks) {
        this.locks = locks;
        this.projects = projects;
        this.indicators = indicators;
        this.targets = targets;
        this.writes = writes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads a document without storing anything, without the application (the command line's dry run). */
    public static HistoryDocument check(String fileName, byte[] bytes) {
        return HistoryReader.read(fileName, bytes);
    }

    /** The department the projects go to unless another is named: the one 主管部门 the document names, else the default. */
    public String departmentOf(HistoryDocument doc) {
        List<String> named = doc.projects().stream()
                .map(p -> p.draft().department())
                .distinct()
                .toList();
        String only = named.size() == 1 ? named.getFirst() : null;
        return only != null && !only.isBlank() && only.strip().length() <= Department.NAME_MAX
                ? only.strip()
                : targets.defaultDepartment();
    }

    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public HistoryImportResult store(HistoryDocument doc, String department, boolean replace) {
        int thisYear = Year.now(clock).getValue();
        if (doc.year() >= thisYear) {
            throw new ImportException(
                    doc.source(), ImportProblem.of(0, "history.refused.notEarlier", doc.year(), thisYear));
        }
        for (Checkpoint at : doc.projects().stream()
                .map(StatedProject::checkpoint)
                .distinct()
                .toList()) {
            locks.holding(at, department).ifPresent(lock -> {
                throw new ImportException(
                        doc.source(),
                        lock.all()
                                ? ImportProblem.of(0, "history.refused.locked", at.iso())
                                : ImportProblem.of(0, "history.refused.lockedFor", at.iso(), lock.department()));
            });
        }
        String who = currentUser.name();
        String why = "导入往年数据：" + (doc.source().length() > 200 ? doc.source().substring(0, 200) + "…" : doc.source());
        List<HistoryImportResult.Stored> stored = new ArrayList<>();
        for (StatedProject p : doc.projects()) {
            ProjectDraft d = p.draft();
            if (d.budget() == null) {
                throw new ImportException(doc.source(), ImportProblem.of(d.line(), "import.error.noBudget", d.name()));
            }
            Optional<HistoryWrites.Existing> existing = projects.findExisting(department, d.year(), d.name())
                    .flatMap(e -> writes.existing(e.getId(), p.kind(), p.checkpoint()));
            if (existing.isPresent() && !replace) {
                HistoryWrites.Existing e = existing.get();
                throw new ImportException(
                        doc.source(),
                        ImportProblem.of(
                                d.line(),
                                "history.refused.alreadyImported",
                                d.name(),
                                p.checkpoint().iso(),
                                e.source(),
                                WHEN.format(e.importedAt().atZone(ZoneId.systemDefault())),
                                e.importedBy()));
            }
            Project project = projects.store(new ProjectDescription(
                    department,
                    d.year(),
                    d.name(),
                    d.budget(),
                    d.projectType(),
                    d.fundNature(),
                    d.basis(),
                    d.longTermGoal(),
                    d.annualGoal()));
            indicators.syncTargets(
                    project.getId(),
                    d.indicators().stream()
                            .map(i -> new IndicatorSpec(
                                    i.table(), i.category(), i.subcategory(), i.name(), i.target(), i.targetBasis()))
                            .toList(),
                    why);
            existing.ifPresent(e -> writes.delete(e.id()));
            long importId = writes.insertImport(project.getId(), p, doc.source(), doc.digest(), who);
            Map<String, Long> ids = indicators.findByProject(project.getId()).stream()
                    .filter(i -> i.getGoalTable() == GoalTable.ANNUAL)
                    .collect(Collectors.toMap(Indicator::getName, Indicator::getId, (a, b) -> a));
            int count = 0;
            for (StatedIndicator s : p.indicators()) {
                Long id = ids.get(s.indicator().name());
                if (id == null || !s.statesAnything()) {
                    continue;
                }
                writes.insertIndicator(importId, id, s);
                if (s.actual() != null || s.forecast() != null || s.reasons() != null) {
                    writes.actual(project.getId(), id, p.checkpoint(), s, who);
                }
                count++;
            }
            writes.budget(project.getId(), p.checkpoint(), p.budget(), project.getBudget(), who);
            audit.importedHistory(project.getId(), p.checkpoint().iso(), doc.source(), count, existing.isPresent());
            stored.add(new HistoryImportResult.Stored(
                    project.getId(), d.name(), p.checkpoint(), count, existing.isPresent()));
        }
        return new HistoryImportResult(stored);
    }
}
