package org.attain.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.base.Progress;
import org.attain.history.ChangeLog;
import org.attain.i18n.MessageException;
import org.attain.indicator.IndicatorService;
import org.attain.indicator.IndicatorSpec;
import org.attain.indicator.TargetSync;
import org.attain.project.Department;
import org.attain.project.DepartmentScope;
import org.attain.project.DepartmentTree;
import org.attain.project.OutOfScopeException;
import org.attain.project.Project;
import org.attain.project.ProjectDescription;
import org.attain.project.ProjectService;
import org.attain.project.ProjectStore;
import org.attain.security.Audit;
import org.attain.security.CurrentUser;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports approval documents (text or .xlsx): read and check first ({@link #read}), then store everything in one
 * transaction ({@link #store}). A document that cannot be read throws {@link ImportException} and changes nothing.
 */
@Service
public class TargetImportService {

    private final ProjectService projects;
    private final ProjectStore store;
    private final IndicatorService indicators;
    private final String defaultDepartment;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final ChangeLog changeLog;
    private final DepartmentTree tree;

    TargetImportService(
            ProjectService projects,
            ProjectStore store,
            DepartmentTree tree,
            IndicatorService indicators,
            @Value("${attain.import.department:鄂州市总工会}") String defaultDepartment,
            CurrentUser currentUser,
            Audit audit,
            ChangeLog changeLog) {
        this.audit = audit;
        this.changeLog = changeLog;
        this.tree = tree;
        this.currentUser = currentUser;
        this.projects = projects;
        this.store = store;
        this.indicators = indicators;
        this.defaultDepartment = defaultDepartment;
    }

    public String defaultDepartment() {
        return defaultDepartment;
    }

    /**
     * The department the projects of a document go to unless the officer names another: the 主管部门 the document
     * names for all its projects, or the default department.
     */
    public String departmentOf(ImportReport report) {
        List<String> named = report.document().projects().stream()
                .map(ProjectDraft::department)
                .distinct()
                .toList();
        String only = named.size() == 1 ? named.getFirst() : null;
        return only != null && !only.isBlank() && only.length() <= Department.NAME_MAX
                ? only.strip()
                : defaultDepartment;
    }

    /** Reads and checks a document without storing anything. */
    public ImportReport read(String fileName, byte[] bytes) {
        return check(fileName, bytes, null);
    }

    /** As {@link #read(String, byte[])}, with the year to take where the document states none (warned). */
    public ImportReport read(String fileName, byte[] bytes, @Nullable Integer givenYear) {
        return check(fileName, bytes, givenYear);
    }

    /** As {@link #read(String, byte[])}, without the application or its database. */
    public static ImportReport check(String fileName, byte[] bytes) {
        return check(fileName, bytes, null);
    }

    /**
     * As {@link #read}, without the application or its database (the command line's dry run); {@code givenYear}, if
     * any, is taken (warned) only where the document states no year.
     */
    public static ImportReport check(String fileName, byte[] bytes, @Nullable Integer givenYear) {
        return ImportReport.of(ApprovalDocuments.read(fileName, bytes, givenYear == null ? 0 : givenYear));
    }

    /** Stores every project of a checked document in one transaction; re-importing updates in place. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public ImportResult store(ImportReport report, String department) {
        return store(report, department, Progress.NONE);
    }

    /** As {@link #store(ImportReport, String)}, telling the progress project by project. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public ImportResult store(ImportReport report, String department, Progress progress) {
        List<ImportResult.Stored> stored = new ArrayList<>();
        if (department.length() > Department.NAME_MAX) {
            throw new ImportException(
                    report.document().source(),
                    ImportProblem.tooLong(
                            0, new ImportProblem.Label("field.department"), department, Department.NAME_MAX));
        }
        String source = report.document().source();
        // target_revision.reason holds 500 characters; a file name from a browser may be longer
        String why = "导入：" + (source.length() > 200 ? source.substring(0, 200) + "…" : source);
        List<ProjectDraft> drafts = report.document().projects();
        ChangeLog.Pending log = changeLog.pending(); // the import's audit lines, written in one batch
        boolean several = drafts.stream()
                        .map(ProjectDraft::department)
                        .filter(d -> d != null && !d.isBlank())
                        .distinct()
                        .count()
                > 1;
        // placed once for each 主管部门 and unit, in the document's order: refused at the first project refused now
        Map<List<String>, String> homes = new HashMap<>();
        List<ProjectDescription> descriptions = new ArrayList<>(drafts.size());
        for (ProjectDraft p : drafts) {
            if (p.budget() == null) {
                throw new ImportException(
                        report.document().source(),
                        List.of(ImportProblem.of(p.line(), "import.error.noBudget", p.name())));
            }
            List<String> where = Arrays.asList(several ? p.department() : null, p.unit());
            String home = homes.get(where);
            if (home == null) {
                home = placed(report, p, department, several);
                homes.put(where, home);
            }
            descriptions.add(new ProjectDescription(
                    home,
                    p.year(),
                    p.name(),
                    p.budget(),
                    p.projectType(),
                    p.fundNature(),
                    p.basis(),
                    p.longTermGoal(),
                    p.annualGoal()));
        }
        List<ProjectStore.Stored> written = store.storeAll(descriptions);
        List<IndicatorService.Approval> approvals = new ArrayList<>(drafts.size());
        for (int k = 0; k < drafts.size(); k++) {
            Project project = written.get(k).project();
            approvals.add(new IndicatorService.Approval(
                    project.getId(),
                    written.get(k).created(),
                    project.text(),
                    drafts.get(k).indicators().stream()
                            .map(i -> new IndicatorSpec(
                                    i.table(), i.category(), i.subcategory(), i.name(), i.target(), i.targetBasis()))
                            .toList()));
        }
        List<TargetSync> syncs = indicators.syncTargetsAll(approvals, why);
        for (int k = 0; k < drafts.size(); k++) {
            ProjectStore.Stored w = written.get(k);
            TargetSync sync = syncs.get(k);
            audit.importedTargets(
                    log,
                    w.project().getId(),
                    w.created(),
                    report.document().source(),
                    sync.added(),
                    sync.revised(),
                    sync.unchanged(),
                    sync.notInDocument(),
                    w.budgetBefore(),
                    w.project().getBudget());
            stored.add(
                    new ImportResult.Stored(w.project().getId(), drafts.get(k).name(), sync));
            progress.update("storing projects", stored.size(), drafts.size());
        }
        log.flush();
        return new ImportResult(List.copyOf(stored));
    }

    /**
     * The department a project goes to: its 预算单位 under its 主管部门 (the chosen department, or, in a document naming
     * several, the project's own), created as needed. Refused, naming the project, when the importer's department
     * scope does not cover it or the unit belongs to another 主管部门.
     */
    private String placed(ImportReport report, ProjectDraft p, String department, boolean several) {
        String top = several && p.department() != null && !p.department().isBlank()
                ? p.department().strip()
                : department;
        try {
            String home = tree.place(top, p.unit());
            DepartmentScope scope = projects.scope();
            if (!scope.all() && !tree.covers(scope, home)) {
                throw new OutOfScopeException(p.name(), home, scope.name() == null ? "—" : scope.name());
            }
            return home;
        } catch (MessageException refused) {
            throw new ImportException(
                    report.document().source(),
                    List.of(ImportProblem.of(
                            p.line(),
                            "import.error.department",
                            p.name(),
                            ImportProblem.of(
                                    p.line(),
                                    refused.message().key(),
                                    refused.message().args().toArray()))));
        }
    }

    /** Reads and stores in one go; the default department unless another is given. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public ImportResult importDocument(String fileName, byte[] bytes) {
        return store(read(fileName, bytes), defaultDepartment);
    }
}
