package org.attain.generator;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.attain.KaribuTest;
import org.attain.base.ui.Routes;
import org.attain.dashboard.ui.PortfolioView;
import org.attain.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** A deterministic guard against N+1: the statements per render do not grow with the number of projects. */
class StatementsPerRenderTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PortfolioGenerator generator;

    @Autowired
    ProjectService projects;

    @Autowired
    org.attain.portfolio.StatusTable statusTable;

    private long portfolioRender(StatementCount count) {
        return count.during(() ->
                UI.getCurrent().navigate(PortfolioView.class, QueryParameters.simple(Map.of("checkpoint", "2025-06"))));
    }

    @Test
    @Transactional
    void the_portfolio_and_a_project_page_issue_as_many_statements_for_7_as_for_107_projects() {
        StatementCount count = new StatementCount(jdbc);
        long id = projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模帮扶专项资金")
                .orElseThrow()
                .getId();
        portfolioRender(count); // warm caches once
        long portfolioSmall = portfolioRender(count);
        long projectSmall = count.during(() -> Routes.go(Routes.project(id)));
        assertThat(_get(H2.class).getText()).isEqualTo("鄂州市劳模帮扶专项资金");

        generator.generate(100, 1, 42, 2025, 6);
        statusTable.refreshDirty(); // what the commit does (this test's transaction is rolled back)

        long portfolioLarge = portfolioRender(count);
        long projectLarge = count.during(() -> Routes.go(Routes.project(id)));
        assertThat(portfolioLarge).as("statements per portfolio render").isEqualTo(portfolioSmall);
        assertThat(projectLarge).as("statements per project render").isEqualTo(projectSmall);
        // 22 today: the status table's GROUP BYs (one by department) and page, the round, departments, the year's
        // scoring profile
        assertThat(portfolioSmall).isLessThan(23);
    }
}
