package org.attain.indicator;

/** The two indicator tables of a project: the long-term one (长期绩效目标表) and the monitored annual one (年度绩效目标表). */
public enum GoalTable {
    ANNUAL,
    LONG_TERM
}
