package org.attain.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.Locale;
import org.attain.KaribuTest;
import org.attain.assessment.ScoreRow;
import org.attain.assessment.SelfEvaluation;
import org.attain.base.ui.Routes;
import org.attain.portfolio.SelfEvaluationService;
import org.attain.project.ProjectService;
import org.attain.report.SelfEvaluationText;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SelfEvaluationViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;

    @Autowired
    SelfEvaluationService selfEvaluation;

    private long project(String name) {
        return projects.findExisting("鄂州市总工会", 2025, name).orElseThrow().getId();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_projection_shows_every_formula_and_the_total() {
        Routes.go(Routes.selfEvaluation(project("鄂州市劳模春节慰问专项资金"), new Checkpoint(2025, 6)));
        assertThat(_get(H2.class).getText()).isEqualTo("鄂州市劳模春节慰问专项资金 · 2025年度绩效自评");
        Grid<ScoreRow> grid = _get(Grid.class, s -> s.withId("score-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(10);
        assertThat(GridKt._getFormatted(grid, 0, "formula")).isEqualTo("8.33 × 560 / 574 = 8.13");
        assertThat(GridKt._getFormatted(grid, 3, "formula")).isEqualTo("8.33 × 70% = 5.83（部分达成并具有一定效果，默认）");
        assertThat(_get(Span.class, s -> s.withId("total")).getText()).isEqualTo("预计自评得分（按 1-6月 预测） 97.18 · 优");
    }

    @Test
    @SuppressWarnings("unchecked")
    void mid_year_the_page_shows_the_projected_total_not_zero_and_marks_what_is_not_due() {
        long id = project("企业家疗休养专项资金");
        Routes.go(Routes.project(id, new Checkpoint(2025, 6)));
        String onProjectPage =
                _get(Button.class, s -> s.withId("projected-score")).getText();
        SelfEvaluation projected = selfEvaluation.evaluate(id, new Checkpoint(2025, 6));
        assertThat(onProjectPage)
                .isEqualTo(SelfEvaluationText.headline(projected, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("预计自评得分（按 1-6月 预测） "
                        + projected.total().stripTrailingZeros().toPlainString() + " · 优");
        _click(_get(Button.class, s -> s.withId("projected-score")));
        String total = _get(Span.class, s -> s.withId("total")).getText();
        String label = "预计自评得分（按 1-6月 预测） ";
        assertThat(total).startsWith(label).isEqualTo(onProjectPage);
        assertThat(new BigDecimal(total.substring(label.length()).split(" · ")[0]))
                .isPositive();
        assertThat(total).doesNotContain("差");
        assertThat(_get(Paragraph.class, s -> s.withId("unscored")).getText())
                .isEqualTo("2 项未填报，未计分；已计分的 75 分中实得 75 分，按比例折算为 100 分制");
        Grid<ScoreRow> grid = _get(Grid.class, s -> s.withId("score-grid"));
        int survey = GridKt._size(grid) - 1;
        assertThat(GridKt._getFormatted(grid, survey, "actual")).isEqualTo("未填报");
        assertThat(GridKt._getFormatted(grid, survey, "score")).isEqualTo("—");
        assertThat(GridKt._getFormatted(grid, survey, "formula")).isEqualTo("未填报，不计分");
        assertThat(_get(H3.class, s -> s.withText("下载本项目自评表 · 预计自评得分（按 1-6月 预测）")))
                .isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void in_english_the_projection_speaks_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Routes.go(Routes.selfEvaluation(project("企业家疗休养专项资金"), new Checkpoint(2025, 6)));
        assertThat(_get(Span.class, s -> s.withId("total")).getText())
                .startsWith("Projected score (from Jan–Jun forecasts) ");
        Grid<ScoreRow> grid = _get(Grid.class, s -> s.withId("score-grid"));
        int survey = GridKt._size(grid) - 1;
        assertThat(GridKt._getFormatted(grid, survey, "formula")).isEqualTo("Not reported, not scored");
        assertThat(GridKt._getFormatted(grid, 1, "formula")).isEqualTo("7.14 × 100% = 7.14 (achieved, default)");
    }

    @Test
    void the_year_end_score_is_labelled_final() {
        Routes.go(Routes.selfEvaluation(project("协理员专项补助"), Checkpoint.yearEnd(2025)));
        assertThat(_get(Span.class, s -> s.withId("total")).getText()).startsWith("年末自评得分（最终） ");
        assertThat(_get(Paragraph.class, s -> s.withId("unscored")).getText()).isEqualTo("8 项未填报，按 0 分计");
    }

    @Test
    @SuppressWarnings("unchecked")
    void only_the_officer_gets_fields_for_weights_and_everybody_else_reads_them() {
        login("leader", org.attain.security.Role.LEADER);
        Routes.go(Routes.selfEvaluation(project("鄂州市劳模春节慰问专项资金"), new Checkpoint(2025, 6)));
        assertThat(_find(BigDecimalField.class)).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("save-weights"))).isEmpty();
        Grid<ScoreRow> grid = _get(Grid.class, s -> s.withId("score-grid"));
        assertThat(GridKt._getFormatted(grid, 0, "weight")).isEqualTo("8.33");
        assertThat(GridKt._getFormatted(grid, 0, "score")).isEqualTo("8.13");
        assertThat(GridKt._getFormatted(grid, 3, "share")).isEqualTo("默认");

        login("officer", org.attain.security.Role.PERFORMANCE_OFFICER);
        Routes.go(Routes.selfEvaluation(project("鄂州市劳模春节慰问专项资金"), new Checkpoint(2025, 6)));
        BigDecimalField weight = (BigDecimalField)
                GridKt._getCellComponent(grid = _get(Grid.class, s -> s.withId("score-grid")), 0, "weight");
        assertThat(weight.getAriaLabel()).contains("2025年春节慰问人数 的分值");
    }

    @Test
    void weights_that_do_not_add_up_to_100_are_refused_with_a_message() {
        Routes.go(Routes.selfEvaluation(project("协理员专项补助"), Checkpoint.yearEnd(2025)));
        BigDecimalField budget = _get(BigDecimalField.class, s -> s.withLabel("预算执行率"));
        budget.setValue(new BigDecimal("15"));
        _click(_get(Button.class, s -> s.withId("save-weights")));
        NotificationsKt.expectNotifications("权重合计须为 100，现为 105");
    }

    @Test
    void the_reports_page_offers_every_table_and_starts_the_meeting() {
        UI.getCurrent().navigate(ReportsView.class);
        for (String id : new String[] {
            "monitoring-xlsx", "monitoring-pdf", "monitoring-csv", "self-xlsx", "self-pdf", "self-csv", "briefing-pdf"
        }) {
            assertThat(_get(Anchor.class, s -> s.withId(id)).getHref()).isNotBlank();
        }
        _click(_get(Button.class, s -> s.withId("start-meeting")));
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("议程（按状态从差到好）");
    }
}
