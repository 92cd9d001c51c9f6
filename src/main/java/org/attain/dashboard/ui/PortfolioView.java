package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.attain.base.ui.Routes;
import org.attain.portfolio.DepartmentFigures;
import org.attain.portfolio.PortfolioHeat;
import org.attain.portfolio.PortfolioQueries;
import org.attain.portfolio.PortfolioShortfalls;
import org.attain.portfolio.PortfolioStatus;
import org.attain.portfolio.ProjectOwners;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.ProjectService;
import org.attain.round.ReportingRounds;
import org.attain.round.ui.OwnerTasks;
import org.attain.security.CurrentUser;
import org.attain.security.Role;
import org.attain.status.Checkpoint;

/**
 * The leaders' screen at a year and checkpoint (in the URL): figures, departments, charts, projects and shortfalls.
 */
@Route(Routes.PORTFOLIO)
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.portfolio")
@PermitAll
public class PortfolioView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final PortfolioQueries queries;
    private final PortfolioShortfalls shortfalls;
    private final PortfolioHeat heat;
    private final ProjectOwners owners;
    private final ReportingRounds rounds;
    private final CurrentUser currentUser;
    private final CheckpointParameter checkpoints;
    private final DepartmentFigures figures;

    PortfolioView(
            DepartmentFigures figures,
            ProjectService projects,
            PortfolioQueries queries,
            PortfolioShortfalls shortfalls,
            PortfolioHeat heat,
            ProjectOwners owners,
            ReportingRounds rounds,
            CurrentUser currentUser,
            CheckpointParameter checkpoints) {
        this.checkpoints = checkpoints;
        this.shortfalls = shortfalls;
        this.heat = heat;
        this.owners = owners;
        this.figures = figures;
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.projects = projects;
        this.queries = queries;
        addClassName("attain-page");
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolio.title") + " · Attain";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<Integer> years = projects.years();
        if (years.isEmpty()) {
            add(emptyState());
            return;
        }
        Checkpoint at = checkpoints.read(event.getLocation(), years);
        List<String> departments = queries.departments(at.year());
        String department = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("department")
                .filter(departments::contains)
                .orElse(null);
        PortfolioQueries.Reading reading = queries.reading(at, department);
        PortfolioQueries.Summary summary = queries.summary(reading);
        HorizontalLayout pickers = new HorizontalLayout(
                new DepartmentPicker(() -> queries.departments(at.year()), department, at),
                new CheckpointPicker(years, at, c -> Routes.go(DepartmentPicker.location(c, department))));
        HorizontalLayout head =
                new HorizontalLayout(new H2(getTranslation("dashboard.heading", at.year(), at)), pickers);
        head.setWidthFull();
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        head.setAlignItems(FlexComponent.Alignment.END);
        head.addClassName("attain-head");
        DrillDown drill = new DrillDown(figures, reading, department);
        add(head, drill.trail());
        if (currentUser.has(Role.PROJECT_OWNER)) {
            add(new OwnerTasks(rounds.tasks(currentUser.name()), rounds.today()));
        }
        if (summary.projects() == 0) {
            add(new Paragraph(getTranslation("dashboard.noProjects", at.year())));
            return;
        }
        // only the projects the charts show are judged in full; the shortfalls are read as the list scrolls
        boolean one = departments.contains(department);
        PortfolioStatus worst = queries.worst(reading, PortfolioChartGrid.CHART_PROJECTS);
        add(
                new PortfolioFigures(summary),
                drill.departments(),
                new PortfolioChartGrid(worst, summary.projects(), heat.byDepartment(reading), one),
                new H3(getTranslation("dashboard.shortfalls", summary.shortfalls())),
                new ShortfallList(shortfalls, reading, owners, summary.shortfalls()),
                new H3(getTranslation("dashboard.projects")),
                new ProjectStatusGrid(
                        queries,
                        reading,
                        summary.projects(),
                        one ? () -> List.of(department) : () -> queries.departments(at.year()),
                        () -> owners.names(at.year())),
                PortfolioPrintLink.of(getTranslation("portfolio.print"), at, one ? department : null));
    }

    private Component emptyState() {
        Div empty = new Div();
        empty.addClassName("attain-empty");
        empty.add(
                new H2(getTranslation("portfolio.empty.title")),
                new Paragraph(getTranslation("portfolio.empty.text")),
                Routes.link(getTranslation("portfolio.empty.import"), Routes.importing()));
        return empty;
    }
}
