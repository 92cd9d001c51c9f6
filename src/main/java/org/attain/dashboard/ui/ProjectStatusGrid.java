package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.attain.base.ui.Formats;
import org.attain.base.ui.PrintTable;
import org.attain.base.ui.WindowWidth;
import org.attain.portfolio.ProjectStatus;
import org.attain.status.Light;

/** Every project with its lights, budget and execution; sortable, filtered by department and by light. */
class ProjectStatusGrid extends Composite<VerticalLayout> {

    private final Grid<ProjectLine> grid = new Grid<>();
    private final Select<String> department = new Select<>();
    private final Select<Light> light = new Select<>();

    ProjectStatusGrid(List<ProjectStatus> statuses) {
        List<ProjectLine> projects = statuses.stream().map(ProjectLine::of).toList();
        ListDataProvider<ProjectLine> data = new ListDataProvider<>(new java.util.ArrayList<>(projects));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(lightRenderer(ProjectLine::light))
                .setHeader(getTranslation("dashboard.grid.light"))
                .setKey("light")
                .setComparator(Comparator.comparing(p -> p.light(), Light.WORST_FIRST))
                .setSortable(true)
                .setWidth("8rem")
                .setFlexGrow(0);
        Grid.Column<ProjectLine> name = grid.addColumn(nameRenderer(false))
                .setHeader(getTranslation("project.name"))
                .setKey("name")
                .setComparator(ProjectLine::name)
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(ProjectLine::department)
                .setHeader(getTranslation("project.department"))
                .setKey("department")
                .setSortable(true)
                .setFlexGrow(1);
        grid.addColumn(p -> Formats.tenThousandYuan(p.budget(), getLocale()))
                .setHeader(getTranslation("project.budget.wan"))
                .setKey("budget")
                .setComparator(ProjectLine::budget)
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(p -> Formats.rate(p.rate()))
                .setHeader(getTranslation("dashboard.executionRate"))
                .setKey("execution")
                .setComparator(p -> p.rate() == null ? BigDecimal.valueOf(-1) : p.rate())
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(lightRenderer(ProjectLine::budgetLight))
                .setHeader(getTranslation("dashboard.grid.budgetLight"))
                .setKey("budgetLight")
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(p -> p.shortfalls())
                .setHeader(getTranslation("dashboard.grid.shortfalls"))
                .setKey("shortfalls")
                .setComparator(p -> p.shortfalls())
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(p -> p.reported() + " / " + p.indicators())
                .setHeader(getTranslation("dashboard.grid.reported"))
                .setKey("reported")
                .setComparator(p -> p.indicators() - p.reported())
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.setItems(data);
        grid.setAllRowsVisible(projects.size() <= 30);
        if (projects.size() > 30) {
            grid.setHeight("36rem");
        }
        grid.setId("project-grid");

        department.setLabel(getTranslation("project.department"));
        department.setItems(java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(""),
                        projects.stream()
                                .map(ProjectLine::department)
                                .distinct()
                                .sorted())
                .toList());
        department.setItemLabelGenerator(d -> d.isEmpty() ? getTranslation("dashboard.filter.all") : d);
        department.setValue("");
        department.setId("department-filter");
        light.setLabel(getTranslation("dashboard.grid.light"));
        light.setItems(Light.values());
        light.setEmptySelectionAllowed(true);
        light.setEmptySelectionCaption(getTranslation("dashboard.filter.all"));
        light.setItemLabelGenerator(l -> l == null
                ? getTranslation("dashboard.filter.all")
                : l.symbol() + " " + getTranslation("light." + l.name()));
        light.setId("light-filter");
        department.addValueChangeListener(e -> filter(data));
        light.addValueChangeListener(e -> filter(data));
        HorizontalLayout filters = new HorizontalLayout(department, light);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("attain-no-print");
        // on a phone each project is a card: its name and light over its figures, no column to scroll to
        WindowWidth.onNarrow(this, narrow -> {
            grid.getColumns().forEach(c -> c.setVisible(!narrow || c == name));
            name.setRenderer(nameRenderer(narrow));
        });
        getContent().setPadding(false);
        grid.addClassName("attain-has-print");
        getContent()
                .add(
                        filters,
                        grid,
                        new PrintTable(
                                List.of(
                                        getTranslation("dashboard.grid.light"),
                                        getTranslation("project.name"),
                                        getTranslation("project.department"),
                                        getTranslation("project.budget.wan"),
                                        getTranslation("dashboard.executionRate"),
                                        getTranslation("dashboard.grid.budgetLight"),
                                        getTranslation("dashboard.grid.shortfalls"),
                                        getTranslation("dashboard.grid.reported")),
                                projects.stream()
                                        .map(p -> List.of(
                                                label(p.light()),
                                                p.name(),
                                                p.department(),
                                                Formats.tenThousandYuan(p.budget(), getLocale()),
                                                Formats.rate(p.rate()),
                                                label(p.budgetLight()),
                                                String.valueOf(p.shortfalls()),
                                                p.reported() + " / " + p.indicators()))
                                        .toList(),
                                0));
    }

    private void filter(ListDataProvider<ProjectLine> data) {
        data.setFilter(p -> (department.getValue() == null
                        || department.getValue().isEmpty()
                        || department.getValue().equals(p.department()))
                && (light.getValue() == null || light.getValue() == p.light()));
    }

    private LitRenderer<ProjectLine> nameRenderer(boolean card) {
        String link = "<a router-link href=\"projects/${item.id}\">${item.name}</a>";
        if (!card) {
            return LitRenderer.<ProjectLine>of(link)
                    .withProperty("id", ProjectLine::projectId)
                    .withProperty("name", ProjectLine::name);
        }
        return LitRenderer.<ProjectLine>of("<div class=\"attain-card\"><div class=\"attain-card-head\">" + link
                        + " <span class=\"attain-light ${item.cls}\">${item.label}</span></div>"
                        + "<div class=\"attain-explanation\">${item.facts}</div></div>")
                .withProperty("id", ProjectLine::projectId)
                .withProperty("name", ProjectLine::name)
                .withProperty("cls", p -> p.light().cssClass())
                .withProperty("label", p -> label(p.light()))
                .withProperty(
                        "facts",
                        p -> getTranslation("project.budget.wan") + " "
                                + Formats.tenThousandYuan(p.budget(), getLocale()) + " · "
                                + getTranslation("dashboard.executionRate")
                                + " " + Formats.rate(p.rate()) + " · " + getTranslation("dashboard.grid.budgetLight")
                                + " "
                                + label(p.budgetLight()) + " · " + getTranslation("dashboard.grid.shortfalls") + " "
                                + p.shortfalls()
                                + " · " + getTranslation("dashboard.grid.reported") + " " + p.reported() + " / "
                                + p.indicators());
    }

    private String label(Light l) {
        return l.symbol() + " " + getTranslation("light." + l.name());
    }

    /** A light as a badge rendered in the browser: no server-side component per row, so large grids stay light. */
    private LitRenderer<ProjectLine> lightRenderer(java.util.function.Function<ProjectLine, Light> light) {
        return LitRenderer.<ProjectLine>of("<span class=\"attain-light ${item.cls}\" data-light=\"${item.light}\">"
                        + "${item.label}</span>")
                .withProperty("cls", p -> light.apply(p).cssClass())
                .withProperty("light", p -> light.apply(p).name())
                .withProperty("label", p -> label(light.apply(p)));
    }
}
