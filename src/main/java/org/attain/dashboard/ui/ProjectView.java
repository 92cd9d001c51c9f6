package org.attain.dashboard.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.attain.base.ui.Downloads;
import org.attain.base.ui.Formats;
import org.attain.importing.Finding;
import org.attain.importing.TargetDownloads;
import org.attain.indicator.GoalTable;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.indicator.TargetRevision;
import org.attain.monitoring.ProjectStatus;
import org.attain.monitoring.StatusService;
import org.attain.monitoring.ui.ActualsView;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.status.Checkpoint;
import org.attain.status.ui.LightBadge;

/**
 * One project at a checkpoint: description, budget gauge, the annual indicator tree with lights and explanations,
 * the bullet chart, the long-term table, consistency findings and target revisions.
 */
@Route("projects")
@PermitAll
public class ProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProjectService projects;
    private final IndicatorService indicators;
    private final TargetDownloads downloads;
    private final StatusService status;
    private final org.attain.assessment.SelfEvaluationService selfEvaluation;
    private final org.attain.report.ReportService reports;
    private final org.attain.security.CurrentUser currentUser;
    private String title = "Attain";

    ProjectView(ProjectService projects, IndicatorService indicators, TargetDownloads downloads, StatusService status,
            org.attain.assessment.SelfEvaluationService selfEvaluation, org.attain.report.ReportService reports,
            org.attain.security.CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.projects = projects;
        this.indicators = indicators;
        this.downloads = downloads;
        this.status = status;
        this.selfEvaluation = selfEvaluation;
        this.reports = reports;
        addClassName("attain-page");
        setWidthFull();
    }

    public static void showProject(long id) {
        UI.getCurrent().navigate(ProjectView.class, id);
    }

    public static void showProject(long id, Checkpoint at) {
        UI.getCurrent().navigate(ProjectView.class, id, QueryParameters.simple(Map.of("checkpoint", at.iso())));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Project project = projects.find(id).orElseThrow(NotFoundException::new);
        Checkpoint at = event.getLocation().getQueryParameters().getSingleParameter("checkpoint")
                .flatMap(ProjectView::parse).filter(c -> c.year() == project.getYear())
                .orElseGet(() -> status.defaultCheckpoint(project.getYear()));
        ProjectStatus ps = status.project(id, at).orElseThrow(NotFoundException::new);
        List<Indicator> all = indicators.findByProject(id);
        title = project.getName() + " · Attain";
        boolean en = "en".equals(getLocale().getLanguage());
        removeAll();
        RouterLink back = new RouterLink("← " + getTranslation("nav.portfolio"), PortfolioView.class);
        back.setQueryParameters(ProjectStatusGrid.at(at));
        add(back, header(project, ps, at, en), facts(project, ps), reportLinks(project, ps, at), goals(project));
        PortfolioCharts.Labels labels = this::getTranslation;
        Div charts = new Div(ProjectCharts.gauge(ps, labels), ProjectCharts.bullets(ps.indicators(), at, labels));
        charts.addClassName("attain-chart-grid");
        add(charts);
        TabSheet tables = new TabSheet();
        tables.add(getTranslation("project.table.annual"), new IndicatorTree(ps.indicators(), at));
        tables.add(getTranslation("project.table.monitoring", at.label(en)), new MonitoringTable(ps));
        tables.add(getTranslation("project.table.longterm"), indicatorGrid(all, GoalTable.LONG_TERM, "longterm-grid"));
        tables.add(getTranslation("project.table.targets"), indicatorGrid(all, GoalTable.ANNUAL, "annual-grid"));
        tables.setWidthFull();
        tables.setId("tables");
        add(tables, findings(downloads.findings(id)), revisions(indicators.revisions(id), all));
        Anchor template = new Anchor(Downloads.xlsx("targets-" + project.getYear() + "-" + id + ".xlsx",
                () -> downloads.filledTemplate(id)), getTranslation("project.download.targets"));
        template.setId("download-targets");
        add(template);
    }

    private static java.util.Optional<Checkpoint> parse(String s) {
        try {
            return java.util.Optional.of(Checkpoint.parse(s));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private Component header(Project project, ProjectStatus ps, Checkpoint at, boolean en) {
        H2 name = new H2(project.getName());
        LightBadge light = new LightBadge(ps.light());
        light.setId("project-light");
        Button enter = new Button(getTranslation("project.enter"), e -> ActualsView.show(project.getId(), at));
        enter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enter.setId("enter-actuals");
        CheckpointPicker picker = new CheckpointPicker(List.of(project.getYear()), at,
                c -> showProject(project.getId(), c));
        HorizontalLayout left = new HorizontalLayout(name, light);
        left.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout head = new HorizontalLayout(left, new HorizontalLayout(picker, enter));
        head.setWidthFull();
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        head.setAlignItems(FlexComponent.Alignment.END);
        head.addClassName("attain-head");
        return head;
    }

    private Component facts(Project p, ProjectStatus ps) {
        FlexLayout facts = new FlexLayout();
        facts.addClassName("attain-figures");
        boolean en = "en".equals(getLocale().getLanguage());
        String wan = " " + getTranslation("unit.wan");
        facts.add(PortfolioView.figure(getTranslation("project.budget"), Formats.tenThousandYuan(ps.budget(), getLocale()) + wan),
                PortfolioView.figure(getTranslation("dashboard.figure.executed"), ps.budgetStatus().executed() == null ? "—"
                        : Formats.tenThousandYuan(ps.budgetStatus().executed(), getLocale()) + wan),
                PortfolioView.figure(getTranslation("project.type"), orDash(p.getProjectType())),
                PortfolioView.figure(getTranslation("project.fundNature"), orDash(p.getFundNature())),
                PortfolioView.figure(getTranslation("project.department"), ps.department()));
        Paragraph budget = new Paragraph(ps.budgetStatus().explanation(en));
        budget.addClassName("attain-explanation");
        budget.setId("budget-sentence");
        Div box = new Div(facts, budget);
        String why = ShortfallList.deviation(ps.budgetDeviation(), en, this::getTranslation);
        if (!why.isEmpty()) {
            Paragraph deviation = new Paragraph(why);
            deviation.addClassName("attain-explanation");
            deviation.setId("budget-deviation");
            box.add(deviation);
        }
        Paragraph project = new Paragraph(ps.explanation(en));
        project.setId("project-sentence");
        project.addClassName("attain-project-sentence");
        box.addComponentAsFirst(project);
        box.setWidthFull();
        return box;
    }

    private Component reportLinks(Project project, ProjectStatus ps, Checkpoint at) {
        var projected = selfEvaluation.evaluate(ps);
        Button self = new Button(org.attain.report.SelfEvaluationText.headline(projected, getLocale()),
                e -> org.attain.report.ui.SelfEvaluationView.show(project.getId(), at));
        self.setId("projected-score");
        Button yearEnd = new Button(getTranslation("project.reports.self"), e -> org.attain.report.ui.SelfEvaluationView
                .show(project.getId(), Checkpoint.yearEnd(project.getYear()), org.attain.assessment.Basis.ACTUAL));
        yearEnd.setId("self-evaluation");
        HorizontalLayout row = new HorizontalLayout(self, yearEnd, new com.vaadin.flow.component.html.Span(
                getTranslation("project.reports.monitoring") + "："));
        for (var f : new org.attain.report.ReportService.Format[] {org.attain.report.ReportService.Format.XLSX,
                org.attain.report.ReportService.Format.PDF}) {
            Anchor a = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(ev -> {
                byte[] bytes = reports.export(org.attain.report.ReportService.Kind.MONITORING, f, project.getYear(), at,
                        project.getName());
                return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                        "monitoring-" + at.iso() + "-" + project.getId() + "." + f.extension(), f.contentType(), bytes.length);
            }), f.extension().toUpperCase());
            a.setId("monitoring-" + f.extension());
            row.add(a);
        }
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component goals(Project p) {
        Div goals = new Div();
        goals.add(new Details(getTranslation("project.basis"), new Paragraph(orDash(p.getBasis()))));
        Details longTerm = new Details(getTranslation("project.goal.longterm"), new Paragraph(orDash(p.getLongTermGoal())));
        Details annual = new Details(getTranslation("project.goal.annual"), new Paragraph(orDash(p.getAnnualGoal())));
        annual.setOpened(p.getAnnualGoal() != null);
        longTerm.setOpened(p.getAnnualGoal() == null);
        goals.add(longTerm, annual);
        goals.setWidthFull();
        return goals;
    }

    private Grid<Indicator> indicatorGrid(List<Indicator> all, GoalTable table, String id) {
        Grid<Indicator> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Indicator::getCategory).setHeader(getTranslation("indicator.category")).setKey("category")
                .setFlexGrow(0).setWidth("7rem");
        grid.addColumn(Indicator::getSubcategory).setHeader(getTranslation("indicator.subcategory"))
                .setKey("subcategory").setFlexGrow(0).setWidth("10rem");
        grid.addColumn(Indicator::getName).setHeader(getTranslation("indicator.name")).setKey("name").setFlexGrow(3);
        grid.addColumn(Indicator::getTargetText).setHeader(getTranslation("indicator.target")).setKey("target")
                .setFlexGrow(0).setWidth("8rem");
        grid.addColumn(i -> getTranslation("direction." + i.getDirection().name()))
                .setHeader(getTranslation("indicator.direction")).setKey("direction").setFlexGrow(0).setWidth("8rem");
        grid.addColumn(i -> getTranslation("profile." + i.getProgressProfile().kind().name(),
                        i.getProgressProfile().dueMonth() == null ? "" : i.getProgressProfile().dueMonth()))
                .setHeader(getTranslation("indicator.profile")).setKey("profile").setFlexGrow(0).setWidth("9rem");
        grid.addColumn(i -> orDash(i.getTargetBasis())).setHeader(getTranslation("indicator.basis")).setKey("basis")
                .setFlexGrow(0).setWidth("7rem");
        if (table == GoalTable.ANNUAL && currentUser.has(org.attain.security.Role.PERFORMANCE_OFFICER)) {
            grid.addComponentColumn(i -> {
                Button edit = new Button(getTranslation("settings.edit"), e -> new IndicatorSettingsDialog(i, indicators,
                        currentUser.name()).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                return edit;
            }).setHeader("").setKey("settings").setFlexGrow(0).setWidth("6rem");
        }
        grid.setItems(all.stream().filter(i -> i.getGoalTable() == table).toList());
        grid.setAllRowsVisible(true);
        grid.setId(id);
        return grid;
    }

    private Component findings(List<Finding> findings) {
        Div box = new Div(new H3(getTranslation("project.findings")));
        box.setId("findings");
        UnorderedList list = new UnorderedList();
        for (Finding f : findings) {
            ListItem item = new ListItem((f.severity() == Finding.Severity.OK ? "✓ " : "⚠ ") + f.message());
            item.addClassName(f.severity() == Finding.Severity.OK ? "attain-ok" : "attain-warning");
            list.add(item);
        }
        box.add(findings.isEmpty() ? new Paragraph(getTranslation("project.findings.none")) : list);
        return box;
    }

    private Component revisions(List<TargetRevision> revisions, List<Indicator> all) {
        Div box = new Div(new H3(getTranslation("project.revisions")));
        box.setId("revisions");
        if (revisions.isEmpty()) {
            box.add(new Paragraph(getTranslation("project.revisions.none")));
            return box;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        Map<Long, String> names = new java.util.HashMap<>();
        all.forEach(i -> names.put(i.getId(), i.getName()));
        UnorderedList list = new UnorderedList();
        for (TargetRevision r : revisions) {
            list.add(new ListItem(time.format(r.revisedAt()) + " · " + names.getOrDefault(r.indicatorId(), "#" + r.indicatorId())
                    + ": " + r.oldTarget() + " → " + r.newTarget() + " (" + r.revisedBy() + ", " + r.reason() + ")"));
        }
        box.add(list);
        return box;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
