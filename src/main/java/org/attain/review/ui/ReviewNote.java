package org.attain.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.attain.review.Review;
import org.attain.security.Names;
import org.attain.status.ReviewState;
import org.jspecify.annotations.Nullable;

/**
 * What the owner sees of a value's review on the entry form: its state, and the reason of a return or a waiver with
 * who gave it and when, kept in sight until the next decision.
 */
public class ReviewNote extends Composite<HorizontalLayout> {

    public ReviewNote(@Nullable Review review, Names names) {
        HorizontalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(true);
        root.setAlignItems(FlexComponent.Alignment.BASELINE);
        root.addClassName("attain-review-note");
        root.add(new ReviewBadge(review == null ? null : review.state()));
        if (review != null && review.reason() != null && review.state() != ReviewState.APPROVED) {
            String key = review.state() == ReviewState.WAIVED ? "review.note.waived" : "review.note.returned";
            Span reason = new Span(
                    getTranslation(key, review.reason(), names.of(review.reviewedBy()), Times.of(review.reviewedAt())));
            reason.addClassName("attain-review-reason");
            reason.addClassName("attain-return-reason");
            root.add(reason);
        }
    }
}
