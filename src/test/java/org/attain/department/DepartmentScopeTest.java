package org.attain.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.attain.ActingAsSystem;
import org.attain.AttainSpringTest;
import org.attain.generator.PortfolioGenerator;
import org.attain.i18n.Texts;
import org.attain.monitoring.CheckpointLock;
import org.attain.monitoring.CheckpointLocks;
import org.attain.portfolio.DepartmentFigures;
import org.attain.portfolio.PortfolioQueries;
import org.attain.portfolio.StatusService;
import org.attain.portfolio.StatusTable;
import org.attain.project.OutOfScopeException;
import org.attain.project.ProjectService;
import org.attain.report.ReportService;
import org.attain.review.ReviewRefusal;
import org.attain.round.ReportingRounds;
import org.attain.round.RoundRefusal;
import org.attain.security.AccountScopes;
import org.attain.security.Role;
import org.attain.security.UserService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's officer sees only the projects of their department and its units — in the portfolio's figures and
 * grid, the drill-down, a project opened by address and the official tables — while the bureau sees all.
 */
@AttainSpringTest
@Transactional
class DepartmentScopeTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);
    static final String EDUCATION = "教育局（生成7）";

    @Autowired
    PortfolioGenerator generator;

    @Autowired
    StatusTable table;

    @Autowired
    PortfolioQueries queries;

    @Autowired
    DepartmentFigures figures;

    @Autowired
    StatusService status;

    @Autowired
    ProjectService projects;

    @Autowired
    ReportService reports;

    @Autowired
    UserService users;

    @Autowired
    AccountScopes scopes;

    @Autowired
    ReportingRounds rounds;

    @Autowired
    CheckpointLocks locks;

    @Autowired
    JdbcClient jdbc;

    int educationProjects;
    long seedProject;

    @BeforeEach
    void a_bureau_with_two_generated_departments_and_the_seed_one() {
        generator.generate(200, 1, 7, 2025, 6);
        table.refreshDirty();
        users.create("edu-officer", "教育局绩效专员", Role.PERFORMANCE_OFFICER, "Jiaoyu-Scope-2025");
        scopes.scope("edu-officer", department(EDUCATION));
        educationProjects =
                jdbc.sql("""
                        SELECT COUNT(*) FROM project p JOIN department d ON d.id = p.department_id
                        WHERE p.budget_year = 2025 AND (d.name = :n OR d.parent_id = (SELECT id FROM department WHERE name = :n))""").param("n", EDUCATION).query(Integer.class).single();
        seedProject = projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模帮扶专项资金")
                .orElseThrow()
                .getId();
    }

    long department(String name) {
        return jdbc.sql("SELECT id FROM department WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    @Test
    void the_generated_tree_has_departments_with_units_that_hold_the_projects() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM department WHERE parent_id = :d")
                        .param("d", department(EDUCATION))
                        .query(Integer.class)
                        .single())
                .isBetween(2, 5);
        assertThat(educationProjects).isBetween(50, 150);
    }

    @Test
    void the_bureau_sees_every_department_and_every_project() {
        PortfolioQueries.Reading bureau = queries.reading(JUNE);
        assertThat(queries.summary(bureau).projects()).isEqualTo(207);
        assertThat(figures.lines(bureau, false))
                .extracting(DepartmentFigures.Line::name)
                .containsExactlyInAnyOrder("卫生健康委员会（生成7）", "教育局（生成7）", "鄂州市总工会");
        assertThat(figures.lines(bureau, false).stream()
                        .mapToInt(DepartmentFigures.Line::projects)
                        .sum())
                .isEqualTo(207);
    }

    @Test
    void a_department_officer_sees_only_their_department_in_figures_grid_and_drill_down() {
        ActingAsSystem.as("edu-officer", Role.PERFORMANCE_OFFICER);
        PortfolioQueries.Reading reading = queries.reading(JUNE);
        assertThat(queries.summary(reading).projects()).isEqualTo(educationProjects);
        assertThat(queries.count(reading, PortfolioQueries.Filter.NONE)).isEqualTo(educationProjects);
        List<PortfolioQueries.Line> page = queries.page(reading, PortfolioQueries.Filter.NONE, List.of(), 0, 500);
        assertThat(page).hasSize(educationProjects).allMatch(l -> l.department().startsWith(EDUCATION));
        assertThat(figures.lines(reading, false))
                .extracting(DepartmentFigures.Line::name)
                .containsExactly(EDUCATION);
        assertThat(figures.lines(reading, true)).allMatch(DepartmentFigures.Line::unit);
        assertThat(queries.departments(2025))
                .allMatch(d -> d.startsWith(EDUCATION))
                .contains(EDUCATION);
        // another department chosen in the address narrows nothing open: still only theirs
        assertThat(queries.summary(queries.reading(JUNE, "鄂州市总工会")).projects()).isZero();
        assertThat(status.portfolio(JUNE).projects()).hasSize(educationProjects);
    }

    @Test
    void a_department_officer_cannot_open_or_export_another_departments_project() {
        ActingAsSystem.as("edu-officer", Role.PERFORMANCE_OFFICER);
        assertThatThrownBy(() -> status.project(seedProject, JUNE))
                .isInstanceOf(OutOfScopeException.class)
                .satisfies(e -> assertThat(Texts.chinese().render(((OutOfScopeException) e).message()))
                        .isEqualTo("项目“鄂州市劳模帮扶专项资金”属于“鄂州市总工会”，不在您的部门范围（" + EDUCATION + "）内，不能查看、导出或修改。"));
        assertThatThrownBy(() -> projects.find(seedProject)).isInstanceOf(OutOfScopeException.class);
        assertThat(reports.monitoring(JUNE, null)).hasSize(educationProjects);
        assertThatThrownBy(() -> reports.monitoring(JUNE, "鄂州市劳模帮扶专项资金")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reports.export(
                        ReportService.Kind.MONITORING, ReportService.Format.XLSX, 2025, JUNE, "鄂州市劳模帮扶专项资金"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_unscoped_account_is_the_bureau_and_a_scope_change_is_audited() {
        users.create("bureau-leader", "局领导", Role.LEADER, "Juling-Dao-2025x");
        ActingAsSystem.as("bureau-leader", Role.LEADER);
        assertThat(queries.summary(queries.reading(JUNE)).projects()).isEqualTo(207);
        assertThat(status.project(seedProject, JUNE)).isPresent();
        assertThat(jdbc.sql("SELECT new_value FROM change_log WHERE field = 'scope:edu-officer'")
                        .query(String.class)
                        .list())
                .containsExactly(EDUCATION);
    }

    @Test
    void a_department_officer_can_neither_open_a_round_nor_lock_or_unlock_every_department_or_another() {
        Checkpoint september = new Checkpoint(2025, 9);
        users.create("bureau-officer", "局绩效专员", Role.PERFORMANCE_OFFICER, "Juji-Xiao-2025y");
        ActingAsSystem.as("edu-officer", Role.PERFORMANCE_OFFICER);
        assertThatThrownBy(() -> rounds.open(september, LocalDate.of(2025, 10, 10)))
                .isInstanceOf(RoundRefusal.class)
                .satisfies(e -> assertThat(Texts.chinese().render(((RoundRefusal) e).message()))
                        .contains("只有全局（本级财政）的绩效专员可以开启", EDUCATION));
        long union = department("鄂州市总工会");
        assertThatThrownBy(() -> locks.lock(JUNE, union))
                .isInstanceOf(ReviewRefusal.class)
                .satisfies(
                        e -> assertThat(((ReviewRefusal) e).getCodes()).containsExactly("review.refused.scopedLock"));
        assertThatThrownBy(() -> locks.unlock(JUNE, CheckpointLock.ALL_DEPARTMENTS, "复核后重新开放"))
                .isInstanceOf(ReviewRefusal.class)
                .satisfies(
                        e -> assertThat(((ReviewRefusal) e).getCodes()).containsExactly("review.refused.scopedLock"));
        assertThat(rounds.round(september)).isEmpty();
        assertThat(locks.locked(2025)).isEmpty();
        // the bureau's officer opens the same round
        ActingAsSystem.as("bureau-officer", Role.PERFORMANCE_OFFICER);
        rounds.open(september, LocalDate.of(2025, 10, 10));
        assertThat(rounds.round(september)).isPresent();
    }
}
