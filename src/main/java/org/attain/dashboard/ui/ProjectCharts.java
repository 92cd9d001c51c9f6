package org.attain.dashboard.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.attain.base.ui.Formats;
import org.attain.chart.ApexChart;
import org.attain.chart.ChartType;
import org.attain.chart.Series;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.ProjectStatus;
import org.attain.status.Checkpoint;
import org.attain.status.StatusEngine;
import org.attain.targets.Direction;

/** The project page's charts: the budget gauge and the bullet chart of quantitative indicators. */
public final class ProjectCharts {

    private ProjectCharts() {}

    /** Execution rate against time progress, as a radial gauge. */
    public static ApexChart gauge(ProjectStatus p, PortfolioCharts.Labels t) {
        BigDecimal rate = p.budgetStatus().rate() == null
                ? BigDecimal.ZERO
                : p.budgetStatus().rate();
        ApexChart chart = new ApexChart(ChartType.RADIAL_BAR)
                .setTitle(t.get(
                        "project.chart.gauge",
                        Formats.rate(rate),
                        PortfolioCharts.percent(p.checkpoint().timeProgress())
                                        .stripTrailingZeros()
                                        .toPlainString() + "%"))
                .setCategories(List.of(t.get("dashboard.executionRate"), t.get("dashboard.timeProgress")))
                .setColors(List.of(LightColors.of(p.budgetStatus().light()), "#8a94a6"))
                .setOption("plotOptions.radialBar.dataLabels.total.show", false)
                .setOption("legend.show", true)
                .setValueSuffix("%");
        chart.setChartHeight(300);
        chart.setSeries(List.of(Series.of(
                "",
                List.of(
                        PortfolioCharts.percent(rate),
                        PortfolioCharts.percent(p.checkpoint().timeProgress())))));
        chart.setId("budget-gauge");
        return chart;
    }

    /** Actual and expected-by-now as a share of the target (100 %) for every quantitative higher-is-better indicator. */
    static ApexChart bullets(List<IndicatorRow> rows, Checkpoint at, PortfolioCharts.Labels t) {
        List<IndicatorRow> quantitative = rows.stream()
                .filter(r -> !r.target().isQualitative()
                        && r.target().direction() != Direction.LOWER_IS_BETTER
                        && r.target().value() != null
                        && r.target().value().signum() > 0)
                .toList();
        ApexChart chart = new ApexChart(ChartType.BAR)
                .setTitle(t.get("project.chart.bullets"))
                .setHorizontal(true)
                .setValueSuffix("%")
                .setCategories(quantitative.stream()
                        .map(r -> PortfolioCharts.shortName(r.name()))
                        .toList())
                .setColors(List.of("#1676f3", "#c4cdd8"))
                .addValueLine(100, t.get("project.chart.target"), "#333");
        chart.setChartHeight(Math.max(220, 46 * quantitative.size() + 90));
        chart.setSeries(List.of(
                Series.of(
                        t.get("dashboard.tree.actual", at),
                        quantitative.stream()
                                .map(r -> r.reading().actual() == null
                                        ? null
                                        : share(r.reading().actual(), r.target().value()))
                                .toList()),
                Series.of(
                        t.get("dashboard.tree.expected"),
                        quantitative.stream()
                                .map(r -> r.status().expected() == null
                                        ? share(
                                                StatusEngine.expectedByNow(r.target(), r.profile(), at),
                                                r.target().value())
                                        : share(
                                                r.status().expected(),
                                                r.target().value()))
                                .toList())));
        chart.setId("bullet-chart");
        return chart;
    }

    private static BigDecimal share(BigDecimal value, BigDecimal target) {
        return value.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
    }
}
