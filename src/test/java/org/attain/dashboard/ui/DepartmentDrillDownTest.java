package org.attain.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.attain.KaribuTest;
import org.attain.base.ui.Routes;
import org.attain.generator.PortfolioGenerator;
import org.attain.portfolio.DepartmentFigures;
import org.attain.portfolio.StatusTable;
import org.attain.project.ProjectService;
import org.attain.security.AccountScopes;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.security.UserService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill-down department → unit → project as a leader clicks through it, and a department's officer who opens
 * another department's project by its address: a sentence saying whose project it is, not an empty page.
 */
@Transactional
class DepartmentDrillDownTest extends KaribuTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);
    static final String EDUCATION = "教育局（生成7）";

    @Autowired
    PortfolioGenerator generator;

    @Autowired
    StatusTable table;

    @Autowired
    UserService users;

    @Autowired
    AccountScopes scopes;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void a_bureau_of_three_departments() {
        SystemIdentity.run(() -> {
            generator.generate(200, 1, 7, 2025, 6);
            table.refreshDirty();
            users.create("edu-officer", "教育局绩效专员", Role.PERFORMANCE_OFFICER, "Jiaoyu-Scope-2025");
            scopes.scope(
                    "edu-officer",
                    jdbc.sql("SELECT id FROM department WHERE name = :n")
                            .param("n", EDUCATION)
                            .query(Long.class)
                            .single());
        });
    }

    /** The link the name column draws for a line (a LitRenderer: no server-side component to click). */
    @SuppressWarnings("unchecked")
    private static String href(int row) {
        Grid<DepartmentFigures.Line> grid = (Grid<DepartmentFigures.Line>) departments();
        LitRenderer<DepartmentFigures.Line> name = (LitRenderer<DepartmentFigures.Line>)
                grid.getColumnByKey("name").getRenderer();
        return (String) name.getValueProviders().get("href").apply(GridKt._get(grid, row));
    }

    private static Grid<?> departments() {
        return _get(Grid.class, s -> s.withId("department-grid"));
    }

    @Test
    void the_bureau_sees_its_departments_and_a_click_narrows_to_one_and_its_units() {
        login("leader", Role.LEADER);
        navigateTo(Routes.portfolio(JUNE));
        assertThat(GridKt._size(departments())).isEqualTo(3);
        assertThat(_get(Nav.class, s -> s.withId("breadcrumbs")).getElement().getTextRecursively())
                .isEqualTo("全部部门");

        int row = 0;
        while (!((DepartmentFigures.Line) GridKt._get(departments(), row))
                .name()
                .equals(EDUCATION)) {
            row++;
        }
        navigateTo(href(row));
        assertThat(_find(_get(Nav.class, s -> s.withId("breadcrumbs")), Anchor.class).stream()
                        .map(Anchor::getText))
                .containsExactly("全部部门");
        assertThat(_get(Nav.class, s -> s.withId("breadcrumbs")).getElement().getTextRecursively())
                .isEqualTo("全部部门 › " + EDUCATION);
        assertThat(GridKt._size(departments())).isBetween(2, 5);
        int units = GridKt._size(departments());
        for (int unit = 0; unit < units; unit++) {
            assertThat(((DepartmentFigures.Line) GridKt._get(departments(), unit)).name())
                    .startsWith(EDUCATION);
        }
    }

    @Test
    void a_department_officer_sees_only_their_projects_and_is_told_when_opening_another() {
        login("edu-officer", Role.PERFORMANCE_OFFICER);
        navigateTo(Routes.portfolio(JUNE));
        Grid<?> grid = _get(Grid.class, s -> s.withId("project-grid"));
        for (int row = 0; row < Math.min(20, GridKt._size(grid)); row++) {
            assertThat(((ProjectLine) GridKt._get(grid, row)).department()).startsWith(EDUCATION);
        }
        long seed = SystemIdentity.call(() -> projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模帮扶专项资金")
                .orElseThrow()
                .getId());
        navigateTo(Routes.project(seed, JUNE));
        assertThat(_get(Paragraph.class, s -> s.withId("out-of-scope-text")).getText())
                .isEqualTo("项目“鄂州市劳模帮扶专项资金”属于“鄂州市总工会”，不在您的部门范围（" + EDUCATION + "）内，不能查看、导出或修改。");
    }
}
