package org.attain.dashboard.ui;

import java.math.BigDecimal;
import org.attain.portfolio.PortfolioQueries;
import org.attain.status.Light;
import org.jspecify.annotations.Nullable;

/** One row of the project grid: only what the grid shows, one page at a time, so that an open dashboard holds little. */
record ProjectLine(
        long projectId,
        String name,
        String department,
        @Nullable BigDecimal budget,
        @Nullable BigDecimal rate,
        Light light,
        Light budgetLight,
        int shortfalls,
        int reported,
        int indicators) {

    static ProjectLine of(PortfolioQueries.Line l) {
        return new ProjectLine(
                l.projectId(),
                l.name(),
                l.department(),
                l.budget(),
                l.rate(),
                l.light(),
                l.budgetLight(),
                l.shortfalls(),
                l.reported(),
                l.indicators());
    }
}
