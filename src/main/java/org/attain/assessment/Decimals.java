package org.attain.assessment;

import java.math.BigDecimal;

/** Numbers of a profile as data: 40.00 from the database and 40 in code are the same weight. */
final class Decimals {

    private Decimals() {}

    /** Without trailing zeros, and never in exponent form (10, not 1E+1). */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
