package org.attain.review.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasEnabled;
import org.attain.review.Review;
import org.attain.security.Names;
import org.jspecify.annotations.Nullable;

/** Marks an entry card with its value's review, under its title; a submitted value waits for the officer. */
public final class ReviewMarks {

    private ReviewMarks() {}

    public static <C extends HasComponents & HasEnabled> void mark(C card, @Nullable Review review, Names names) {
        if (review != null) {
            card.addComponentAtIndex(1, new ReviewNote(review, names));
            card.setEnabled(review.state().isEditable());
        }
    }
}
