package org.attain.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.attain.chart.ApexChart;
import org.attain.dashboard.ui.PortfolioCharts;
import org.attain.dashboard.ui.ProjectCharts;
import org.attain.i18n.Texts;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.ProjectStatus;
import org.attain.portfolio.ui.DeviationText;
import org.attain.status.ui.LightBadge;

/**
 * One project on the projector: its name and light, the budget gauge with the budget's sentence, and only what falls
 * short, each with its reasons and corrective action as large as the sentence itself.
 */
class ProjectSlide extends Div {

    ProjectSlide(ProjectStatus p, boolean dark) {
        Texts t = Texts.of(getLocale());
        addClassName("attain-project-slide");
        Div head = new Div(new H1(p.name()), new LightBadge(p.light()));
        head.addClassName("attain-slide-head");
        PortfolioCharts.Labels labels = this::getTranslation;
        ApexChart gauge = ProjectCharts.gauge(p, labels)
                .setChartHeight(540)
                // at reading size from the back of the room, like the sentences beside it
                .setOption("title.style.fontSize", "24px")
                .setOption("legend.fontSize", "20px")
                .setOption("plotOptions.radialBar.dataLabels.name.fontSize", "24px")
                .setOption("plotOptions.radialBar.dataLabels.value.fontSize", "40px")
                .setOption("chart.background", "transparent")
                .setOption("theme.mode", dark ? "dark" : "light");
        gauge.addClassName("attain-meeting-gauge");
        Div budget = new Div(
                new LightBadge(p.budgetStatus().light()),
                new Span(" " + t.render(p.budgetStatus().explanation())));
        budget.addClassName("attain-meeting-budget");
        budget.setId("slide-budget");
        if (p.budgetFallsShort()) {
            budget.addClassName("attain-meeting-budget-short");
            reasons(budget, DeviationText.of(p.budgetDeviation(), t));
        }
        Div shortfalls = new Div();
        shortfalls.setId("slide-shortfalls");
        shortfalls.addClassName("attain-meeting-issues");
        if (p.shortfalls().isEmpty()) {
            shortfalls.add(new Span(
                    getTranslation(p.budgetFallsShort() ? "meeting.onlyBudget" : "dashboard.shortfalls.none")));
        }
        for (IndicatorRow r : p.shortfalls()) {
            Div item = new Div(
                    new LightBadge(r.status().light()),
                    new Span(" " + t.render(r.status().explanation())));
            item.addClassName("attain-meeting-item");
            reasons(item, DeviationText.of(r.deviation(), t));
            shortfalls.add(item);
        }
        setClassName("attain-slide-dense", p.shortfalls().size() > 3);
        Div issues = new Div(new H2(getTranslation("meeting.issues")), shortfalls);
        Div body = new Div(new Div(budget, issues), gauge);
        body.addClassName("attain-meeting-body");
        add(head, body);
    }

    private static void reasons(Div item, String text) {
        if (!text.isEmpty()) {
            Div why = new Div(new Span(text));
            why.addClassName("attain-meeting-why");
            item.add(why);
        }
    }
}
