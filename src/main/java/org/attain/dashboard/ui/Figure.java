package org.attain.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** One key figure: a large value above its label (总预算, 执行率, …). */
final class Figure {

    private Figure() {}

    static Div of(String label, String value) {
        return of(label, value, null);
    }

    static Div of(String label, String value, @Nullable String extraClass) {
        Span v = new Span(value);
        v.addClassName("attain-figure-value");
        Span l = new Span(label);
        l.addClassName("attain-figure-label");
        Div figure = new Div(v, l);
        figure.addClassName("attain-figure");
        if (extraClass != null) {
            figure.addClassName(extraClass);
        }
        return figure;
    }
}
