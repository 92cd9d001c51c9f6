package org.attain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.attain.assessment.DepartmentEvaluation.ProjectLine;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;

/** A department rolled up by hand: three projects of 100, 50 and 10 万元. */
class DepartmentEvaluationTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static DepartmentEvaluation department(ScoringProfile profile, ProjectLine... lines) {
        return new DepartmentEvaluation("工会", Checkpoint.yearEnd(2025), profile, List.of(lines), List.of());
    }

    @Test
    void the_department_score_weighs_each_project_by_its_budget() {
        DepartmentEvaluation e = department(
                ScoringProfile.NATIONAL,
                new ProjectLine(1, "甲", d("100"), d("60"), d("90")),
                new ProjectLine(2, "乙", d("50"), d("20"), d("70")),
                new ProjectLine(3, "丙", d("10"), d("10"), d("50")));
        assertThat(e.budget()).isEqualByComparingTo("160");
        assertThat(e.executed()).isEqualByComparingTo("90");
        assertThat(e.executionRate()).isEqualByComparingTo("0.5625"); // 90 / 160
        // (90 × 100 + 70 × 50 + 50 × 10) / 160 = 13000 / 160 = 81.25 → 良
        assertThat(e.score()).isEqualByComparingTo("81.25");
        assertThat(e.grade()).isEqualTo(Grade.GOOD);
        assertThat(e.weight(e.projects().getFirst())).isEqualByComparingTo("0.625");
        assertThat(e.isProjection()).isFalse();
    }

    @Test
    void
            a_project_without_a_score_counts_for_execution_but_not_in_the_weights_and_the_provincial_profile_grades_nothing() {
        DepartmentEvaluation e = department(
                ScoringProfile.PROVINCIAL,
                new ProjectLine(1, "甲", d("100"), d("60"), d("90")),
                new ProjectLine(2, "乙", d("50"), null, null),
                new ProjectLine(3, "丙", d("10"), d("10"), d("50")));
        assertThat(e.executed()).isEqualByComparingTo("70");
        assertThat(e.executionRate()).isEqualByComparingTo("0.4375"); // 70 / 160
        // (90 × 100 + 50 × 10) / 110 = 9500 / 110 = 86.36
        assertThat(e.score()).isEqualByComparingTo("86.36");
        assertThat(e.weight(e.projects().get(1))).isNull();
        assertThat(e.weight(e.projects().get(2))).isEqualByComparingTo("0.0909");
        assertThat(e.grade()).isNull();
    }
}
