package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import org.attain.base.ui.Formats;
import org.attain.portfolio.DepartmentFigures;
import org.attain.status.Checkpoint;
import org.attain.status.Light;

/**
 * The first step of the drill-down: one line per department (at bureau level) or per unit (within a department), its
 * projects counted by light, its budget and execution; a name narrows the portfolio to that department.
 */
class DepartmentGrid extends Composite<Grid<DepartmentFigures.Line>> {

    DepartmentGrid(List<DepartmentFigures.Line> lines, Checkpoint at, boolean units) {
        Grid<DepartmentFigures.Line> grid = getContent();
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(link(at))
                .setHeader(getTranslation(units ? "departments.unit" : "departments.department"))
                .setKey("name")
                .setComparator(DepartmentFigures.Line::name)
                .setFlexGrow(3);
        count("departments.projects", "projects", DepartmentFigures.Line::projects);
        count("light.RED", "red", l -> l.count(Light.RED));
        count("light.YELLOW", "yellow", l -> l.count(Light.YELLOW));
        count("light.OVERDUE", "overdue", l -> l.count(Light.OVERDUE));
        count("departments.green", "green", l -> l.count(Light.GREEN) + l.count(Light.BLUE));
        grid.addColumn(l -> Formats.tenThousandYuan(l.budget(), getLocale()))
                .setHeader(getTranslation("project.budget.wan"))
                .setKey("budget")
                .setComparator(DepartmentFigures.Line::budget)
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(l -> Formats.rate(l.executionRate()))
                .setHeader(getTranslation("dashboard.executionRate"))
                .setKey("execution")
                .setComparator(Comparator.comparing(
                        DepartmentFigures.Line::executionRate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("7rem")
                .setFlexGrow(0);
        count("dashboard.grid.shortfalls", "shortfalls", DepartmentFigures.Line::shortfalls);
        grid.setItems(lines);
        grid.setAllRowsVisible(lines.size() <= 12);
        if (lines.size() > 12) {
            grid.setHeight("28rem");
        }
        grid.setId("department-grid");
    }

    private void count(String header, String key, ToIntFunction<DepartmentFigures.Line> value) {
        getContent()
                .addColumn(l -> String.valueOf(value.applyAsInt(l)))
                .setHeader(getTranslation(header))
                .setKey(key)
                .setComparator(Comparator.comparingInt(value))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("5.5rem")
                .setFlexGrow(0);
    }

    /**
     * The name as a link drawn in the browser: no server-side component per line, so a bureau's 200 departments keep
     * no more in a leader's session than their figures.
     */
    static LitRenderer<DepartmentFigures.Line> link(Checkpoint at) {
        return LitRenderer.<DepartmentFigures.Line>of(
                        "<a router-link class=\"attain-department-link\" href=\"${item.href}\">${item.name}</a>")
                .withProperty("href", l -> DepartmentPicker.location(at, l.name()))
                .withProperty("name", DepartmentFigures.Line::name);
    }
}
