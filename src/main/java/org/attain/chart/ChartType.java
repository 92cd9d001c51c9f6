package org.attain.chart;

/** The ApexCharts chart types Attain draws. */
public enum ChartType {
    BAR("bar"),
    LINE("line"),
    AREA("area"),
    HEATMAP("heatmap"),
    RADIAL_BAR("radialBar"),
    PIE("pie"),
    DONUT("donut");

    private final String apexName;

    ChartType(String apexName) {
        this.apexName = apexName;
    }

    String apexName() {
        return apexName;
    }
}
