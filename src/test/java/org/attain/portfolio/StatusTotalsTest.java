package org.attain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.AttainSpringTest;
import org.attain.base.Progress;
import org.attain.importing.TargetImportService;
import org.attain.indicator.IndicatorService;
import org.attain.monitoring.MonitoringService;
import org.attain.monitoring.bulk.ActualsImportService;
import org.attain.project.ProjectService;
import org.attain.round.ReportingRounds;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.status.Checkpoint;
import org.attain.status.Light;
import org.attain.status.ProgressProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The totals of the status table equal a fresh count of its rows after every kind of write, and the summary and the
 * heat map read from them what a count of the rows gives, for every kind of reader. Each test runs in a transaction
 * that is rolled back; {@link #commit()} does what the commit of a writing transaction does.
 */
@AttainSpringTest
@Transactional
class StatusTotalsTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);
    static final String UNION = "鄂州市总工会";
    static final String PROJECT = "鄂州市劳模帮扶专项资金";
    static final String HELPED = "市级生活困难劳模帮扶人数";

    @Autowired
    StatusTable table;

    @Autowired
    StatusTotals totals;

    @Autowired
    PortfolioQueries queries;

    @Autowired
    PortfolioHeat heat;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    ProjectService projects;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ReportingRounds rounds;

    @Autowired
    ActualsImportService actualsImport;

    @Autowired
    TargetImportService targetImport;

    @Autowired
    StatusThresholds thresholds;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void current() {
        table.refreshDirty(); // what earlier tests of this context left (they roll back, never commit)
        assertThat(totals.differences(2025)).as("the totals before any write").isEmpty();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_saved_value_moves_an_indicator_to_another_total() {
        List<String> before = stored();
        saveHelped("1");
        assertCountedAgain(before);
    }

    @Test
    void an_actuals_file_keeps_them_current() {
        List<String> before = stored();
        SystemIdentity.enter(); // the system may import for every project
        actualsImport.store("july.csv", """
                project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action
                鄂州市劳模春节慰问专项资金,2025年春节慰问人数,2025-07,300人,574,有可能,其他,节后补访
                """.getBytes(StandardCharsets.UTF_8));
        assertCountedAgain(before);
    }

    @Test
    void an_approval_document_with_a_changed_target_keeps_them_current() throws Exception {
        as("officer", Role.PERFORMANCE_OFFICER);
        saveHelped("1"); // a light the new target changes
        commit();
        List<String> before = stored();
        as("officer", Role.PERFORMANCE_OFFICER);
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seed/approval-2025.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String revised =
                seed.replace("年度绩效目标1\t产出指标\t数量指标\t市级生活困难劳模帮扶人数\t≥ 23人", "年度绩效目标1\t产出指标\t数量指标\t市级生活困难劳模帮扶人数\t≥ 1人");
        assertThat(revised).isNotEqualTo(seed);
        targetImport.importDocument("revised.txt", revised.getBytes(StandardCharsets.UTF_8));
        assertCountedAgain(before);
    }

    @Test
    void a_project_moved_to_another_department_leaves_the_old_totals_and_joins_the_new() {
        jdbc.sql("INSERT INTO department (name, parent_id) SELECT '劳模服务中心', id FROM department WHERE name = :n")
                .param("n", UNION)
                .update();
        long unit = jdbc.sql("SELECT id FROM department WHERE name = '劳模服务中心'")
                .query(Long.class)
                .single();
        long moved = project();
        int rows = jdbc.sql("SELECT COUNT(*) FROM indicator_status WHERE project_id = :p")
                .param("p", moved)
                .query(Integer.class)
                .single();
        List<String> before = stored();
        jdbc.sql("UPDATE project SET department_id = :d WHERE id = :p")
                .param("d", unit)
                .param("p", moved)
                .update();
        assertCountedAgain(before);
        assertThat(jdbc.sql("SELECT SUM(indicators) FROM indicator_totals WHERE department_id = :d")
                        .param("d", unit)
                        .query(Integer.class)
                        .single())
                .as("every row of the moved project, in its new department's totals")
                .isEqualTo(rows);
    }

    @Test
    void a_settings_change_keeps_them_current() {
        List<String> before = stored();
        as("officer", Role.PERFORMANCE_OFFICER);
        indicators.setProgressProfile(indicatorId(HELPED), ProgressProfile.YEAR_END);
        assertCountedAgain(before);
        jdbc.sql("UPDATE status_judged_with SET thresholds = 'judged with other thresholds'")
                .update();
        assertThat(thresholds.check()).as("every project marked").isTrue();
        commit();
        assertThat(totals.differences(2025)).isEmpty();
    }

    @Test
    void a_round_change_keeps_them_current() {
        saveHelped("1");
        commit();
        as("officer", Role.PERFORMANCE_OFFICER);
        rounds.open(new Checkpoint(2025, 8), LocalDate.of(2025, 9, 10));
        commit();
        assertThat(totals.differences(2025)).isEmpty();
    }

    @Test
    void a_wrong_total_is_found_by_the_check_and_mended_by_a_rebuild() {
        jdbc.sql("UPDATE indicator_totals SET indicators = indicators + 1 WHERE checkpoint_year = 2025 LIMIT 1")
                .update();
        assertThat(totals.differences(2025)).hasSize(1);
        assertThat(table.differences(2025))
                .as("the status table's check includes them")
                .hasSize(1);
        table.rebuild(Progress.NONE);
        assertThat(table.differences(2025)).isEmpty();
    }

    @Test
    void the_summary_and_the_heat_map_count_what_the_rows_count_for_every_reader() {
        saveHelped("1"); // a draft: the owner's and the officer's views differ from the approved one
        commit();
        as("leader", Role.LEADER);
        assertReadAsCounted(queries.reading(JUNE));
        assertReadAsCounted(queries.reading(JUNE, UNION));
        as("officer", Role.PERFORMANCE_OFFICER);
        assertReadAsCounted(queries.reading(JUNE));
        as("owner", Role.PROJECT_OWNER);
        PortfolioQueries.Reading owner = queries.reading(JUNE);
        assertReadAsCounted(owner);
        assertThat(queries.summary(owner).indicatorsByLight().get(Light.RED))
                .as("the owner's draft, counted in their view")
                .isGreaterThan(queries.summary(readingAs("leader", Role.LEADER))
                        .indicatorsByLight()
                        .get(Light.RED));
    }

    private PortfolioQueries.Reading readingAs(String name, Role role) {
        as(name, role);
        return queries.reading(JUNE);
    }

    /** The summary's counts and the heat map's indicator cells as a count of the reader's rows gives them. */
    private void assertReadAsCounted(PortfolioQueries.Reading r) {
        Map<Light, Integer> counted = new HashMap<>();
        for (Light l : Light.values()) {
            counted.put(l, 0);
        }
        String light = "s." + r.light(); // the late light once the round is overdue
        jdbc.sql("SELECT " + light + ", COUNT(*) FROM indicator_status s WHERE " + r.where("s") + " GROUP BY " + light)
                .query(rs -> {
                    counted.put(Light.valueOf(rs.getString(1)), rs.getInt(2));
                });
        assertThat(queries.summary(r).indicatorsByLight()).isEqualTo(counted);
        List<PortfolioHeat.Cell> cells = jdbc.sql("SELECT d.name, s.subcategory, SUM(" + light + " IN ('RED','YELLOW',"
                        + "'OVERDUE') OR s.flagged), COUNT(*) FROM indicator_status s JOIN department d"
                        + " ON d.id = s.department_id WHERE " + r.where("s") + " GROUP BY d.name, s.subcategory")
                .query((rs, i) -> new PortfolioHeat.Cell(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
        assertThat(cells).isNotEmpty();
        assertThat(heat.byDepartment(r).stream().filter(c -> c.subcategory() != null))
                .containsExactlyInAnyOrderElementsOf(cells);
    }

    /** The totals of 2025 as stored (a total of 0 left out). */
    private List<String> stored() {
        return jdbc.sql("SELECT CONCAT_WS('|', view, checkpoint_month, department_id, subcategory, light, late_light,"
                        + " flagged, indicators) FROM indicator_totals WHERE checkpoint_year = 2025 AND indicators <> 0"
                        + " ORDER BY 1")
                .query(String.class)
                .list();
    }

    /** The write changed some totals, and once committed they equal a fresh count. */
    private void assertCountedAgain(List<String> before) {
        commit();
        assertThat(totals.differences(2025))
                .as("the totals against a fresh count")
                .isEmpty();
        assertThat(stored()).as("the totals the write changed").isNotEqualTo(before);
    }

    private void commit() {
        table.refreshDirty();
    }

    private long project() {
        return projects.findExisting(UNION, 2025, PROJECT).orElseThrow().getId();
    }

    private long indicatorId(String name) {
        return indicators.findByProject(project()).stream()
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
