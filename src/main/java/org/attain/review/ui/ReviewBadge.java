package org.attain.review.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.attain.status.ReviewState;
import org.jspecify.annotations.Nullable;

/** The review state of a value in words and colour (草稿, 已提交，待审核, 已退回, 已通过, 已免报; null: 未填报). */
public class ReviewBadge extends Span {

    public ReviewBadge(@Nullable ReviewState state) {
        String name = state == null ? "none" : state.name();
        setText(getTranslation("review.state." + name));
        addClassNames("attain-review", "attain-review-" + name.toLowerCase(Locale.ROOT));
        getElement().setAttribute("data-review", name);
    }
}
