package org.attain.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.attain.base.ui.Routes;
import org.attain.review.ReviewItem;
import org.attain.review.ReviewRefusal;
import org.attain.review.ReviewService;
import org.attain.status.Checkpoint;
import org.attain.status.ReviewState;

/**
 * The review line of the entry form: how many items are drafts, submitted, returned and approved; for the owner
 * 提交审核 (submit every draft, after saving the form), for the officer the way to the review page.
 */
public class ReviewBar extends Composite<HorizontalLayout> {

    /**
     * @param saveFirst saves the form's unsaved changes and says whether that worked (nothing is submitted otherwise)
     * @param afterSubmit reloads the form
     */
    public ReviewBar(
            ReviewService reviews,
            long projectId,
            Checkpoint at,
            boolean canSubmit,
            boolean canReview,
            BooleanSupplier saveFirst,
            Runnable afterSubmit) {
        HorizontalLayout root = getContent();
        root.setAlignItems(FlexComponent.Alignment.BASELINE);
        root.setId("review-bar");
        List<ReviewItem> items = reviews.items(projectId, at);
        Map<ReviewState, Integer> counts = new EnumMap<>(ReviewState.class);
        items.stream().filter(ReviewItem::isStarted).forEach(i -> counts.merge(i.state(), 1, Integer::sum));
        Span summary = new Span(getTranslation(
                "review.bar.summary",
                counts.getOrDefault(ReviewState.DRAFT, 0),
                counts.getOrDefault(ReviewState.SUBMITTED, 0),
                counts.getOrDefault(ReviewState.RETURNED, 0),
                counts.getOrDefault(ReviewState.APPROVED, 0) + counts.getOrDefault(ReviewState.WAIVED, 0)));
        summary.setId("review-summary");
        summary.addClassName("attain-explanation");
        root.add(summary);
        if (canSubmit) {
            Button submit = new Button(getTranslation("review.submit"), e -> {
                if (!saveFirst.getAsBoolean()) {
                    return;
                }
                try {
                    int n = reviews.submitAll(projectId, at);
                    Notification.show(getTranslation("review.submitted", n), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    afterSubmit.run();
                } catch (ReviewRefusal refused) {
                    Notification.show(refused.message(getLocale()), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            submit.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            submit.setId("submit-review");
            root.add(submit);
        }
        if (canReview) {
            Anchor review = Routes.link(getTranslation("review.open"), Routes.review(projectId, at));
            review.setId("open-review");
            root.add(review);
        }
    }
}
