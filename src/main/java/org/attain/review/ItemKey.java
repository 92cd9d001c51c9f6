package org.attain.review;

import org.jspecify.annotations.Nullable;

/** One item of a project's report at a checkpoint: an annual indicator's value, or (no indicator) the budget line. */
public record ItemKey(@Nullable Long indicatorId) {

    public static final ItemKey BUDGET = new ItemKey(null);

    public static ItemKey indicator(long id) {
        return new ItemKey(id);
    }

    public boolean isBudget() {
        return indicatorId == null;
    }
}
