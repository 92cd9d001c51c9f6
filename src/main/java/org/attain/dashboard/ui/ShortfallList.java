package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.attain.base.ui.Routes;
import org.attain.i18n.Texts;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.ui.DeviationText;
import org.attain.status.Checkpoint;
import org.attain.status.IndicatorStatus;
import org.attain.status.ui.LightBadge;

/**
 * Everything that falls short: first every project whose budget execution lags (双监控), then every indicator, each
 * with the sentence that explains it, the owner, reasons and corrective action.
 */
public class ShortfallList extends Composite<Div> {

    static final int SHOWN = 60;

    ShortfallList(
            List<ProjectStatus> budgets,
            List<IndicatorRow> shortfalls,
            Checkpoint at,
            Map<Long, List<String>> owners,
            int total) {
        Texts t = Texts.of(getLocale());
        Div root = getContent();
        root.setId("shortfalls");
        root.addClassName("attain-shortfalls");
        if (shortfalls.isEmpty() && budgets.isEmpty()) {
            root.add(new Paragraph(getTranslation("dashboard.shortfalls.none")));
            return;
        }
        int shown = 0;
        for (ProjectStatus p : budgets) {
            if (shown++ >= SHOWN) {
                break;
            }
            Div item = item();
            item.addClassName("attain-shortfall-budget");
            Anchor link =
                    Routes.link(p.name() + " · " + getTranslation("entry.budget"), Routes.project(p.projectId(), at));
            item.add(
                    new LightBadge(p.budgetStatus().light()),
                    link,
                    sentence(t.render(p.budgetStatus().explanation())));
            details(item, owners.getOrDefault(p.projectId(), List.of()), DeviationText.of(p.budgetDeviation(), t));
            root.add(item);
        }
        for (IndicatorRow r : shortfalls) {
            if (shown++ >= SHOWN) {
                break;
            }
            Div item = item();
            Anchor link = Routes.link(
                    r.projectName() + " · " + r.name(), Routes.indicator(r.projectId(), r.indicatorId(), at));
            item.add(
                    new LightBadge(r.status().light()),
                    link,
                    sentence(t.render(r.status().explanation())));
            StringBuilder more = new StringBuilder();
            if (r.status().flags().contains(IndicatorStatus.Flag.FORECAST_MISSES_TARGET)) {
                more.append(getTranslation(
                                "dashboard.flag.forecast",
                                r.reading().forecast() != null
                                        ? r.reading()
                                                        .forecast()
                                                        .stripTrailingZeros()
                                                        .toPlainString()
                                                + (r.target().unit() == null
                                                        ? ""
                                                        : r.target().unit())
                                        : t.text(r.reading().forecastLevel())))
                        .append(" ");
            }
            if (r.isCarried()) {
                more.append(getTranslation("entry.carried")).append(" ");
            }
            more.append(DeviationText.of(r.deviation(), t));
            details(
                    item,
                    owners.getOrDefault(r.projectId(), List.of()),
                    more.toString().strip());
            root.add(item);
        }
        if (total > SHOWN) {
            root.add(new Paragraph(getTranslation("dashboard.shortfalls.more", total - SHOWN)));
        }
    }

    private static Div item() {
        Div item = new Div();
        item.addClassName("attain-shortfall");
        return item;
    }

    private static Span sentence(String text) {
        Span sentence = new Span(text);
        sentence.addClassName("attain-sentence");
        return sentence;
    }

    private void details(Div item, List<String> owner, String more) {
        String text = (owner.isEmpty()
                        ? ""
                        : getTranslation("dashboard.owner") + ": "
                                + Texts.of(getLocale()).list(owner) + " ")
                + more;
        if (!text.isBlank()) {
            Span details = new Span(text.strip());
            details.addClassName("attain-explanation");
            item.add(details);
        }
    }
}
