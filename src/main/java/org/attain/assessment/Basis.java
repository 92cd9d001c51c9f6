package org.attain.assessment;

/**
 * What a self-evaluation scores: the actuals (the final score, at year end) or the full-year forecasts (the score
 * projected at an earlier checkpoint, the actual standing in where no forecast was reported). For a single value,
 * where it came from.
 */
public enum Basis {
    ACTUAL,
    FORECAST
}
