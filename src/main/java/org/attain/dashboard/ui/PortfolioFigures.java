package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.math.BigDecimal;
import java.util.Map;
import org.attain.base.ui.Formats;
import org.attain.portfolio.PortfolioQueries;
import org.attain.status.Light;
import org.attain.status.ui.LightBadge;

/** The figures the leadership sees first: budget, execution, lights counted, the projected score (GROUP BY queries). */
class PortfolioFigures extends Composite<FlexLayout> {

    PortfolioFigures(PortfolioQueries.Summary p) {
        FlexLayout figures = getContent();
        figures.addClassName("attain-figures");
        figures.setId("figures");
        BigDecimal rate = p.executionRate();
        BigDecimal t = p.checkpoint().timeProgress();
        String wan = " " + getTranslation("unit.wan");
        figures.add(
                Figure.of(
                        getTranslation("portfolio.figure.budget"),
                        Formats.tenThousandYuan(p.budget(), getLocale()) + wan),
                Figure.of(
                        getTranslation("dashboard.figure.executed"),
                        Formats.tenThousandYuan(p.executed(), getLocale()) + wan),
                Figure.of(
                        getTranslation("dashboard.figure.rate"),
                        Formats.rate(rate) + " / " + Formats.rate(t),
                        rate != null && rate.compareTo(t) < 0 ? "attain-figure-behind" : null),
                lights(getTranslation("dashboard.figure.indicators"), p.indicatorsByLight()),
                lights(getTranslation("dashboard.figure.projects"), p.projectsByLight()));
        BigDecimal mean = p.projectedMean();
        if (mean != null) {
            figures.add(Figure.of(
                    getTranslation("dashboard.figure.projected"),
                    mean.stripTrailingZeros().toPlainString()
                            + (p.projectedGrade() == null ? "" : " · " + getTranslation(p.projectedGrade()))));
        }
    }

    private Div lights(String label, Map<Light, Integer> counts) {
        Div badges = new Div();
        badges.addClassName("attain-figure-lights");
        for (Light l : Light.inWorstFirstOrder()) {
            if (counts.get(l) > 0) {
                LightBadge badge = new LightBadge(l);
                badge.setText(l.symbol() + " " + getTranslation("light." + l.name()) + " " + counts.get(l));
                badges.add(badge);
            }
        }
        Span l = new Span(label);
        l.addClassName("attain-figure-label");
        Div figure = new Div(badges, l);
        figure.addClassName("attain-figure");
        return figure;
    }
}
