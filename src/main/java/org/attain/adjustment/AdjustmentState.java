package org.attain.adjustment;

/** An adjustment is proposed, then approved (it applies from its checkpoint) or rejected. */
public enum AdjustmentState {
    PROPOSED,
    APPROVED,
    REJECTED
}
