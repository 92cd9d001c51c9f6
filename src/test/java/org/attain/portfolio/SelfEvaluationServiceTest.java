package org.attain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attain.AttainSpringTest;
import org.attain.assessment.Basis;
import org.attain.assessment.Grade;
import org.attain.assessment.ScoreRow;
import org.attain.assessment.SelfEvaluation;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.BudgetInput;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.MonitoringService;
import org.attain.project.ProjectService;
import org.attain.report.SelfEvaluationText;
import org.attain.status.Checkpoint;
import org.attain.status.QualitativeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@AttainSpringTest
@Transactional
class SelfEvaluationServiceTest {

    static final Checkpoint JUN = new Checkpoint(2025, 6);
    static final Checkpoint AUG = new Checkpoint(2025, 8);
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    SelfEvaluationService selfEvaluation;

    @Autowired
    StatusService status;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    org.attain.review.ReviewService reviews;

    @Autowired
    ProjectService projects;

    private long project(String name) {
        return projects.findExisting("鄂州市总工会", 2025, name).orElseThrow().getId();
    }

    private static ScoreRow row(SelfEvaluation e, String name) {
        return e.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void mid_year_on_the_demo_data_projects_from_the_forecasts_and_leaves_the_year_end_survey_unscored() {
        SelfEvaluation e = selfEvaluation.evaluate(project("企业家疗休养专项资金"), JUN);
        assertThat(e.isProjection()).isTrue();
        assertThat(e.unscored()).isEqualTo(2); // 企业家身心健康 (not reported) and the satisfaction survey (at year end)
        ScoreRow survey = row(e, "参加疗休养的企业家满意度");
        assertThat(survey.isReported()).isFalse();
        assertThat(SelfEvaluationText.score(e, survey)).isEqualTo("—");
        assertThat(SelfEvaluationText.formula(e, survey, ZH)).isEqualTo("未填报，不计分");
        assertThat(e.points()).isGreaterThan(BigDecimal.ZERO);
        assertThat(e.total()).isEqualByComparingTo("100.00");
        assertThat(SelfEvaluationText.headline(e, ZH)).isEqualTo("预计自评得分（按 1-6月 预测） 100 · 优");
        assertThat(SelfEvaluationText.unscoredNote(e, ZH)).isEqualTo("2 项未填报，未计分；已计分的 75 分中实得 75 分，按比例折算为 100 分制");
        assertThat(SelfEvaluationText.headline(e, Locale.ENGLISH))
                .isEqualTo("Projected score (from Jan–Jun forecasts) 100 · excellent");
    }

    @Test
    void the_demo_projection_of_the_spring_festival_visits_scores_the_forecast_of_560() {
        SelfEvaluation e = selfEvaluation.evaluate(project("鄂州市劳模春节慰问专项资金"), JUN);
        assertThat(row(e, "2025年春节慰问人数").source()).isEqualTo(Basis.FORECAST);
        assertThat(row(e, "2025年春节慰问人数").score().formula()).isEqualTo("8.33 × 560 / 574 = 8.13");
        assertThat(e.budgetSource()).isEqualTo(Basis.FORECAST);
        assertThat(e.unscored()).isZero();
        // 10 budget + 8.13 + four full 50/6 + 70% of 50/6 (5.83) + 3 × 10 + 10 × 94 / 95 (9.89)
        assertThat(e.total()).isEqualByComparingTo("97.18");
        assertThat(e.grade()).isEqualTo(Grade.EXCELLENT);
    }

    /**
     * 协理员专项补助 at 1-8月: a count with only an actual, a rate with a forecast, a level with only an actual, a level
     * forecast, three lines with nothing; the budget with an executed amount and no forecast.
     */
    private void august() {
        long id = project("协理员专项补助");
        List<ActualInput> inputs = new ArrayList<>();
        for (EntryRow r : monitoring.sheet(id, AUG).rows()) {
            long i = r.indicator().getId();
            switch (r.indicator().getName()) {
                case "各级工会协理员工资补助发放" -> inputs.add(input(i, "17", null, null, null));
                case "协理员年度考核合格率" -> inputs.add(input(i, "88", "91", null, null));
                case "协理员工资补助发放足额及时" -> inputs.add(input(i, null, null, QualitativeLevel.PARTIAL, null));
                case "提升工会工作水平" -> inputs.add(input(i, null, null, null, QualitativeLevel.ACHIEVED));
                default -> {}
            }
        }
        monitoring.save(id, AUG, inputs, new BudgetInput(null, null, null, new BigDecimal("5.6"), null));
        reviews.submitAll(id, AUG); // the self-evaluation scores approved values only
        reviews.approveAll(id, AUG);
    }

    private static ActualInput input(
            long id, String actual, String forecast, QualitativeLevel level, QualitativeLevel forecastLevel) {
        return new ActualInput(
                id,
                null,
                actual == null ? null : new BigDecimal(actual),
                level,
                null,
                forecast == null ? null : new BigDecimal(forecast),
                forecastLevel,
                Set.of(),
                null,
                null,
                null,
                null);
    }

    @Test
    void a_projection_takes_the_actual_where_no_forecast_exists_and_scales_over_what_was_scored() {
        august();
        SelfEvaluation e = selfEvaluation.evaluate(project("协理员专项补助"), AUG);
        ScoreRow count = row(e, "各级工会协理员工资补助发放");
        assertThat(count.source()).isEqualTo(Basis.ACTUAL);
        assertThat(count.score().formula()).isEqualTo("12.5 × 17 / 25 = 8.5");
        assertThat(SelfEvaluationText.value(e, count, ZH)).isEqualTo("17人（1-8月实际，无预计）");
        assertThat(row(e, "协理员年度考核合格率").source()).isEqualTo(Basis.FORECAST);
        assertThat(SelfEvaluationText.formula(e, row(e, "协理员工资补助发放足额及时"), ZH))
                .isEqualTo("12.5 × 70% = 8.75（部分达成并具有一定效果，默认）");
        assertThat(row(e, "提升工会工作水平").score().score()).isEqualByComparingTo("15");
        assertThat(e.budgetSource()).isEqualTo(Basis.ACTUAL);
        assertThat(e.budgetScore().formula()).isEqualTo("10 × 70% = 7");
        // 8.5 + 12.5 + 8.75 + 15 + 7 = 51.75 of the 62.5 scored; 51.75 × 100 / 62.5 = 82.8
        assertThat(e.unscored()).isEqualTo(3);
        assertThat(e.points()).isEqualByComparingTo("51.75");
        assertThat(e.scoredWeight()).isEqualByComparingTo("62.5");
        assertThat(e.total()).isEqualByComparingTo("82.8");
        assertThat(SelfEvaluationText.headline(e, ZH)).isEqualTo("预计自评得分（按 1-8月 预测） 82.8 · 良");
    }

    @Test
    void the_year_end_score_is_final_and_a_missing_value_scores_zero_there() {
        SelfEvaluation e = selfEvaluation.yearEnd(project("协理员专项补助"), 2025);
        assertThat(e.isProjection()).isFalse();
        assertThat(e.unscored()).isEqualTo(8);
        assertThat(e.total()).isEqualByComparingTo("0");
        assertThat(SelfEvaluationText.label(e, ZH)).isEqualTo("年末自评得分（最终）");
        assertThat(SelfEvaluationText.unscoredNote(e, ZH)).isEqualTo("8 项未填报，按 0 分计");
        assertThat(SelfEvaluationText.score(e, e.rows().getFirst())).isEqualTo("0");
        assertThat(SelfEvaluationText.label(e, Locale.ENGLISH)).isEqualTo("Final score (year end)");
    }

    @Test
    void a_projection_with_nothing_to_score_has_no_total_and_no_grade() {
        SelfEvaluation e = selfEvaluation.evaluate(project("协理员专项补助"), new Checkpoint(2025, 3));
        assertThat(e.hasScore()).isFalse();
        assertThat(SelfEvaluationText.headline(e, ZH)).isEqualTo("预计自评得分（按 1-3月 预测） —（尚无可计分的填报）");
        assertThat(selfEvaluation.projected(status.portfolio(new Checkpoint(2025, 3))))
                .isEmpty();
        assertThat(selfEvaluation.projected(status.portfolio(new Checkpoint(2025, 12))))
                .as("at year end nothing reported scores 0, and the score is shown")
                .hasEntrySatisfying(
                        project("协理员专项补助"), y -> assertThat(y.total()).isEqualByComparingTo("0"));
    }
}
