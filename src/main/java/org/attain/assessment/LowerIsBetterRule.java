package org.attain.assessment;

/**
 * How a lower-is-better indicator scores above its ceiling: RATIO gives w × target ÷ actual; LINEAR_TO_DOUBLE gives
 * full marks up to the target, falling linearly to 0 at twice the target.
 */
public enum LowerIsBetterRule {
    RATIO,
    LINEAR_TO_DOUBLE
}
