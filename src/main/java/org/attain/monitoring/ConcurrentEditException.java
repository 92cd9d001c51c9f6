package org.attain.monitoring;

import java.util.List;

/**
 * Someone else saved the same values after this form was opened; nothing was saved. Carries the names of the
 * indicators (or the budget) that changed, and who saved them.
 */
public class ConcurrentEditException extends RuntimeException {

    private final List<String> changed;

    public ConcurrentEditException(List<String> changed) {
        super("Changed by someone else meanwhile: " + String.join(", ", changed));
        this.changed = List.copyOf(changed);
    }

    public List<String> getChanged() {
        return changed;
    }
}
