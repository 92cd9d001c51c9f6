package org.attain.dashboard.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.attain.chart.ApexChart;
import org.attain.chart.ChartType;
import org.attain.chart.Series;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.ProjectStatus;
import org.attain.status.Light;

/** The three portfolio charts; clicking a bar or a cell opens that project. Data is aggregated before it is sent. */
public final class PortfolioCharts {

    /** Subcategory groups of the heat map, with the 二级指标 each one covers. */
    static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("数量", List.of("数量指标"));
        GROUPS.put("质量", List.of("质量指标"));
        GROUPS.put("时效", List.of("时效指标"));
        GROUPS.put("成本", List.of("成本指标"));
        GROUPS.put("效益", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"));
        GROUPS.put("满意度", List.of("服务对象满意度指标"));
    }

    /** Heat-map codes: 0 none, then from best to worst so that the worst light wins a max(). */
    static final Map<Light, Integer> CODE = codes();

    private static Map<Light, Integer> codes() {
        Map<Light, Integer> codes = new EnumMap<>(Light.class);
        List<Light> worstFirst = Light.inWorstFirstOrder();
        for (int i = 0; i < worstFirst.size(); i++) {
            codes.put(worstFirst.get(i), worstFirst.size() - i);
        }
        return codes;
    }

    private PortfolioCharts() {}

    static ApexChart execution(List<ProjectStatus> projects, BigDecimal timeProgress, Labels t, LongConsumer open) {
        ApexChart chart = new ApexChart(ChartType.BAR)
                .setTitle(t.get("dashboard.chart.execution"))
                .setValueSuffix("%")
                .setCategories(projects.stream().map(p -> shortName(p.name())).toList())
                .setColors(projects.stream()
                        .map(p -> LightColors.of(p.budgetStatus().light()))
                        .toList())
                .setOption("plotOptions.bar.distributed", true)
                .setOption("legend.show", false)
                .setOption("yaxis.max", 100)
                .setOption("yaxis.min", 0)
                .setOption("grid.padding.left", 48) // room for the first rotated project name
                .addValueLine(
                        percent(timeProgress).doubleValue(),
                        t.get("dashboard.timeProgress") + " "
                                + percent(timeProgress).stripTrailingZeros().toPlainString() + "%",
                        "#444");
        chart.setSeries(List.of(Series.of(
                t.get("dashboard.executionRate"),
                projects.stream()
                        .map(p -> p.budgetStatus().rate() == null
                                ? null
                                : percent(p.budgetStatus().rate()))
                        .toList())));
        long[] ids = projects.stream()
                .mapToLong(ProjectStatus::projectId)
                .toArray(); // not the projects: a listener lives as long as the screen
        chart.addPointClickListener(e -> open.accept(ids[e.getDataPointIndex()]));
        chart.setId("execution-chart");
        return chart;
    }

    static ApexChart lights(List<ProjectStatus> projects, Labels t, LongConsumer open) {
        List<Light> order = Light.inWorstFirstOrder();
        List<Series> series = new ArrayList<>();
        for (Light l : order) {
            series.add(Series.of(
                    l.symbol() + " " + t.get("light." + l.name()),
                    projects.stream().map(p -> p.countByLight().get(l)).toList()));
        }
        ApexChart chart = new ApexChart(ChartType.BAR)
                .setTitle(t.get("dashboard.chart.lights"))
                .setStacked(true)
                .setHorizontal(true)
                .setCategories(projects.stream().map(p -> shortName(p.name())).toList())
                .setColors(order.stream().map(LightColors::of).toList());
        chart.setChartHeight(Math.max(260, 34 * projects.size() + 90));
        chart.setSeries(series);
        long[] ids = projects.stream()
                .mapToLong(ProjectStatus::projectId)
                .toArray(); // not the projects: a listener lives as long as the screen
        chart.addPointClickListener(e -> open.accept(ids[e.getDataPointIndex()]));
        chart.setId("lights-chart");
        return chart;
    }

    static ApexChart heatMap(List<ProjectStatus> projects, Labels t, LongConsumer open) {
        List<String> groups = new ArrayList<>(GROUPS.keySet());
        List<String> columns = new ArrayList<>(groups.stream().map(t::group).toList());
        columns.add(t.get("dashboard.heat.budget"));
        List<Series> rows = new ArrayList<>();
        for (ProjectStatus p : projects) {
            List<Integer> codes = new ArrayList<>();
            for (String g : groups) {
                int worst = 0;
                for (IndicatorRow r : p.indicators()) {
                    if (GROUPS.get(g).contains(r.subcategory())) {
                        worst = Math.max(worst, CODE.get(r.status().light()));
                    }
                }
                codes.add(worst);
            }
            codes.add(CODE.get(p.budgetStatus().light())); // 双监控: budget execution beside the indicators
            rows.add(Series.ofPoints(shortName(p.name()), columns, codes));
        }
        List<Map<String, Object>> ranges = new ArrayList<>();
        ranges.add(range(0, "#f1f3f5", t.get("dashboard.heat.none")));
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("0", "");
        for (Light l : Light.inWorstFirstOrder().reversed()) {
            ranges.add(range(CODE.get(l), LightColors.of(l), l.symbol() + " " + t.get("light." + l.name())));
            labels.put(String.valueOf(CODE.get(l)), l.symbol());
        }
        ApexChart chart = new ApexChart(ChartType.HEATMAP)
                .setTitle(t.get("dashboard.chart.heat"))
                .setOption("plotOptions.heatmap.colorScale.ranges", ranges)
                .setOption("plotOptions.heatmap.enableShades", false)
                .setOption("dataLabels.style.fontSize", "16px")
                .setValueLabels(labels);
        chart.setChartHeight(Math.max(240, 38 * projects.size() + 90));
        chart.setSeries(rows.reversed()); // ApexCharts draws the first series at the bottom
        long[] ids = projects.stream().mapToLong(ProjectStatus::projectId).toArray();
        chart.addPointClickListener(e -> {
            if (e.getSeriesIndex() >= 0) {
                open.accept(ids[ids.length - 1 - e.getSeriesIndex()]);
            }
        });
        chart.setId("heat-chart");
        return chart;
    }

    private static Map<String, Object> range(int code, String color, String name) {
        return DepartmentHeatMap.range(code - 0.5, code + 0.5, color, name);
    }

    static BigDecimal percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    }

    /** A name short enough for an axis label: layout only (charts show names as text, see ChartTextTest). */
    static String shortName(String name) {
        String s = name.replaceFirst("^鄂州市", "").replace("专项资金", "");
        return s.length() > 14 ? s.substring(0, 14) + "…" : s;
    }

    /** Translations for charts built outside a component. */
    public interface Labels {
        String get(String key, Object... params);

        default String group(String chinese) {
            return get("dashboard.group." + chinese);
        }
    }
}
