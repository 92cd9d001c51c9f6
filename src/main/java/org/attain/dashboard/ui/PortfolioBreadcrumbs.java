package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * Where the drill-down stands: 全部部门 › 主管部门 › 单位 (› project › indicator on their pages); every step but the
 * last is a link back up, at the same checkpoint.
 */
class PortfolioBreadcrumbs extends Composite<Nav> {

    private boolean empty = true;

    /** The trail down to a department (a unit with its 主管部门), at a checkpoint. */
    PortfolioBreadcrumbs(Checkpoint at, @Nullable String parent, @Nullable String department) {
        Nav nav = getContent();
        nav.addClassName("attain-breadcrumbs");
        nav.getElement().setAttribute("aria-label", getTranslation("departments.trail"));
        nav.setId("breadcrumbs");
        step(getTranslation("departments.all"), DepartmentPicker.location(at, null), department == null);
        if (parent != null) {
            step(parent, DepartmentPicker.location(at, parent), false);
        }
        if (department != null) {
            step(department, DepartmentPicker.location(at, department), true);
        }
    }

    /** Adds a further step (a project, an indicator): a link unless it is the page itself. */
    PortfolioBreadcrumbs then(String label, @Nullable String location) {
        step(label, location == null ? "" : location, location == null);
        return this;
    }

    private void step(String label, String location, boolean current) {
        Nav nav = getContent();
        if (!empty) {
            Span separator = new Span("›");
            separator.getElement().setAttribute("aria-hidden", "true");
            nav.add(separator);
        }
        empty = false;
        if (current) {
            Span here = new Span(label);
            here.getElement().setAttribute("aria-current", "page");
            nav.add(here);
        } else {
            nav.add(new Anchor(location, label));
        }
    }
}
