package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.attain.monitoring.IndicatorRow;
import org.attain.status.IndicatorStatus;
import org.attain.status.ui.LightBadge;

/** Every indicator that falls short, with the sentence that explains it, its reasons and corrective action. */
class ShortfallList extends Composite<Div> {

    static final int SHOWN = 60;

    ShortfallList(List<IndicatorRow> shortfalls, String checkpointIso, java.util.Map<Long, List<String>> owners) {
        boolean en = "en".equals(getLocale().getLanguage());
        Div root = getContent();
        root.setId("shortfalls");
        root.addClassName("attain-shortfalls");
        if (shortfalls.isEmpty()) {
            root.add(new Paragraph(getTranslation("dashboard.shortfalls.none")));
            return;
        }
        for (IndicatorRow r : shortfalls.subList(0, Math.min(SHOWN, shortfalls.size()))) {
            Div item = new Div();
            item.addClassName("attain-shortfall");
            RouterLink link = new RouterLink(r.projectName() + " · " + r.name(), IndicatorView.class,
                    new RouteParameters(java.util.Map.of("projectId", String.valueOf(r.projectId()), "indicatorId",
                            String.valueOf(r.indicatorId()))));
            link.setQueryParameters(ProjectStatusGrid.at(org.attain.status.Checkpoint.parse(checkpointIso)));
            Span sentence = new Span(r.status().explanation(en));
            sentence.addClassName("attain-sentence");
            item.add(new LightBadge(r.status().light()), link, sentence);
            StringBuilder more = new StringBuilder();
            List<String> owner = owners.getOrDefault(r.projectId(), List.of());
            if (!owner.isEmpty()) {
                more.append(getTranslation("dashboard.owner")).append(": ").append(String.join("、", owner)).append(" ");
            }
            if (r.status().flags().contains(IndicatorStatus.Flag.FORECAST_MISSES_TARGET)) {
                more.append(getTranslation("dashboard.flag.forecast",
                        r.reading().forecast() != null ? r.reading().forecast().stripTrailingZeros().toPlainString()
                                + (r.target().unit() == null ? "" : r.target().unit())
                                : r.reading().forecastLevel() == null ? "" : r.reading().forecastLevel().label(en))).append(" ");
            }
            if (r.likelihood() != null) {
                more.append(getTranslation("entry.likelihood")).append(": ").append(r.likelihood().label(en)).append(" ");
            }
            if (!r.reasonSummary(en).isEmpty()) {
                more.append(getTranslation("entry.reasons")).append(": ").append(r.reasonSummary(en)).append(" ");
            }
            if (r.correctiveAction() != null && !r.correctiveAction().isBlank()) {
                more.append(getTranslation("entry.correctiveAction")).append(": ").append(r.correctiveAction());
            }
            if (!more.isEmpty()) {
                Span details = new Span(more.toString().strip());
                details.addClassName("attain-explanation");
                item.add(details);
            }
            root.add(item);
        }
        if (shortfalls.size() > SHOWN) {
            root.add(new Paragraph(getTranslation("dashboard.shortfalls.more", shortfalls.size() - SHOWN)));
        }
    }
}
