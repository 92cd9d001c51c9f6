package org.attain.assessment;

import java.math.BigDecimal;

/** The lowest total of each grade: 优 ≥ excellent, 良 ≥ good, 中 ≥ fair, else 差 (nationally 90 / 80 / 60). */
public record GradeBands(BigDecimal excellent, BigDecimal good, BigDecimal fair) {

    public GradeBands {
        excellent = Decimals.normal(excellent);
        good = Decimals.normal(good);
        fair = Decimals.normal(fair);
        if (!(excellent.compareTo(good) > 0 && good.compareTo(fair) > 0 && fair.signum() >= 0)) {
            throw new ScoringException("profile.error.grades", "grade thresholds must fall from 优 to 中");
        }
    }

    public Grade of(BigDecimal total) {
        if (total.compareTo(excellent) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(good) >= 0) {
            return Grade.GOOD;
        }
        return total.compareTo(fair) >= 0 ? Grade.FAIR : Grade.POOR;
    }
}
