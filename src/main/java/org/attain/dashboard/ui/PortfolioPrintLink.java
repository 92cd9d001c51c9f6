package org.attain.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import org.attain.base.ui.Routes;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/** The link to the printed project list: its own page, so that the portfolio screen does not carry the table. */
final class PortfolioPrintLink {

    private PortfolioPrintLink() {}

    static Anchor of(String text, Checkpoint at, @Nullable String department) {
        Anchor link = Routes.link(
                text,
                Routes.PORTFOLIO_PRINT
                        + DepartmentPicker.location(at, department).substring(Routes.PORTFOLIO.length()));
        link.setId("portfolio-print");
        link.addClassName("attain-no-print");
        return link;
    }
}
