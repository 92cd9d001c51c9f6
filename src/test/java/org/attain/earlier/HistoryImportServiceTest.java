package org.attain.earlier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.attain.AttainSpringTest;
import org.attain.importing.ImportException;
import org.attain.importing.history.HistoryDocument;
import org.attain.monitoring.CheckpointLocks;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** An earlier year's self-evaluation stored as history, compared with Attain's recomputation, shown a year later. */
@AttainSpringTest
@Transactional
public class HistoryImportServiceTest {

    public static final String SELF_EVALUATION_2024 = """
            2024年度项目支出绩效自评表
            项目名称\t协理员专项补助
            主管部门\t鄂州市总工会
            项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
            年度资金总额\t8\t8\t7.6\t10\t95%\t9.5
            一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
            产出指标\t数量指标\t各级工会协理员工资补助发放\t25人\t24人\t15\t14.4\t一名协理员年中离职
            \t\t协理员年度考核合格率\t≥90%\t92%\t15\t15\t
            \t质量指标\t协理员工资补助发放合格率\t>95%\t100%\t10\t10\t
            \t时效指标\t协理员工资补助发放足额及时\t及时\t达成\t10\t10\t
            效益指标\t社会效益指标\t通过及时发放协理员工资，调动他们积极性，更好地做好工会工作。\t100%\t100%\t15\t15\t
            \t可持续影响指标\t提升工会工作水平\t提升\t部分达成\t15\t12\t
            满意度指标\t服务对象满意度指标\t协理员对工会组织的认可度\t≥95%\t96%\t10\t10\t
            总分\t100\t95.9\t优
            """;

    @Autowired
    HistoryImportService importer;

    @Autowired
    EarlierYearService earlier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CheckpointLocks locks;

