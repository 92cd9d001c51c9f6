package org.attain.importing;

import java.util.Comparator;
import java.util.List;
import org.attain.indicator.GoalTable;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.security.Audit;
import org.springframework.stereotype.Service;

/** A stored project's targets as a draft again: for the filled template and for consistency findings. */
@Service
public class TargetDownloads {

    private final ProjectService projects;
    private final IndicatorService indicators;
    private final Audit audit;

    TargetDownloads(ProjectService projects, IndicatorService indicators, Audit audit) {
        this.audit = audit;
        this.projects = projects;
        this.indicators = indicators;
    }

    public List<Finding> findings(long projectId) {
        return projects.find(projectId)
                .map(p -> ConsistencyChecker.check(draft(p, indicators.findByProject(p.getId()))))
                .orElse(List.of());
    }

    /** As {@link #findings(long)}, for a project and its indicators the caller has read already (its page). */
    public List<Finding> findings(Project p, List<Indicator> ofProject) {
        return ConsistencyChecker.check(draft(p, ofProject));
    }

    public byte[] filledTemplate(long projectId) {
        Project p = projects.find(projectId).orElseThrow();
        audit.exported("targets", "xlsx", String.valueOf(p.getYear()), p.getId(), p.getName());
        return ApprovalWorkbook.filled(List.of(draft(p, indicators.findByProject(p.getId()))));
    }

    public byte[] blankTemplate(int year) {
        return ApprovalWorkbook.blank(year);
    }

    private static ProjectDraft draft(Project p, List<Indicator> ofProject) {
        List<IndicatorDraft> list = ofProject.stream()
                .sorted(Comparator.comparing((Indicator i) -> i.getGoalTable() != GoalTable.LONG_TERM)
                        .thenComparing(Indicator::getPosition))
                .map(i -> new IndicatorDraft(
                        i.getGoalTable(),
                        i.getCategory(),
                        i.getSubcategory(),
                        i.getName(),
                        i.getTarget(),
                        i.getTargetBasis(),
                        0))
                .toList();
        return new ProjectDraft(
                p.getName(),
                p.getYear(),
                p.getBudget(),
                p.getProjectType(),
                p.getFundNature(),
                p.getBasis(),
                p.getLongTermGoal(),
                p.getAnnualGoal(),
                list,
                0);
    }
}
