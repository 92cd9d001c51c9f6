package org.attain.monitoring;

/** A value that cannot be saved: which indicator (or the budget), which field, and why. */
public record EntryProblem(String subject, String field, String message) {

    @Override
    public String toString() {
        return subject + " · " + field + ": " + message;
    }
}
