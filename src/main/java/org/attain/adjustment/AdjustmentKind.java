package org.attain.adjustment;

/** What an adjustment does: change an indicator's target, add an indicator, or remove one. */
public enum AdjustmentKind {
    CHANGE,
    ADD,
    REMOVE
}
