package org.attain.assessment;

/** What a self-evaluation scores: the actuals (at year end) or the full-year forecasts (a projection at a checkpoint). */
public enum Basis {
    ACTUAL, FORECAST
}
