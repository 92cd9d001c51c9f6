package org.attain.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.attain.base.ui.Downloads;
import org.attain.base.ui.Formats;
import org.attain.indicator.GoalTable;
import org.attain.indicator.Indicator;
import org.attain.indicator.IndicatorService;
import org.attain.indicator.TargetRevision;
import org.attain.importing.Finding;
import org.attain.importing.TargetDownloads;
import org.attain.project.Project;
import org.attain.project.ProjectService;

/** One project as approved: description, both indicator tables, consistency findings and target revisions. */
@Route("projects")
public class ProjectView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProjectService projects;
    private final IndicatorService indicators;
    private final TargetDownloads downloads;
    private String title = "Attain";

    ProjectView(ProjectService projects, IndicatorService indicators, TargetDownloads downloads) {
        this.projects = projects;
        this.indicators = indicators;
        this.downloads = downloads;
        addClassName("attain-page");
        setWidthFull();
    }

    public static void showProject(long id) {
        UI.getCurrent().navigate(ProjectView.class, id);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Project project = projects.find(id).orElseThrow(NotFoundException::new);
        title = project.getName() + " · Attain";
        List<Indicator> all = indicators.findByProject(id);
        removeAll();
        add(new RouterLink("← " + getTranslation("nav.portfolio"), PortfolioView.class));
        com.vaadin.flow.component.button.Button enter = new com.vaadin.flow.component.button.Button(
                getTranslation("project.enter"), e -> org.attain.monitoring.ui.ActualsView.show(id,
                        new org.attain.status.Checkpoint(project.getYear(), 6)));
        enter.setId("enter-actuals");
        add(new H2(project.getName()), enter, facts(project), goals(project));
        add(new H3(getTranslation("project.table.annual")), indicatorGrid(all, GoalTable.ANNUAL, "annual-grid"));
        add(new H3(getTranslation("project.table.longterm")), indicatorGrid(all, GoalTable.LONG_TERM, "longterm-grid"));
        add(findings(downloads.findings(id)), revisions(indicators.revisions(id), all));
        Anchor template = new Anchor(Downloads.xlsx("targets-" + project.getYear() + "-" + id + ".xlsx",
                () -> downloads.filledTemplate(id)), getTranslation("project.download.targets"));
        template.setId("download-targets");
        add(template);
    }

    private Component facts(Project p) {
        FlexLayout facts = new FlexLayout();
        facts.addClassName("attain-figures");
        facts.add(PortfolioView.figure(getTranslation("project.budget"),
                        Formats.tenThousandYuan(p.getBudget(), getLocale()) + " " + getTranslation("unit.wan")),
                PortfolioView.figure(getTranslation("project.year"), String.valueOf(p.getYear())),
                PortfolioView.figure(getTranslation("project.type"), orDash(p.getProjectType())),
                PortfolioView.figure(getTranslation("project.fundNature"), orDash(p.getFundNature())),
                PortfolioView.figure(getTranslation("project.department"), projects.departmentName(p.getDepartmentId())));
        return facts;
    }

    private Component goals(Project p) {
        Div goals = new Div();
        goals.add(new Details(getTranslation("project.basis"), new Paragraph(orDash(p.getBasis()))));
        goals.add(new Details(getTranslation("project.goal.longterm"), new Paragraph(orDash(p.getLongTermGoal()))));
        Details annual = new Details(getTranslation("project.goal.annual"), new Paragraph(orDash(p.getAnnualGoal())));
        annual.setOpened(true);
        goals.add(annual);
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
        grid.addColumn(i -> orDash(i.getTargetBasis())).setHeader(getTranslation("indicator.basis")).setKey("basis")
                .setFlexGrow(0).setWidth("7rem");
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
        UnorderedList list = new UnorderedList();
        for (TargetRevision r : revisions) {
            String name = all.stream().filter(i -> i.getId() == r.indicatorId()).map(Indicator::getName).findFirst()
                    .orElse("#" + r.indicatorId());
            list.add(new ListItem(new Span(time.format(r.revisedAt()) + " · " + name + ": " + r.oldTarget() + " → "
                    + r.newTarget() + " (" + r.revisedBy() + ", " + r.reason() + ")")));
        }
        box.add(list);
        return box;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
