package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.attain.base.ui.Formats;
import org.attain.base.ui.GridHeights;
import org.attain.base.ui.WindowWidth;
import org.attain.portfolio.PortfolioQueries;
import org.attain.status.Light;

/**
 * Every project with its lights, budget and execution, a page at a time: sorted and filtered (department, light, owner,
 * name) in SQL over the status table, so that the grid holds one page whatever the number of projects.
 */
class ProjectStatusGrid extends Composite<VerticalLayout> {

    private final Grid<ProjectLine> grid = new Grid<>();

    ProjectStatusGrid(
            PortfolioQueries queries,
            PortfolioQueries.Reading at,
            int total,
            Supplier<List<String>> departments,
            Supplier<List<String>> owners) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        column(lightRenderer(ProjectLine::light), "dashboard.grid.light", "light")
                .setWidth("8rem")
                .setFlexGrow(0);
        Grid.Column<ProjectLine> name =
                column(ProjectCard.name(false), "project.name", "name").setFlexGrow(3);
        grid.addColumn(ProjectLine::department)
                .setHeader(getTranslation("project.department"))
                .setKey("department")
                .setSortProperty("department")
                .setFlexGrow(1);
        number(column(p -> Formats.tenThousandYuan(p.budget(), getLocale()), "project.budget.wan", "budget"), "8rem");
        number(column(p -> Formats.rate(p.rate()), "dashboard.executionRate", "execution"), "7rem");
        column(lightRenderer(ProjectLine::budgetLight), "dashboard.grid.budgetLight", "budgetLight")
                .setWidth("8rem")
                .setFlexGrow(0);
        number(column(p -> String.valueOf(p.shortfalls()), "dashboard.grid.shortfalls", "shortfalls"), "7rem");
        number(column(p -> p.reported() + " / " + p.indicators(), "dashboard.grid.reported", "reported"), "7rem");
        PortfolioFilters filters = new PortfolioFilters(
                departments, owners, () -> grid.getDataProvider().refreshAll());
        grid.setItems(
                query -> queries
                        .page(
                                at,
                                filters.filter(),
                                query.getSortOrders().stream()
                                        .map(o -> new PortfolioQueries.Sort(
                                                o.getSorted(), o.getDirection() == SortDirection.DESCENDING))
                                        .toList(),
                                query.getOffset(),
                                query.getLimit())
                        .stream()
                        .map(ProjectLine::of),
                query -> queries.count(at, filters.filter()));
        GridHeights.fit(grid, total);
        grid.setId("project-grid");
        // on a phone each project is a card: its name and light over its figures, no column to scroll to
        WindowWidth.onNarrow(this, narrow -> {
            grid.getColumns().forEach(c -> c.setVisible(!narrow || c == name));
            name.setRenderer(ProjectCard.name(narrow));
        });
        getContent().setPadding(false);
        getContent().add(filters, grid);
    }

    private Grid.Column<ProjectLine> column(LitRenderer<ProjectLine> renderer, String header, String key) {
        return grid.addColumn(renderer)
                .setHeader(getTranslation(header))
                .setKey(key)
                .setSortProperty(key);
    }

    private Grid.Column<ProjectLine> column(Function<ProjectLine, String> text, String header, String key) {
        return grid.addColumn(text::apply)
                .setHeader(getTranslation(header))
                .setKey(key)
                .setSortProperty(key);
    }

    private static void number(Grid.Column<ProjectLine> column, String width) {
        column.setTextAlign(ColumnTextAlign.END).setWidth(width).setFlexGrow(0);
    }

    /** A light as a badge rendered in the browser: no server-side component per row, so large grids stay light. */
    private LitRenderer<ProjectLine> lightRenderer(Function<ProjectLine, Light> light) {
        return LitRenderer.<ProjectLine>of("<span class=\"attain-light ${item.cls}\" data-light=\"${item.light}\">"
                        + "${item.label}</span>")
                .withProperty("cls", p -> light.apply(p).cssClass())
                .withProperty("light", p -> light.apply(p).name())
                .withProperty("label", p -> ProjectCard.label(light.apply(p), this::getTranslation));
    }
}
