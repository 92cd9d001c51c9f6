package org.attain.assessment;

import java.math.BigDecimal;

/** 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60; the words are {@code grade.*} in the bundles. */
public enum Grade {
    EXCELLENT,
    GOOD,
    FAIR,
    POOR;

    public static Grade of(BigDecimal total) {
        if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return EXCELLENT;
        }
        if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return GOOD;
        }
        return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? FAIR : POOR;
    }
}
