package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.attain.portfolio.DepartmentFigures;
import org.attain.portfolio.PortfolioQueries;
import org.jspecify.annotations.Nullable;

/**
 * The department steps of the portfolio's drill-down (department → project → indicator): the trail at the top, and
 * below the figures the departments (at bureau level) or the chosen department's units, each a link one step down. A
 * unit has no step below it but its projects, listed in the grid.
 */
class DrillDown {

    private final PortfolioQueries.Reading reading;
    private final @Nullable String department;
    private final @Nullable String parent;
    private final DepartmentFigures figures;

    DrillDown(DepartmentFigures figures, PortfolioQueries.Reading reading, @Nullable String department) {
        this.figures = figures;
        this.reading = reading;
        this.department = department;
        this.parent = department == null ? null : figures.parentOf(department).orElse(null);
    }

    Component trail() {
        return new PortfolioBreadcrumbs(reading.at(), parent, department);
    }

    /** The departments or units of the reading, counted by light; nothing when there is only one line to show. */
    Component departments() {
        Div section = new Div();
        section.setWidthFull();
        List<DepartmentFigures.Line> lines = parent != null ? List.of() : figures.lines(reading, department != null);
        if (department == null ? lines.size() > 1 : lines.stream().anyMatch(DepartmentFigures.Line::unit)) {
            section.add(
                    new H3(section.getTranslation(department == null ? "departments.heading" : "departments.units")),
                    new DepartmentGrid(lines, reading.at(), department != null));
        }
        return section;
    }
}
