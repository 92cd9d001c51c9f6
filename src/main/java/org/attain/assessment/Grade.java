package org.attain.assessment;

import java.math.BigDecimal;

/** 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. */
public enum Grade {
    EXCELLENT("优", "excellent"), GOOD("良", "good"), FAIR("中", "fair"), POOR("差", "poor");

    private final String chinese;
    private final String english;

    Grade(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String label(boolean english) {
        return english ? this.english : chinese;
    }

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
