package org.attain.dashboard.ui;

import java.util.List;
import java.util.Map;
import org.attain.base.ui.Routes;
import org.attain.i18n.Texts;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.PortfolioShortfalls.Shortfall;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.ui.DeviationText;
import org.attain.status.Checkpoint;
import org.attain.status.IndicatorStatus;
import org.attain.status.Light;

/**
 * One line of the shortfall list as plain texts, rendered in the browser: the light, the link (project, and the
 * indicator or the budget), the sentence that explains it, and the owner, forecast and reasons.
 */
record ShortfallLine(Light light, String title, String href, String sentence, String details, boolean budget) {

    static ShortfallLine of(Shortfall s, Checkpoint at, Map<Long, List<String>> owners, Texts t) {
        ProjectStatus p = s.project();
        List<String> owner = owners.getOrDefault(p.projectId(), List.of());
        IndicatorRow r = s.indicator();
        if (r == null) {
            return new ShortfallLine(
                    p.budgetStatus().light(),
                    p.name() + " · " + t.get("entry.budget"),
                    Routes.project(p.projectId(), at),
                    t.render(p.budgetStatus().explanation()),
                    details(owner, DeviationText.of(p.budgetDeviation(), t), t),
                    true);
        }
        StringBuilder more = new StringBuilder();
        if (r.status().flags().contains(IndicatorStatus.Flag.FORECAST_MISSES_TARGET)) {
            String forecast = r.reading().forecast() != null
                    ? r.reading().forecast().stripTrailingZeros().toPlainString()
                            + (r.target().unit() == null ? "" : r.target().unit())
                    : t.text(r.reading().forecastLevel());
            more.append(t.get("dashboard.flag.forecast", forecast)).append(" ");
        }
        if (r.isCarried()) {
            more.append(t.get("entry.carried")).append(" ");
        }
        more.append(DeviationText.of(r.deviation(), t));
        return new ShortfallLine(
                r.status().light(),
                r.projectName() + " · " + r.name(),
                Routes.indicator(r.projectId(), r.indicatorId(), at),
                t.render(r.status().explanation()),
                details(owner, more.toString().strip(), t),
                false);
    }

    private static String details(List<String> owner, String more, Texts t) {
        String owned = owner.isEmpty() ? "" : t.get("dashboard.owner") + ": " + t.list(owner) + " ";
        return (owned + more).strip();
    }
}
