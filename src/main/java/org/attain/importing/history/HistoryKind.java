package org.attain.importing.history;

/** What an earlier year's document is: the year-end self-evaluation or an in-year monitoring table. */
public enum HistoryKind {
    /** 绩效自评表: actuals at year end, weights (分值) and scores (得分). */
    SELF_EVALUATION,
    /** 绩效运行监控表: actuals to date (1-X月执行情况), forecasts, reasons; no scores. */
    MONITORING
}
