package org.attain.assessment;

import java.math.BigDecimal;

/**
 * The shares of a weight a qualitative level may score (e.g. 达成 80–100 %), and the share it scores when the evaluator
 * chose none (the top of the band for 达成, else its middle).
 */
public record Band(BigDecimal min, BigDecimal max, BigDecimal fallback) {

    public Band {
        min = Decimals.normal(min);
        max = Decimals.normal(max);
        fallback = Decimals.normal(fallback);
        if (min.signum() < 0
                || max.compareTo(BigDecimal.ONE) > 0
                || min.compareTo(max) > 0
                || fallback.compareTo(min) < 0
                || fallback.compareTo(max) > 0) {
            throw new ScoringException("profile.error.band", "a band runs from 0 to 100 % and holds its default share");
        }
    }

    public boolean contains(BigDecimal share) {
        return share.compareTo(min) >= 0 && share.compareTo(max) <= 0;
    }
}
