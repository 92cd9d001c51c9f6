package org.attain.review.ui;

import org.attain.i18n.Texts;
import org.attain.portfolio.ProjectStatus;
import org.attain.review.ReviewItem;

/** One line of the review page: the item, and the sentence that says what was reported for it (with its light). */
record ReviewLine(ReviewItem item, String sentence) {

    static ReviewLine of(ReviewItem item, ProjectStatus status, boolean english) {
        Texts t = english ? Texts.english() : Texts.chinese();
        if (item.key().isBudget()) {
            return new ReviewLine(item, t.render(status.budgetStatus().explanation()));
        }
        String sentence = status.indicators().stream()
                .filter(r -> r.indicatorId() == item.key().indicatorId())
                .findFirst()
                .map(r -> t.render(r.status().explanation()))
                .orElse("");
        return new ReviewLine(item, sentence);
    }
}
