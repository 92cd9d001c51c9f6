package org.attain.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.Function;
import org.attain.base.ui.Formats;
import org.attain.status.Light;

/** The project name in the grid: a link, or on a phone a card with its light and figures under the name. */
final class ProjectCard {

    private ProjectCard() {}

    static LitRenderer<ProjectLine> name(boolean card) {
        String link = "<a router-link href=\"projects/${item.id}\">${item.name}</a>";
        if (!card) {
            return LitRenderer.<ProjectLine>of(link)
                    .withProperty("id", ProjectLine::projectId)
                    .withProperty("name", ProjectLine::name);
        }
        Function<String, String> t = key -> UI.getCurrent().getTranslation(key);
        return LitRenderer.<ProjectLine>of("<div class=\"attain-card\"><div class=\"attain-card-head\">" + link
                        + " <span class=\"attain-light ${item.cls}\">${item.label}</span></div>"
                        + "<div class=\"attain-explanation\">${item.facts}</div></div>")
                .withProperty("id", ProjectLine::projectId)
                .withProperty("name", ProjectLine::name)
                .withProperty("cls", p -> p.light().cssClass())
                .withProperty("label", p -> label(p.light(), t))
                .withProperty(
                        "facts",
                        p -> t.apply("project.budget.wan") + " "
                                + Formats.tenThousandYuan(
                                        p.budget(), UI.getCurrent().getLocale()) + " · "
                                + t.apply("dashboard.executionRate") + " " + Formats.rate(p.rate()) + " · "
                                + t.apply("dashboard.grid.budgetLight") + " " + label(p.budgetLight(), t) + " · "
                                + t.apply("dashboard.grid.shortfalls") + " " + p.shortfalls() + " · "
                                + t.apply("dashboard.grid.reported") + " " + p.reported() + " / " + p.indicators());
    }

    static String label(Light l, Function<String, String> t) {
        return l.symbol() + " " + t.apply("light." + l.name());
    }
}
