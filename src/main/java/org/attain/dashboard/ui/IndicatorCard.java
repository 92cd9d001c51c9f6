package org.attain.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.attain.portfolio.IndicatorRow;
import org.attain.status.Checkpoint;
import org.attain.status.ui.LightBadge;

/** One indicator as a card for a phone: name and light, its figures on one line, the sentence and the reasons. */
final class IndicatorCard {

    private IndicatorCard() {}

    static Component of(Component name, IndicatorRow r, Checkpoint at, boolean en) {
        Div head = new Div(name, new LightBadge(r.status().light()));
        head.addClassName("attain-card-head");
        String sep = " · ";
        String figures = name.getTranslation("indicator.target") + " "
                + r.target().text() + sep
                + name.getTranslation("dashboard.tree.actual", at) + " " + IndicatorText.actual(r, en)
                + (IndicatorText.expected(r).isEmpty()
                        ? ""
                        : sep + name.getTranslation("dashboard.tree.expected") + " " + IndicatorText.expected(r))
                + sep + name.getTranslation("entry.forecast") + " " + IndicatorText.forecast(r, en);
        Div line = new Div(figures);
        line.addClassName("attain-explanation");
        Div card = new Div(head, line, IndicatorText.explanation(r, en));
        card.addClassName("attain-card");
        return card;
    }
}
