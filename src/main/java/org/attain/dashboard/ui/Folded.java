package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import java.util.function.Supplier;

/** Sections of a page that open on demand. */
final class Folded {

    private Folded() {}

    /**
     * A table that opens on demand (the official form, the target tables): headings stay readable in order. The table
     * is built when first opened, not on every visit (folded sections are not printed either).
     */
    static Details table(String title, Supplier<Component> content, String id) {
        Details details = new Details(title);
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(content.get());
            }
        });
        details.addClassName("attain-folded");
        details.setWidthFull();
        details.setId(id);
        return details;
    }
}
