package org.attain.review;

import org.attain.i18n.Refusal;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a review step is refused (approving one's own entry, returning without a reason, locking with open items, …): a
 * message key under {@code review.refused.} and its arguments, rendered in the reader's language.
 */
public class ReviewRefusal extends Refusal {

    public ReviewRefusal(String reason, Object... args) {
        super("review.refused." + reason, args);
    }

    /** The name of the budget line, as an argument rendered in the reader's language. */
    public static MessageSourceResolvable budgetLine() {
        return new DefaultMessageSourceResolvable("review.item.budget");
    }
}
