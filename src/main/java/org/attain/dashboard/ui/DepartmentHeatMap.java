package org.attain.dashboard.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.attain.chart.ApexChart;
import org.attain.chart.ChartType;
import org.attain.chart.Series;
import org.attain.portfolio.PortfolioHeat;
import org.attain.status.Light;

/**
 * The heat map at scale: departments × indicator groups (and the budget), each cell the share of its indicators (or
 * budgets) that fall short. The departments with the largest share come first; clicking a row shows that department,
 * whose heat map then shows its projects.
 */
final class DepartmentHeatMap {

    static final int SHOWN = 25;

    private DepartmentHeatMap() {}

    /** Departments by name, each with [shortfalls, total] per group and the budget last; the worst first. */
    static List<Map.Entry<String, int[][]>> rows(List<PortfolioHeat.Cell> cells) {
        List<String> groups = new ArrayList<>(PortfolioCharts.GROUPS.keySet());
        Map<String, int[][]> rows = new LinkedHashMap<>();
        for (PortfolioHeat.Cell c : cells) {
            int column = c.subcategory() == null ? groups.size() : group(groups, c.subcategory());
            if (column >= 0) {
                int[] cell = rows.computeIfAbsent(c.department(), d -> new int[groups.size() + 1][2])[column];
                cell[0] += c.shortfalls();
                cell[1] += c.total();
            }
        }
        return rows.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, int[][]> e) -> -share(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }

    static ApexChart chart(List<PortfolioHeat.Cell> cells, PortfolioCharts.Labels t, Consumer<String> open) {
        List<Map.Entry<String, int[][]>> all = rows(cells);
        List<Map.Entry<String, int[][]>> shown = all.subList(0, Math.min(SHOWN, all.size()));
        List<String> columns = new ArrayList<>(
                PortfolioCharts.GROUPS.keySet().stream().map(t::group).toList());
        columns.add(t.get("dashboard.heat.budget"));
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, int[][]> row : shown.reversed()) { // ApexCharts draws the first series at the bottom
            List<Integer> values = new ArrayList<>();
            for (int[] cell : row.getValue()) {
                values.add(cell[1] == 0 ? -1 : Math.round(100f * cell[0] / cell[1]));
            }
            series.add(Series.ofPoints(row.getKey(), columns, values));
        }
        List<Map<String, Object>> ranges = List.of(
                range(-1.5, -0.5, "#f1f3f5", t.get("dashboard.heat.none")),
                range(-0.5, 0.5, LightColors.of(Light.GREEN), "0%"),
                range(0.5, 10.5, "#f7d774", "1–10%"),
                range(10.5, 25.5, "#f0a04b", "11–25%"),
                range(25.5, 100.5, LightColors.of(Light.RED), "> 25%"));
        ApexChart chart = new ApexChart(ChartType.HEATMAP)
                .setTitle(t.get("dashboard.chart.heat.departments"))
                // one line of the card's width each: a single title this long ran over the next card
                .setOption("subtitle.text", t.get("dashboard.chart.heat.departments.shown", shown.size(), all.size()))
                .setOption("plotOptions.heatmap.colorScale.ranges", ranges)
                .setOption("plotOptions.heatmap.enableShades", false)
                .setValueLabels(Map.of("-1", ""))
                .setValueSuffix("%");
        chart.setChartHeight(Math.max(240, 30 * shown.size() + 90));
        chart.setSeries(series);
        String[] names = shown.stream().map(Map.Entry::getKey).toArray(String[]::new); // not the cells
        chart.addPointClickListener(e -> {
            if (e.getSeriesIndex() >= 0) {
                open.accept(names[names.length - 1 - e.getSeriesIndex()]);
            }
        });
        chart.setId("heat-chart");
        return chart;
    }

    private static int group(List<String> groups, String subcategory) {
        for (int i = 0; i < groups.size(); i++) {
            if (PortfolioCharts.GROUPS.get(groups.get(i)).contains(subcategory)) {
                return i;
            }
        }
        return -1;
    }

    private static double share(int[][] row) {
        int shortfalls = 0;
        int total = 0;
        for (int[] cell : row) {
            shortfalls += cell[0];
            total += cell[1];
        }
        return total == 0 ? 0 : (double) shortfalls / total;
    }

    /** A colour range of a heat map: values from {@code from} to {@code to} take the colour and the legend name. */
    static Map<String, Object> range(double from, double to, String color, String name) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("from", from);
        r.put("to", to);
        r.put("color", color);
        r.put("name", name);
        return r;
    }
}
