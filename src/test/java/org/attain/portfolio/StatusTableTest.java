package org.attain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attain.AttainSpringTest;
import org.attain.adjustment.AdjustmentKind;
import org.attain.adjustment.TargetAdjustments;
import org.attain.generator.PortfolioGenerator;
import org.attain.i18n.Message;
import org.attain.importing.TargetImportService;
import org.attain.indicator.IndicatorService;
import org.attain.monitoring.MonitoringService;
import org.attain.monitoring.bulk.ActualsImportService;
import org.attain.project.ProjectService;
import org.attain.review.ReviewService;
import org.attain.round.ReportingRounds;
import org.attain.security.DraftScope;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.status.Checkpoint;
import org.attain.status.Light;
import org.attain.status.ProgressProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The status table equals a fresh judgement after every kind of write. Each test runs in a transaction that is rolled
 * back, so {@link #commit()} does what the commit of a writing transaction does ({@link StatusRefreshListener}): the
 * table is stale right after the write (the write changed a judgement) and current once the marked projects are
 * judged again.
 */
@AttainSpringTest
@Transactional
class StatusTableTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);
    static final String PROJECT = "鄂州市劳模帮扶专项资金";
    static final String HELPED = "市级生活困难劳模帮扶人数";

    @Autowired
    StatusTable table;

    @Autowired
    StatusService status;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    ReviewService reviews;

    @Autowired
    ProjectService projects;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ReportingRounds rounds;

    @Autowired
    TargetAdjustments adjustments;

    @Autowired
    ActualsImportService actualsImport;

    @Autowired
    TargetImportService targetImport;

    @Autowired
    PortfolioGenerator generator;

    @Autowired
    StatusThresholds thresholds;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void current() {
        table.refreshDirty(); // what earlier tests of this context left (they roll back, never commit)
        assertThat(table.differences(2025)).as("the table before any write").isEmpty();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void judging_a_year_at_once_equals_judging_each_checkpoint_and_view_alone() {
        saveHelped("1"); // a draft: the two views differ
        List<Long> ids = jdbc.sql("SELECT id FROM project WHERE budget_year = 2025")
                .query(Long.class)
                .list();
        Map<Checkpoint, StatusService.Views> year = status.judgeYear(ids, 2025, StatusTable.ALL_MONTHS);
        assertThat(year).hasSize(12);
        for (int month = 1; month <= 12; month++) {
            Checkpoint at = new Checkpoint(2025, month);
            assertThat(year.get(at).working())
                    .as("working values at " + at)
                    .isEqualTo(status.judge(ids, at, DraftScope.ALL));
            assertThat(year.get(at).approved())
                    .as("approved values at " + at)
                    .isEqualTo(status.judge(ids, at, DraftScope.NONE));
        }
        assertThat(status.judgeYear(ids, 2025, Set.of(6, 7)).keySet()).containsExactly(JUNE, new Checkpoint(2025, 7));
        assertThat(status.judgeYear(ids, 2025, Set.of(6)).get(JUNE)).isEqualTo(year.get(JUNE));
    }

    @Test
    void a_saved_value_is_judged_into_the_table() {
        saveHelped("1");
        assertStaleThenCurrent();
        assertThat(helpedLight("W")).as("the draft the officer sees").isEqualTo(Light.RED);
    }

    @Test
    void a_row_the_same_in_both_views_is_stored_once() {
        saveHelped("1");
        commit();
        long project = project();
        long helped = indicatorId(PROJECT, HELPED);
        assertThat(helpedLight("W")).isEqualTo(Light.RED);
        assertThat(helpedLight("A")).isNotEqualTo(Light.RED);
        assertThat(views("indicator_status", "indicator_id = " + helped, 6))
                .as("the draft's indicator, in each view")
                .containsExactly("A", "W");
        // other indicators of the project without a value awaiting approval (tests of other classes that share this
        // database may have left one)
        String others = "project_id = " + project + " AND indicator_id <> " + helped
                + " AND indicator_id NOT IN (SELECT indicator_id FROM indicator_actual WHERE checkpoint_year = 2025"
                + " AND review_state <> 'APPROVED')";
        assertThat(views("indicator_status", others, 6))
                .as("the project's other indicators, once for both views")
                .containsOnly("B");
        assertThat(views("indicator_status", "indicator_id = " + helped, 5))
                .as("the month before the draft")
                .containsExactly("B");
    }

    @Test
    void review_submit_approve_and_return_keep_it_current() {
        saveHelped("2");
        commit();
        as("owner", Role.PROJECT_OWNER);
        reviews.submitAll(project(), JUNE);
        commit();
        as("officer", Role.PERFORMANCE_OFFICER);
        reviews.approveAll(project(), JUNE);
        assertStaleThenCurrent();
        assertThat(helpedLight("A")).as("the approved value everyone sees").isEqualTo(Light.RED);
    }

    @Test
    void an_actuals_file_keeps_it_current() {
        SystemIdentity.enter(); // the system may import for every project
        actualsImport.store("july.csv", """
                project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action
                鄂州市劳模春节慰问专项资金,2025年春节慰问人数,2025-07,300人,574,有可能,其他,节后补访
                """.getBytes(StandardCharsets.UTF_8));
        assertStaleThenCurrent();
    }

    @Test
    void an_approval_document_with_a_changed_target_keeps_it_current() throws Exception {
        as("officer", Role.PERFORMANCE_OFFICER);
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seed/approval-2025.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String revised =
                seed.replace("年度绩效目标1\t产出指标\t数量指标\t2025年春节慰问人数\t≥ 574人", "年度绩效目标1\t产出指标\t数量指标\t2025年春节慰问人数\t≥ 5740人");
        assertThat(revised).isNotEqualTo(seed);
        targetImport.importDocument("revised.txt", revised.getBytes(StandardCharsets.UTF_8));
        assertStaleThenCurrent();
    }

    @Test
    void an_approved_adjustment_keeps_it_current() {
        as("officer", Role.PERFORMANCE_OFFICER);
        long visits = indicatorId("鄂州市劳模春节慰问专项资金", "2025年春节慰问人数");
        long id = adjustments.propose(new TargetAdjustments.Proposal(
                projects.findExisting("鄂州市总工会", 2025, "鄂州市劳模春节慰问专项资金")
                        .orElseThrow()
                        .getId(),
                AdjustmentKind.CHANGE,
                visits,
                3,
                "≥6000人",
                null,
                null,
                null,
                "新增困难劳模名单",
                "市总工会〔2025〕12号"));
        commit();
        as("admin", Role.ADMIN);
        adjustments.approve(id);
        assertStaleThenCurrent();
    }

    @Test
    void an_indicator_setting_keeps_it_current() {
        as("officer", Role.PERFORMANCE_OFFICER);
        indicators.setProgressProfile(indicatorId(PROJECT, HELPED), ProgressProfile.YEAR_END);
        assertStaleThenCurrent();
    }

    @Test
    void an_opened_round_and_generated_projects_keep_it_current() {
        as("officer", Role.PERFORMANCE_OFFICER);
        rounds.open(new Checkpoint(2025, 8), LocalDate.of(2025, 9, 10));
        commit();
        assertThat(table.differences(2025)).isEmpty();
        generator.generate(5, 1, 7, 2025, 6);
        assertStaleThenCurrent();
    }

    @Test
    void a_project_that_moves_department_carries_its_new_department_in_every_row() {
        jdbc.sql("INSERT INTO department (name, parent_id) SELECT '劳模服务中心', id FROM department"
                        + " WHERE name = '鄂州市总工会'")
                .update();
        long unit = jdbc.sql("SELECT id FROM department WHERE name = '劳模服务中心'")
                .query(Long.class)
                .single();
        long moved = project();
        assertThat(departmentsOf(moved)).as("before the move").doesNotContain(unit);
        jdbc.sql("UPDATE project SET department_id = :d WHERE id = :p")
                .param("d", unit)
                .param("p", moved)
                .update();
        assertStaleThenCurrent();
        assertThat(departmentsOf(moved)).as("after the move").containsExactly(unit);
    }

    /** The departments the status rows of a project carry, in both tables. */
    private List<Long> departmentsOf(long project) {
        return jdbc.sql("SELECT department_id FROM indicator_status WHERE project_id = :p UNION"
                        + " SELECT department_id FROM project_status WHERE project_id = :p")
                .param("p", project)
                .query(Long.class)
                .list();
    }

    @Test
    void other_light_thresholds_mark_every_project_to_be_judged_again() {
        assertThat(thresholds.check()).as("the same thresholds").isFalse();
        jdbc.sql("UPDATE status_judged_with SET thresholds = 'judged with other thresholds'")
                .update();
        assertThat(thresholds.check()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM status_dirty")
                        .query(Integer.class)
                        .single())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM project")
                        .query(Integer.class)
                        .single());
        assertThat(thresholds.check()).isFalse();
    }

    @Test
    void a_sentence_is_stored_as_key_and_arguments_and_read_back_equal() {
        Message m = Message.of(
                "status.withLight",
                Light.RED,
                Message.of("status.indicator", JUNE, "名:称", new BigDecimal("1.50"), 3, 4L, LocalDate.of(2025, 6, 30)));
        assertThat(MessageCodec.message(m.key(), MessageCodec.encode(m.args()))).isEqualTo(m);
    }

    private void assertStaleThenCurrent() {
        assertThat(table.differences(2025)).as("stale before the commit").isNotEmpty();
        commit();
        assertThat(table.differences(2025)).as("current after the commit").isEmpty();
    }

    private void commit() {
        table.refreshDirty();
    }

    private List<String> views(String table, String where, int month) {
        return jdbc.sql("SELECT view FROM " + table + " WHERE checkpoint_year = 2025 AND checkpoint_month = " + month
                        + " AND " + where + " ORDER BY view")
                .query(String.class)
                .list();
    }

    private Light helpedLight(String view) {
        long indicator = indicatorId(PROJECT, HELPED);
        return Light.valueOf(table.storedLight(view, JUNE, indicator));
    }

    private long project() {
        return projects.findExisting("鄂州市总工会", 2025, PROJECT).orElseThrow().getId();
    }

    private long indicatorId(String project, String name) {
        return indicators
                .findByProject(projects.findExisting("鄂州市总工会", 2025, project)
                        .orElseThrow()
                        .getId())
                .stream()
                .filter(i -> i.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private void saveHelped(String value) {
        SeedWrites.saveHelped(monitoring, project(), value);
    }

    private static void as(String name, Role role) {
        SeedWrites.as(name, role);
    }
}
