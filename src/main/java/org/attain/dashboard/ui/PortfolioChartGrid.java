package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.attain.base.ui.Routes;
import org.attain.portfolio.PortfolioHeat;
import org.attain.portfolio.PortfolioStatus;
import org.attain.portfolio.ProjectStatus;
import org.attain.status.Checkpoint;

/** The portfolio's charts over its worst projects; clicking a bar or a cell opens the project. */
class PortfolioChartGrid extends Composite<Div> {

    static final int CHART_PROJECTS = 25;

    /**
     * @param worst the worst projects judged in full, worst first (at least the chart's)
     * @param total how many projects the portfolio has
     * @param heat the departments' heat map cells; shown instead of the projects' when many projects of several
     *     departments are in view (no department chosen)
     */
    PortfolioChartGrid(PortfolioStatus worst, int total, List<PortfolioHeat.Cell> heat, boolean oneDepartment) {
        List<ProjectStatus> top = worst.worstFirst()
                .subList(0, Math.min(CHART_PROJECTS, worst.projects().size()));
        PortfolioCharts.Labels labels = this::getTranslation;
        Checkpoint at = worst.checkpoint(); // the listeners keep the checkpoint, not the judged projects
        Div grid = getContent();
        grid.add(
                PortfolioCharts.execution(top, worst.checkpoint().timeProgress(), labels, this::open),
                PortfolioCharts.lights(top, labels, this::open),
                total > CHART_PROJECTS && !oneDepartment
                        ? DepartmentHeatMap.chart(heat, labels, d -> Routes.go(DepartmentPicker.location(at, d)))
                        : PortfolioCharts.heatMap(top, labels, this::open));
        grid.addClassName("attain-chart-grid");
        if (total > CHART_PROJECTS) {
            grid.add(new Paragraph(getTranslation("dashboard.chart.top", CHART_PROJECTS, total)));
        }
    }

    private void open(long projectId) {
        Routes.go(Routes.project(projectId));
    }
}
