package org.attain.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.attain.base.ui.Formats;
import org.attain.base.ui.PrintTable;
import org.attain.base.ui.Routes;
import org.attain.portfolio.PortfolioQueries;
import org.attain.portfolio.ui.CheckpointParameter;
import org.attain.project.ProjectService;
import org.attain.status.Checkpoint;

/**
 * The portfolio's project list on paper: the worst {@value #PRINTED} projects as a table that flows across pages (a
 * province prints its own reports, not 10,000 rows). Its own page, so that the portfolio screen does not carry it.
 */
@Route(Routes.PORTFOLIO_PRINT)
@PermitAll
public class PortfolioPrintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PRINTED = 100;

    private final ProjectService projects;
    private final PortfolioQueries queries;
    private final CheckpointParameter checkpoints;

    PortfolioPrintView(ProjectService projects, PortfolioQueries queries, CheckpointParameter checkpoints) {
        this.projects = projects;
        this.queries = queries;
        this.checkpoints = checkpoints;
        addClassName("attain-page");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolio.print") + " · Attain";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<Integer> years = projects.years();
        if (years.isEmpty()) {
            return;
        }
        Checkpoint at = checkpoints.read(event.getLocation(), years, years.getFirst());
        String department = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("department")
                .orElse(null);
        PortfolioQueries.Reading reading = queries.reading(at, department);
        int total = queries.count(reading, PortfolioQueries.Filter.NONE);
        Button print =
                new Button(getTranslation("portfolio.print"), e -> getElement().executeJs("window.print()"));
        print.addClassName("attain-no-print");
        add(
                Routes.link("← " + getTranslation("nav.portfolio"), DepartmentPicker.location(at, department)),
                new H2(getTranslation("portfolio.print.title", Math.min(PRINTED, total), total)),
                print,
                table(reading));
    }

    private PrintTable table(PortfolioQueries.Reading reading) {
        List<String> headers = List.of(
                        "dashboard.grid.light",
                        "project.name",
                        "project.department",
                        "project.budget.wan",
                        "dashboard.executionRate",
                        "dashboard.grid.budgetLight",
                        "dashboard.grid.shortfalls",
                        "dashboard.grid.reported")
                .stream()
                .map(this::getTranslation)
                .toList();
        List<List<String>> rows = queries.page(reading, PortfolioQueries.Filter.NONE, List.of(), 0, PRINTED).stream()
                .map(p -> List.of(
                        ProjectCard.label(p.light(), this::getTranslation),
                        p.name(),
                        p.department(),
                        Formats.tenThousandYuan(p.budget(), getLocale()),
                        Formats.rate(p.rate()),
                        ProjectCard.label(p.budgetLight(), this::getTranslation),
                        String.valueOf(p.shortfalls()),
                        p.reported() + " / " + p.indicators()))
                .toList();
        PrintTable table = new PrintTable(headers, rows, 0);
        table.getElement().setAttribute("class", "attain-print-table"); // on screen too: this page is the table
        return table;
    }
}
