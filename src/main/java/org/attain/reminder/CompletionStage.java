package org.attain.reminder;

/** How far a project's report of a round has come, the least advanced part deciding. */
public enum CompletionStage {
    /** Nothing entered. */
    NOT_STARTED,
    /** Some values entered, others missing or not yet submitted. */
    DRAFT,
    /** The officer returned some values; the owner has to correct and resubmit them. */
    RETURNED,
    /** Everything submitted; some of it waits for the officer. */
    SUBMITTED,
    /** Every item approved or waived. */
    APPROVED,
    /** The checkpoint is locked for the project (its department, the 主管部门 above or every department): closed. */
    LOCKED
}
