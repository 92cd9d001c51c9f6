package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.attain.base.ui.Routes;
import org.attain.indicator.Indicator;
import org.attain.project.Project;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * Where the drill-down stands: 全部部门 › 主管部门 › 单位 › project › indicator; every step but the last is a link back
 * up, at the same checkpoint.
 */
class PortfolioBreadcrumbs extends Composite<Nav> {

    private boolean empty = true;

    private PortfolioBreadcrumbs() {
        Nav nav = getContent();
        nav.addClassName("attain-breadcrumbs");
        nav.getElement().setAttribute("aria-label", getTranslation("departments.trail"));
        nav.setId("breadcrumbs");
    }

    /** The portfolio's trail down to a department (a unit with its 主管部门), at a checkpoint. */
    PortfolioBreadcrumbs(Checkpoint at, @Nullable String parent, @Nullable String department) {
        this();
        step(getTranslation("departments.all"), department == null ? null : DepartmentPicker.location(at, null));
        if (parent != null) {
            step(parent, DepartmentPicker.location(at, parent));
        }
        if (department != null) {
            step(department, null);
        }
    }

    /** A project's trail: its departments ({@code path}, 主管部门 first) as links, the project itself last. */
    static PortfolioBreadcrumbs toProject(Checkpoint at, List<String> path, String project) {
        return departments(at, path).step(project, null);
    }

    /** An indicator's trail: its project's departments and the project as links, the indicator last. */
    static PortfolioBreadcrumbs toIndicator(Checkpoint at, List<String> path, Project project, Indicator indicator) {
        return departments(at, path)
                .step(project.getName(), Routes.project(project.getId(), at))
                .step(indicator.getName(), null);
    }

    private static PortfolioBreadcrumbs departments(Checkpoint at, List<String> path) {
        PortfolioBreadcrumbs trail = new PortfolioBreadcrumbs();
        trail.step(trail.getTranslation("departments.all"), DepartmentPicker.location(at, null));
        path.forEach(d -> trail.step(d, DepartmentPicker.location(at, d)));
        return trail;
    }

    /** Adds a step: a link, or (no location) the page itself. */
    private PortfolioBreadcrumbs step(String label, @Nullable String location) {
        Nav nav = getContent();
        if (!empty) {
            Span separator = new Span(" › ");
            separator.getElement().setAttribute("aria-hidden", "true");
            nav.add(separator);
        }
        empty = false;
        if (location == null) {
            Span here = new Span(label);
            here.getElement().setAttribute("aria-current", "page");
            nav.add(here);
        } else {
            nav.add(new Anchor(location, label));
        }
        return this;
    }
}
