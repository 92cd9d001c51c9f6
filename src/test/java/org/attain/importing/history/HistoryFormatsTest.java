package org.attain.importing.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.attain.importing.render.HistoryLayout;
import org.attain.importing.render.HistoryLayout.Line;
import org.attain.importing.render.HistoryLayout.Sheet;
import org.attain.importing.render.Layout.Item;
import org.attain.importing.render.PdfRender;
import org.attain.importing.render.WordRender;
import org.attain.importing.render.WorkbookRender;
import org.attain.status.Checkpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An earlier year's self-evaluation and monitoring table as offices keep them — a Word table and old and new Excel
 * sheets with merged 一级/二级 and funds cells, and a PDF printed from them — read as history: every stated actual,
 * forecast, weight, score and reason, the funds block and the 总分 line, the same in every format.
 */
class HistoryFormatsTest {

    static final Sheet SELF_EVALUATION = new Sheet(
            2024,
            12,
            "职工疗休养",
            "鄂州市总工会",
            "52",
            "50.5",
            "10",
            "9.7",
            List.of(
                    line("产出指标", "数量指标", "疗休养人数", "≥200人", "212人", "", "20", "20", ""),
                    line("产出指标", "质量指标", "服务合格率", "≥95%", "96%", "", "10", "10", ""),
                    line("产出指标", "时效指标", "资金拨付及时性", "及时", "及时", "", "10", "10", ""),
                    line("产出指标", "成本指标", "人均成本", "≤2500元", "2450元", "", "10", "10", ""),
                    line("效益指标", "社会效益指标", "职工获得感", "显著提升", "有所提升", "", "15", "12", "部分职工未能参加，下年扩大覆盖面"),
                    line("满意度指标", "服务对象满意度指标", "职工满意度", "≥95%", "93%", "", "15", "13", "行程安排紧张，下年调整行程")),
            "84.7",
            "良");

    static final Sheet MONITORING = new Sheet(
            2024,
            6,
            "职工疗休养",
            "鄂州市总工会",
            "52",
            "20.8",
            "",
            "",
            List.of(
                    line("产出指标", "数量指标", "疗休养人数", "≥200人", "110人", "205人", "", "", ""),
                    line("产出指标", "质量指标", "服务合格率", "≥95%", "96%", "96%", "", "", ""),
                    line("满意度指标", "服务对象满意度指标", "职工满意度", "≥95%", "92%", "94%", "", "", "第一批行程过紧")),
            "",
            "");

    private static Line line(
            String category,
            String sub,
            String name,
            String target,
            String actual,
            String forecast,
            String weight,
            String score,
            String reason) {
        return new Line(category, sub, name, target, actual, forecast, weight, score, reason);
    }

    private static HistoryDocument read(Sheet sheet, String format) throws IOException {
        List<Item> items = HistoryLayout.of(sheet);
        byte[] bytes =
                switch (format) {
                    case "docx" -> WordRender.document(items);
                    case "xls" -> WorkbookRender.sheet(items, true);
                    case "xlsx" -> WorkbookRender.sheet(items, false);
                    case "pdf" -> PdfRender.document(items);
                    default -> throw new IllegalArgumentException(format);
                };
        return HistoryReader.read("2024年绩效表." + format, bytes);
    }

    private static StatedIndicator indicator(StatedProject p, String name) {
        return HistoryReaderTest.indicator(p, name);
    }

    private static BigDecimal n(String text) {
        return new BigDecimal(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "xls", "xlsx", "pdf"})
    void a_self_evaluation_reads_every_stated_value_the_funds_and_the_total(String format) throws IOException {
        HistoryDocument doc = read(SELF_EVALUATION, format);
        assertThat(doc.kind()).isEqualTo(HistoryKind.SELF_EVALUATION);
        assertThat(doc.projects()).hasSize(1);
        StatedProject p = doc.projects().getFirst();
        assertThat(p.draft().name()).isEqualTo("职工疗休养");
        assertThat(p.checkpoint()).isEqualTo(Checkpoint.yearEnd(2024));
        assertThat(p.indicators()).hasSize(6);
        StatedIndicator people = indicator(p, "疗休养人数");
        assertThat(people.actualValue()).isEqualByComparingTo("212");
        assertThat(people.weight()).isEqualByComparingTo("20");
        assertThat(people.score()).isEqualByComparingTo("20");
        assertThat(indicator(p, "服务合格率").actualValue()).isEqualByComparingTo("96");
        assertThat(indicator(p, "资金拨付及时性").actual()).isEqualTo("及时");
        assertThat(indicator(p, "人均成本").actualValue()).isEqualByComparingTo("2450");
        StatedIndicator gain = indicator(p, "职工获得感");
        assertThat(gain.actual()).isEqualTo("有所提升");
        assertThat(gain.score()).isEqualByComparingTo("12");
        assertThat(gain.reasons()).isEqualTo("部分职工未能参加，下年扩大覆盖面");
        StatedIndicator satisfaction = indicator(p, "职工满意度");
        assertThat(satisfaction.actualValue()).isEqualByComparingTo("93");
        assertThat(satisfaction.weight()).isEqualByComparingTo("15");
        assertThat(satisfaction.score()).isEqualByComparingTo("13");
        assertThat(satisfaction.reasons()).isEqualTo("行程安排紧张，下年调整行程");
        assertThat(p.budget().annual()).isEqualByComparingTo("52");
        assertThat(p.budget().executed()).isEqualByComparingTo("50.5");
        assertThat(p.budget().weight()).isEqualByComparingTo("10");
        assertThat(p.budget().score()).isEqualByComparingTo("9.7");
        assertThat(p.budget().rate()).isEqualByComparingTo("0.9712");
        assertThat(p.total()).isEqualTo(new StatedTotal(n("100"), n("84.7"), "良"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "xls", "xlsx", "pdf"})
    void a_monitoring_table_reads_the_month_the_actuals_and_the_forecasts(String format) throws IOException {
        HistoryDocument doc = read(MONITORING, format);
        assertThat(doc.kind()).isEqualTo(HistoryKind.MONITORING);
        StatedProject p = doc.projects().getFirst();
        assertThat(p.checkpoint()).isEqualTo(new Checkpoint(2024, 6));
        assertThat(p.indicators()).hasSize(3);
        StatedIndicator people = indicator(p, "疗休养人数");
        assertThat(people.actualValue()).isEqualByComparingTo("110");
        assertThat(people.forecastValue()).isEqualByComparingTo("205");
        StatedIndicator satisfaction = indicator(p, "职工满意度");
        assertThat(satisfaction.actualValue()).isEqualByComparingTo("92");
        assertThat(satisfaction.forecastValue()).isEqualByComparingTo("94");
        assertThat(p.budget().annual()).isEqualByComparingTo("52");
        assertThat(p.budget().executed()).isEqualByComparingTo("20.8");
    }
}
