package org.attain.department;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attain.assessment.DepartmentEvaluation;
import org.attain.assessment.SelfEvaluation;
import org.attain.i18n.Texts;
import org.attain.portfolio.PortfolioStatus;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.SelfEvaluationService;
import org.attain.portfolio.StatusService;
import org.attain.project.DepartmentTree;
import org.attain.scoring.ScoringProfiles;
import org.attain.security.Audit;
import org.attain.status.Checkpoint;
import org.springframework.stereotype.Service;

/**
 * Rolls a department's projects up into its own self-evaluation, from the approved values and the same project
 * scores as the per-project tables; writes it as xlsx and PDF (every file that leaves is audited).
 */
@Service
public class DepartmentEvaluations {

    private final StatusService status;
    private final SelfEvaluationService selfEvaluation;
    private final ScoringProfiles profiles;
    private final Audit audit;
    private final DepartmentTree tree;

    DepartmentEvaluations(
            StatusService status,
            SelfEvaluationService selfEvaluation,
            ScoringProfiles profiles,
            Audit audit,
            DepartmentTree tree) {
        this.tree = tree;
        this.status = status;
        this.selfEvaluation = selfEvaluation;
        this.profiles = profiles;
        this.audit = audit;
    }

    /** The departments with projects in the checkpoint's year: their own, and the 主管部门 of their units. */
    public List<String> departments(Checkpoint at) {
        Map<String, String> parents = new HashMap<>();
        tree.all().stream().filter(DepartmentTree.Node::isUnit).forEach(n -> parents.put(n.name(), n.parentName()));
        return status.approvedPortfolio(at).projects().stream()
                .map(ProjectStatus::department)
                .flatMap(d -> parents.containsKey(d) ? Stream.of(d, parents.get(d)) : Stream.of(d))
                .distinct()
                .sorted()
                .toList();
    }

    /** A department as a whole: its own projects and those of its units (预算单位). */
    public DepartmentEvaluation evaluate(String department, Checkpoint at) {
        PortfolioStatus portfolio = status.approvedPortfolio(at);
        Set<String> within = tree.all().stream()
                .filter(n -> n.name().equals(department) || department.equals(n.parentName()))
                .map(DepartmentTree.Node::name)
                .collect(Collectors.toSet());
        List<ProjectStatus> mine = portfolio.projects().stream()
                .filter(p -> p.department().equals(department) || within.contains(p.department()))
                .toList();
        Set<Long> ids = mine.stream().map(ProjectStatus::projectId).collect(Collectors.toSet());
        Map<Long, SelfEvaluation> scores = selfEvaluation.evaluate(mine).stream()
                .collect(Collectors.toMap(SelfEvaluation::projectId, Function.identity()));
        List<DepartmentEvaluation.ProjectLine> lines = mine.stream()
                .map(p -> new DepartmentEvaluation.ProjectLine(
                        p.projectId(),
                        p.name(),
                        p.budget(),
                        p.budgetStatus().executed(),
                        scores.get(p.projectId()).hasScore()
                                ? scores.get(p.projectId()).total()
                                : null))
                .toList();
        List<DepartmentEvaluation.Shortfall> shortfalls = Stream.concat(
                        portfolio.budgetShortfalls().stream()
                                .filter(p -> ids.contains(p.projectId()))
                                .map(p -> new DepartmentEvaluation.Shortfall(
                                        p.name(),
                                        null,
                                        Texts.chinese().render(p.budgetStatus().explanation()),
                                        Texts.english().render(p.budgetStatus().explanation()))),
                        portfolio.shortfalls().stream()
                                .filter(r -> ids.contains(r.projectId()))
                                .map(r -> new DepartmentEvaluation.Shortfall(
                                        r.projectName(),
                                        r.name(),
                                        Texts.chinese().render(r.status().explanation()),
                                        Texts.english().render(r.status().explanation()))))
                .toList();
        return new DepartmentEvaluation(department, at, profiles.forYear(at.year()), lines, shortfalls);
    }

    public byte[] xlsx(String department, Checkpoint at) {
        byte[] file = DepartmentTables.xlsx(evaluate(department, at));
        audit.exported("department", "xlsx", at.iso(), null, department);
        return file;
    }

    public byte[] pdf(String department, Checkpoint at) {
        byte[] file = DepartmentTables.pdf(evaluate(department, at));
        audit.exported("department", "pdf", at.iso(), null, department);
        return file;
    }
}
