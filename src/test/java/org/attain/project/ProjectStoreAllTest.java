package org.attain.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.attain.AttainSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ProjectStore#storeAll} stores as {@link ProjectService#store} does one description after the other: new
 * projects inserted, existing ones updated in place (their budget before told), and two new names the database takes
 * for the same project (full-width and half-width letters) stored as one, the second updating the first.
 */
@AttainSpringTest
@Transactional
class ProjectStoreAllTest {

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectStore store;

    @Autowired
    JdbcClient jdbc;

    private static ProjectDescription described(String name, String budget) {
        return new ProjectDescription("批量存储测试部门", 2031, name, new BigDecimal(budget), null, null, "依据", null, "年度目标");
    }

    @Test
    void new_existing_and_same_named_projects_are_stored_as_one_by_one() {
        Project existing = projects.store(described("已有项目", "10"));

        List<ProjectStore.Stored> stored = store.storeAll(List.of(
                described("新项目A", "1"), described("已有项目", "12"), described("新项目Ａ", "3"), described("另一新项目", "4")));

        assertThat(stored).extracting(ProjectStore.Stored::created).containsExactly(true, false, false, true);
        assertThat(stored.get(1).project().getId()).isEqualTo(existing.getId());
        assertThat(stored.get(1).budgetBefore()).isEqualByComparingTo("10");
        assertThat(stored.get(1).project().getBudget()).isEqualByComparingTo("12");
        // the database's collation takes 新项目Ａ for 新项目A: the same project, updated
        assertThat(stored.get(2).project().getId())
                .isEqualTo(stored.get(0).project().getId());
        assertThat(stored.get(2).budgetBefore()).isEqualByComparingTo("1");
        assertThat(stored.get(3).project().getId())
                .isNotNull()
                .isNotEqualTo(stored.get(0).project().getId());
        assertThat(stored.get(3).project().text()).isEqualTo("另一新项目 依据 年度目标");
        assertThat(jdbc.sql("SELECT budget FROM project WHERE id = :id")
                        .param("id", stored.get(0).project().getId())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("3");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM project WHERE budget_year = 2031")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql(
                                "SELECT CONCAT_WS(' ', name, basis, long_term_goal, annual_goal) FROM project WHERE id = :id")
                        .param("id", stored.get(3).project().getId())
                        .query(String.class)
                        .single())
                .isEqualTo(stored.get(3).project().text());
    }
}
