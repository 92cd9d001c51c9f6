package org.attain.status;

import org.jspecify.annotations.Nullable;

/**
 * Where a reported value (or a project's budget line) stands in review. An owner saves drafts, submits them (提交审核);
 * the officer approves (通过) or returns them (退回) with a reason, or waives an item (免报) with a reason. Only
 * approved values reach the leaders' pages, the official tables and the self-evaluation.
 */
public enum ReviewState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    WAIVED;

    /**
     * The owner may change the values: anything but a submitted value waiting for the officer. Changing an approved
     * value makes a new draft; the approved one stays in force until the new one is approved.
     */
    public boolean isEditable() {
        return this != SUBMITTED;
    }

    /** The owner may submit it: a draft, or a value returned to them. */
    public boolean isSubmittable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Settled for the round: approved or waived. A round is locked only when every item is settled. */
    public boolean isSettled() {
        return this == APPROVED || this == WAIVED;
    }

    /** The stored name, or null for a value that was never stored. */
    public static @Nullable ReviewState decode(@Nullable String name) {
        return name == null ? null : valueOf(name);
    }
}
