package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.attain.base.ui.Routes;
import org.attain.earlier.EarlierYearService;
import org.attain.importing.TargetDownloads;
import org.attain.indicator.GoalTable;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.SelfEvaluationService;
import org.attain.portfolio.StatusService;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.report.ReportService;
import org.attain.security.CurrentUser;
import org.attain.security.Role;
import org.attain.status.Checkpoint;

/**
 * One project at a checkpoint: why it has its light, its figures, the budget gauge, the annual indicator tree with
 * lights and explanations, the bullet chart, the goal tables, consistency findings and target revisions.
 */
@Route(Routes.PROJECT)
@PermitAll
public class ProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProjectService projects;
    private final IndicatorService indicators;
    private final TargetDownloads downloads;
    private final EarlierYearService earlier;
    private final StatusService status;
    private final SelfEvaluationService selfEvaluation;
    private final ReportService reports;
    private final CurrentUser currentUser;
    private final CheckpointParameter checkpoints;
    private String title = "Attain";

    ProjectView(
            ProjectService projects,
            IndicatorService indicators,
            TargetDownloads downloads,
            EarlierYearService earlier,
            StatusService status,
            SelfEvaluationService selfEvaluation,
            ReportService reports,
            CurrentUser currentUser,
            CheckpointParameter checkpoints) {
        this.projects = projects;
        this.indicators = indicators;
        this.downloads = downloads;
        this.earlier = earlier;
        this.status = status;
        this.selfEvaluation = selfEvaluation;
        this.reports = reports;
        this.currentUser = currentUser;
        this.checkpoints = checkpoints;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Project project = projects.find(id).orElseThrow(NotFoundException::new);
        Checkpoint at = checkpoints.read(event.getLocation(), project.getYear());
        ProjectStatus ps = status.project(id, at).orElseThrow(NotFoundException::new);
        List<Indicator> all = indicators.findByProject(id);
        title = project.getName() + " · Attain";
        removeAll();
        var back = PortfolioBreadcrumbs.toProject(at, projects.departmentPath(project), project.getName());
        back.addClassName("attain-no-print");
        add(
                back,
                new ProjectHeader(project, ps, at),
                new ProjectFacts(project, ps),
                new ProjectReportLinks(
                        project,
                        selfEvaluation.evaluate(ps),
                        at,
                        f -> reports.export(
                                ReportService.Kind.MONITORING, f, project.getYear(), at, project.getName())));
        PortfolioCharts.Labels labels = this::getTranslation;
        Div charts = new Div(ProjectCharts.gauge(ps, labels), ProjectCharts.bullets(ps.indicators(), at, labels));
        charts.addClassName("attain-chart-grid");
        add(
                charts,
                section(
                        getTranslation("project.table.annual"),
                        new IndicatorTree(ps.indicators(), at),
                        IndicatorPrint.of(
                                this,
                                ps.indicators(),
                                at,
                                "en".equals(getLocale().getLanguage()))),
                ProjectNotes.goals(project),
                Folded.table(
                        getTranslation("project.table.monitoring", at),
                        () -> new MonitoringTable(ps),
                        "monitoring-section"),
                LastYearTable.of(ps, earlier.lastYear(id, at)),
                Folded.table(
                        getTranslation("project.table.longterm"),
                        () -> new TargetGrid(of(all, GoalTable.LONG_TERM), "longterm-grid", null),
                        "longterm-section"),
                Folded.table(
                        getTranslation("project.table.targets"),
                        () -> new TargetGrid(
                                of(all, GoalTable.ANNUAL),
                                "annual-grid",
                                currentUser.has(Role.PERFORMANCE_OFFICER)
                                        ? i -> new IndicatorSettingsDialog(i, indicators).open()
                                        : null),
                        "targets-section"),
                ProjectNotes.findings(downloads.findings(project, all)),
                ProjectNotes.revisions(indicators.revisions(id), all));
        add(TargetTemplateLink.of(project, downloads));
    }

    /** A table under its heading, always shown: the indicator tree is what a leader came to read. */
    private static Section section(String title, Component... content) {
        Section section = new Section(new H3(title));
        section.add(content);
        section.addClassName("attain-section");
        section.setWidthFull();
        return section;
    }

    private static List<Indicator> of(List<Indicator> all, GoalTable table) {
        return all.stream().filter(i -> i.getGoalTable() == table).toList();
    }
}
