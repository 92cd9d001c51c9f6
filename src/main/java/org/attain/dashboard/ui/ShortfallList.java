package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attain.monitoring.Deviation;
import org.attain.monitoring.IndicatorRow;
import org.attain.monitoring.ProjectStatus;
import org.attain.status.Checkpoint;
import org.attain.status.IndicatorStatus;
import org.attain.status.ui.LightBadge;

/**
 * Everything that falls short: first every project whose budget execution lags (双监控), then every indicator, each
 * with the sentence that explains it, the owner, reasons and corrective action.
 */
public class ShortfallList extends Composite<Div> {

    static final int SHOWN = 60;

    ShortfallList(List<ProjectStatus> budgets, List<IndicatorRow> shortfalls, Checkpoint at, Map<Long, List<String>> owners) {
        boolean en = "en".equals(getLocale().getLanguage());
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
            RouterLink link = new RouterLink(p.name() + " · " + getTranslation("entry.budget"), ProjectView.class,
                    p.projectId());
            link.setQueryParameters(ProjectStatusGrid.at(at));
            item.add(new LightBadge(p.budgetStatus().light()), link, sentence(p.budgetStatus().explanation(en)));
            details(item, owners.getOrDefault(p.projectId(), List.of()), deviation(p.budgetDeviation(), en, this::getTranslation));
            root.add(item);
        }
        for (IndicatorRow r : shortfalls) {
            if (shown++ >= SHOWN) {
                break;
            }
            Div item = item();
            RouterLink link = new RouterLink(r.projectName() + " · " + r.name(), IndicatorView.class,
                    new RouteParameters(Map.of("projectId", String.valueOf(r.projectId()), "indicatorId",
                            String.valueOf(r.indicatorId()))));
            link.setQueryParameters(ProjectStatusGrid.at(at));
            item.add(new LightBadge(r.status().light()), link, sentence(r.status().explanation(en)));
            StringBuilder more = new StringBuilder();
            if (r.status().flags().contains(IndicatorStatus.Flag.FORECAST_MISSES_TARGET)) {
                more.append(getTranslation("dashboard.flag.forecast",
                        r.reading().forecast() != null ? r.reading().forecast().stripTrailingZeros().toPlainString()
                                + (r.target().unit() == null ? "" : r.target().unit())
                                : r.reading().forecastLevel() == null ? "" : r.reading().forecastLevel().label(en))).append(" ");
            }
            if (r.isCarried()) {
                more.append(getTranslation("entry.carried")).append(" ");
            }
            more.append(deviation(new Deviation(r.reasons(), r.reasonText(), r.likelihood(), r.correctiveAction()), en,
                    this::getTranslation));
            details(item, owners.getOrDefault(r.projectId(), List.of()), more.toString().strip());
            root.add(item);
        }
        int total = budgets.size() + shortfalls.size();
        if (total > SHOWN) {
            root.add(new Paragraph(getTranslation("dashboard.shortfalls.more", total - SHOWN)));
        }
    }

    /** Likelihood, reasons and corrective action in one line, in the reader's language. */
    public static String deviation(Deviation d, boolean en, Function<String, String> t) {
        StringBuilder more = new StringBuilder();
        if (d.likelihood() != null) {
            more.append(t.apply("entry.likelihood")).append(": ").append(d.likelihood().label(en)).append(" ");
        }
        if (!d.reasonSummary(en).isEmpty()) {
            more.append(t.apply("entry.reasons")).append(": ").append(d.reasonSummary(en)).append(" ");
        }
        if (d.correctiveAction() != null && !d.correctiveAction().isBlank()) {
            more.append(t.apply("entry.correctiveAction")).append(": ").append(d.correctiveAction());
        }
        return more.toString().strip();
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
        String text = (owner.isEmpty() ? "" : getTranslation("dashboard.owner") + ": " + String.join("、", owner) + " ") + more;
        if (!text.isBlank()) {
            Span details = new Span(text.strip());
            details.addClassName("attain-explanation");
            item.add(details);
        }
    }
}