    public static HistoryDocument document(String text) {
        return HistoryImportService.check("2024年协理员专项补助自评表.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private long project(int year) {
        return jdbc.sql("SELECT id FROM project WHERE name = '协理员专项补助' AND budget_year = :y")
                .param("y", year)
                .query(Long.class)
                .single();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void the_2024_self_evaluation_is_stored_with_its_actuals_at_year_end_and_its_scores_as_stated() {
        HistoryImportResult result = importer.store(document(SELF_EVALUATION_2024), "鄂州市总工会", false);
        assertThat(result.projects()).singleElement().satisfies(p -> {
            assertThat(p.checkpoint()).isEqualTo(Checkpoint.yearEnd(2024));
            assertThat(p.indicators()).isEqualTo(7);
        });
        long id = project(2024);
        assertThat(jdbc.sql("""
                        SELECT v.actual_value FROM approved_actual v JOIN indicator i ON i.id = v.indicator_id
                        WHERE i.project_id = :p AND i.name = '各级工会协理员工资补助发放'
                        AND v.checkpoint_year = 2024 AND v.checkpoint_month = 12""").param("p", id).query(BigDecimal.class).single())
                .isEqualByComparingTo("24");
        assertThat(jdbc.sql("""
                        SELECT CONCAT(h.weight, '/', h.score, '/', h.reasons) FROM history_indicator h
                        JOIN indicator i ON i.id = h.indicator_id WHERE i.name = '各级工会协理员工资补助发放'""").query(String.class).single()).isEqualTo("15.00/14.40/一名协理员年中离职");
        assertThat(jdbc.sql("SELECT executed FROM approved_budget WHERE project_id = :p")
                        .param("p", id)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("7.6");
        assertThat(count("SELECT COUNT(*) FROM change_log WHERE field = 'import_history'"))
                .isEqualTo(1);
    }

    @Test
    void a_table_of_a_checkpoint_locked_for_its_department_is_refused_and_stores_nothing() {
        long union = jdbc.sql("SELECT id FROM department WHERE name = '鄂州市总工会'")
                .query(Long.class)
                .single();
        locks.lock(Checkpoint.yearEnd(2024), union);
        assertThatThrownBy(() -> importer.store(document(SELF_EVALUATION_2024), "鄂州市总工会", false))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(
                                e.getProblems().getFirst().message(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("检查点 2024-12 已对“鄂州市总工会”锁定：不能导入往年数据，请先由绩效专员解锁"));
        assertThat(count("SELECT COUNT(*) FROM history_import")).isZero();
        locks.unlock(Checkpoint.yearEnd(2024), union, "补录往年自评表");
        importer.store(document(SELF_EVALUATION_2024), "鄂州市总工会", false);
        assertThat(count("SELECT COUNT(*) FROM history_import")).isEqualTo(1);
    }

    @Test
    void importing_the_same_table_again_is_refused_unless_it_replaces_the_first_and_never_doubles_it() {
        importer.store(document(SELF_EVALUATION_2024), "鄂州市总工会", false);
        assertThatThrownBy(() -> importer.store(document(SELF_EVALUATION_2024), "鄂州市总工会", false))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(
                                ((ImportException) e).getProblems().getFirst().key())
                        .isEqualTo("history.refused.alreadyImported"));
        importer.store(document(SELF_EVALUATION_2024.replace("24人\t15\t14.4", "23人\t15\t13.8")), "鄂州市总工会", true);
        assertThat(count("SELECT COUNT(*) FROM history_import")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM history_indicator")).isEqualTo(7);
        assertThat(count("SELECT COUNT(*) FROM project WHERE name = '协理员专项补助' AND budget_year = 2024"))
                .isEqualTo(1);
        assertThat(earlier.comparison(project(2024))
                        .orElseThrow()
                        .lines()
                        .getFirst()
                        .statedScore())
                .isEqualByComparingTo("13.8");
    }

    @Test
    void the_stated_scores_stand_beside_attains_recomputation_and_the_differences_are_marked() {
        importer.store(document(SELF_EVALUATION_2024), "鄂州市总工会", false);
        ScoreComparison c = earlier.comparison(project(2024)).orElseThrow();
        assertThat(c.statedTotal()).isEqualByComparingTo("95.9");
        assertThat(c.statedGrade()).isEqualTo("优");
        ScoreComparison.Line paid = c.lines().stream()
                .filter(l -> l.name().equals("各级工会协理员工资补助发放"))
                .findFirst()
                .orElseThrow();
        // national profile: 产出 50 over four indicators = 12.5 × 24 / 25 = 12, the document's weight 15 gives 14.4
        assertThat(paid.attain().score()).isEqualByComparingTo("12");
        assertThat(paid.differs()).isTrue();
        assertThat(paid.underStatedWeight().score()).isEqualByComparingTo("14.4");
        assertThat(c.attain().budgetScore().score()).isEqualByComparingTo("9.5");
        assertThat(c.budgetDiffers()).isFalse();
        assertThat(c.differences()).isGreaterThan(0);
    }

    @Test
    void the_same_checkpoint_last_year_is_shown_on_this_years_project_matched_by_names() {
        importer.store(document(SELF_EVALUATION_2024), "鄂州市总工会", false);
        long thisYear = project(2025);
        Map<Long, LastYearValue> last = earlier.lastYear(thisYear, Checkpoint.yearEnd(2025));
        long paid = jdbc.sql("SELECT id FROM indicator WHERE project_id = :p AND goal_table = 'ANNUAL'"
                        + " AND name = '各级工会协理员工资补助发放'")
                .param("p", thisYear)
                .query(Long.class)
                .single();
        assertThat(last.get(paid).value()).isEqualByComparingTo("24");
        assertThat(last.get(paid).checkpoint()).isEqualTo(Checkpoint.yearEnd(2024));
        assertThat(last).hasSize(7);
        assertThat(earlier.lastYear(thisYear, new Checkpoint(2025, 6))).isEmpty();
    }

    @Test
    void a_table_of_this_year_is_refused_as_history() {
        HistoryDocument thisYear = HistoryImportService.check(
                "2026.txt", SELF_EVALUATION_2024.replace("2024年度", "2026年度").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> importer.store(thisYear, "鄂州市总工会", false))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(
                                ((ImportException) e).getProblems().getFirst().key())
                        .isEqualTo("history.refused.notEarlier"));
    }
}
