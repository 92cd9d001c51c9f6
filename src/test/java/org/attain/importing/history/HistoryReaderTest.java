package org.attain.importing.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attain.importing.ImportException;
import org.attain.status.Checkpoint;
import org.attain.status.QualitativeLevel;
import org.junit.jupiter.api.Test;

/** Real self-evaluation tables of the corpus read as history: actual, weight and score per indicator, the totals. */
class HistoryReaderTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    static HistoryDocument corpus(String name) throws IOException {
        return HistoryReader.read(name, Files.readAllBytes(CORPUS.resolve(name)));
    }

    static StatedIndicator indicator(StatedProject p, String name) {
        return p.indicators().stream()
                .filter(i -> i.indicator().name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void yongde_school_nutrition_reads_every_score_the_budget_in_yuan_and_the_total_96_excellent() throws IOException {
        HistoryDocument doc = corpus("07-yongde-school-nutrition-selfeval.txt");
        assertThat(doc.kind()).isEqualTo(HistoryKind.SELF_EVALUATION);
        StatedProject p = doc.projects().getFirst();
        assertThat(p.checkpoint()).isEqualTo(Checkpoint.yearEnd(2022));
        StatedIndicator timely = indicator(p, "资金到位及时率");
        assertThat(timely.actual()).isEqualTo("100%");
        assertThat(timely.actualValue()).isEqualByComparingTo("100");
        assertThat(timely.weight()).isEqualByComparingTo("10");
        assertThat(timely.score()).isEqualByComparingTo("7");
        StatedIndicator known = indicator(p, "政策知晓率");
        assertThat(known.actualValue()).isEqualByComparingTo("98");
        assertThat(known.score()).isEqualByComparingTo("9");
        StatedIndicator burden = indicator(p, "减轻贫困学生家庭经济负担");
        assertThat(burden.actualLevel()).isEqualTo(QualitativeLevel.ACHIEVED);
        assertThat(burden.score()).isEqualByComparingTo("10");
        assertThat(p.budget().annual()).isEqualByComparingTo("38.766462");
        assertThat(p.budget().executed()).isEqualByComparingTo("38.766462");
        assertThat(p.budget().rate()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(p.budget().score()).isEqualByComparingTo("10");
        assertThat(p.draft().budget()).isEqualByComparingTo("38.766462");
        assertThat(p.total()).isEqualTo(new StatedTotal(new BigDecimal("100"), new BigDecimal("96"), "优"));
    }

    @Test
    void suixi_relief_reads_the_weight_before_the_target_and_the_reason_after_the_score() throws IOException {
        StatedProject p =
                corpus("26-suixi-temporary-relief-selfeval.txt").projects().getFirst();
        assertThat(p.checkpoint()).isEqualTo(Checkpoint.yearEnd(2019));
        StatedIndicator first = indicator(p, "农村低保发放人数(按月平均)");
        assertThat(first.weight()).isEqualByComparingTo("5");
        assertThat(first.actualValue()).isEqualByComparingTo("21980");
        assertThat(first.score()).isEqualByComparingTo("5");
        StatedIndicator missed = indicator(p, "特困人员救助供养人数(按月平均)");
        assertThat(missed.actualValue()).isEqualByComparingTo("4604");
        assertThat(missed.reasons()).isEqualTo("特困人员实行动态管理");
        StatedIndicator ceiling = indicator(p, "扶贫临时救助标准——一户年最高5300元");
        assertThat(ceiling.actualValue()).isEqualByComparingTo("5830");
        assertThat(ceiling.weight()).isEqualByComparingTo("10");
        assertThat(p.budget())
                .isEqualTo(new StatedBudget(
                        null,
                        new BigDecimal("30"),
                        new BigDecimal("30"),
                        BigDecimal.TEN,
                        BigDecimal.ONE,
                        BigDecimal.TEN));
    }

    @Test
    void tangxi_entrusted_work_read_from_one_flattened_paragraph() throws IOException {
        StatedProject p =
                corpus("02-tangxi-town-entrusted-selfeval.txt").projects().getFirst();
        StatedIndicator rate = indicator(p, "委托业务报告合格率");
        assertThat(rate.actualValue()).isEqualByComparingTo("100");
        assertThat(rate.weight()).isEqualByComparingTo("8");
        assertThat(rate.score()).isEqualByComparingTo("8");
        StatedIndicator rules = indicator(p, "经费支出合规性");
        assertThat(rules.actual()).isEqualTo("达成预期指标");
        assertThat(rules.actualLevel()).isEqualTo(QualitativeLevel.ACHIEVED);
        StatedIndicator cost = indicator(p, "项目总成本");
        assertThat(cost.actualValue()).isEqualByComparingTo("90");
        assertThat(indicator(p, "单项业务成本").weight()).isEqualByComparingTo("10");
        assertThat(p.budget().weight()).isEqualByComparingTo("10");
        assertThat(p.budget().annual()).isEqualByComparingTo("0");
    }

    @Test
    void a_monitoring_table_is_read_at_the_month_it_states() {
        String text = """
                2024年项目支出绩效运行监控表
                项目名称\t职工慰问
                项目预算\t52
                一级指标\t二级指标\t三级指标\t年度指标值\t1-6月执行情况\t全年预计完成情况\t偏差原因分析\t完成目标可能性\t改进措施
                产出指标\t数量指标\t慰问人数\t≥574人\t300人\t580人\t\t确定能\t
                满意度指标\t服务对象满意度指标\t职工满意度\t≥95%\t96%\t96%\t\t确定能\t
                """;
        HistoryDocument doc = HistoryReader.read("监控表.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.kind()).isEqualTo(HistoryKind.MONITORING);
        StatedProject p = doc.projects().getFirst();
        assertThat(p.checkpoint()).isEqualTo(new Checkpoint(2024, 6));
        StatedIndicator visits = indicator(p, "慰问人数");
        assertThat(visits.actualValue()).isEqualByComparingTo("300");
        assertThat(visits.forecastValue()).isEqualByComparingTo("580");
        assertThat(visits.reasons()).isEqualTo("确定能");
    }

    @Test
    void an_approval_document_without_actuals_is_refused_as_history() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("src/main/resources/seed/approval-2025.txt"));
        assertThatThrownBy(() -> HistoryReader.read("approval-2025.txt", seed))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("自评");
    }
}
