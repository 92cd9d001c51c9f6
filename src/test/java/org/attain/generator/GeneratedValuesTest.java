package org.attain.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.attain.AttainSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@AttainSpringTest
@Transactional
class GeneratedValuesTest {

    @Autowired
    PortfolioGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_generated_portfolio_is_submitted_and_approved_so_leaders_see_its_values() {
        generator.generate(20, 1, 77, 2025, 6);
        String generated = " JOIN project p ON p.id = %s WHERE p.name LIKE '生成项目77-%%'";
        int actuals = count("SELECT COUNT(*) FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id"
                + generated.formatted("i.project_id"));
        int approved = count("SELECT COUNT(*) FROM approved_actual a JOIN indicator i ON i.id = a.indicator_id"
                + generated.formatted("i.project_id"));
        int drafts = count("SELECT COUNT(*) FROM indicator_actual a JOIN indicator i ON i.id = a.indicator_id"
                + generated.formatted("i.project_id") + " AND a.review_state <> 'APPROVED'");
        int budgets = count("SELECT COUNT(*) FROM budget_execution b" + generated.formatted("b.project_id"));
        int approvedBudgets = count("SELECT COUNT(*) FROM approved_budget b" + generated.formatted("b.project_id"));

        assertThat(actuals).isGreaterThan(20 * 12 * 5);
        assertThat(approved).isEqualTo(actuals);
        assertThat(drafts).isZero();
        assertThat(budgets).isEqualTo(20 * 6);
        assertThat(approvedBudgets).isEqualTo(budgets);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
