package org.attain.dashboard.ui;

import java.math.BigDecimal;
import org.attain.portfolio.ProjectStatus;
import org.attain.status.Light;
import org.jspecify.annotations.Nullable;

/** One row of the project grid: only what the grid shows, so that an open dashboard holds little memory. */
record ProjectLine(
        long projectId,
        String name,
        String department,
        BigDecimal budget,
        @Nullable BigDecimal rate,
        Light light,
        Light budgetLight,
        int shortfalls,
        int reported,
        int indicators) {

    static ProjectLine of(ProjectStatus p) {
        return new ProjectLine(
                p.projectId(),
                p.name(),
                p.department(),
                p.budget(),
                p.budgetStatus().rate(),
                p.light(),
                p.budgetStatus().light(),
                p.shortfalls().size() + (p.budgetFallsShort() ? 1 : 0),
                p.indicators().size() - p.notReported(),
                p.indicators().size());
    }
}
