package org.attain.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attain.base.Json;

/**
 * A thin, typed Vaadin component over ApexCharts 4.7.0 (MIT). The server sends options as JSON;
 * {@link #setSeries} updates the data of a chart already drawn without re-creating it.
 */
@Tag("attain-apexchart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./attain-apexchart.js")
public class ApexChart extends Component implements HasSize {

    private final ChartType type;
    private List<Series> series = List.of();
    private List<String> categories = List.of();
    private List<String> colors = List.of();
    private final List<Map<String, Object>> yAnnotations = new ArrayList<>();
    private final List<Map<String, Object>> xAnnotations = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private String title;
    private String exportName;
    private boolean horizontal;
    private boolean stacked;
    private String valueSuffix = "";
    private Map<String, String> valueLabels = Map.of();
    private int heightPx = 320;

    public ApexChart(ChartType type) {
        this.type = type;
        setWidthFull();
    }

    public ApexChart setSeries(List<Series> series) {
        this.series = List.copyOf(series);
        getElement().setProperty("series", Json.write(seriesJson()));
        return this;
    }

    public ApexChart setCategories(List<String> categories) {
        this.categories = List.copyOf(categories);
        return render();
    }

    public ApexChart setColors(List<String> colors) {
        this.colors = List.copyOf(colors);
        return render();
    }

    public ApexChart setTitle(String title) {
        this.title = title;
        return render();
    }

    /** The name of the PNG, SVG or CSV file the chart's menu saves (without extension); the title by default. */
    public ApexChart setExportName(String name) {
        this.exportName = name;
        return render();
    }

    public ApexChart setHorizontal(boolean horizontal) {
        this.horizontal = horizontal;
        return render();
    }

    public ApexChart setStacked(boolean stacked) {
        this.stacked = stacked;
        return render();
    }

    public ApexChart setValueSuffix(String suffix) {
        this.valueSuffix = suffix;
        return render();
    }

    /** Shows a word or symbol instead of a number, e.g. "● 红" for the code of a red light in a heat map. */
    public ApexChart setValueLabels(Map<String, String> labels) {
        this.valueLabels = Map.copyOf(labels);
        return render();
    }

    public ApexChart setChartHeight(int px) {
        this.heightPx = px;
        return render();
    }

    /** A horizontal line across the value axis, e.g. the target or the time progress. */
    public ApexChart addValueLine(double value, String label, String color) {
        yAnnotations.add(annotation("y", value, label, color));
        return render();
    }

    /** Escape hatch for an ApexCharts option not modelled here (a dotted path such as "plotOptions.radialBar"). */
    public ApexChart setOption(String key, Object value) {
        extra.put(key, value);
        return render();
    }

    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    public List<Series> getSeries() {
        return series;
    }

    private ApexChart render() {
        getElement().setProperty("options", Json.write(options()));
        getElement().setProperty("series", Json.write(seriesJson()));
        return this;
    }

    private List<Object> seriesJson() {
        if (type == ChartType.RADIAL_BAR || type == ChartType.PIE || type == ChartType.DONUT) {
            return series.isEmpty()
                    ? List.of()
                    : new ArrayList<>(series.getFirst().values());
        }
        return series.stream().<Object>map(Series::toJson).toList();
    }

    private Map<String, Object> options() {
        Map<String, Object> o = new LinkedHashMap<>();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", type.apexName());
        chart.put("height", heightPx);
        chart.put("stacked", stacked);
        chart.put("animations", Map.of("enabled", false));
        chart.put("toolbar", toolbar());
        chart.put(
                "locales",
                List.of(Map.of(
                        "name",
                        "attain",
                        "options",
                        Map.of(
                                "toolbar",
                                Map.of(
                                        "exportToSVG",
                                        getTranslation("export.chart.svg"),
                                        "exportToPNG",
                                        getTranslation("export.chart.png"),
                                        "exportToCSV",
                                        getTranslation("export.chart.csv"),
                                        "menu",
                                        getTranslation("export.chart.menu"))))));
        chart.put("defaultLocale", "attain");
        chart.put("fontFamily", "inherit");
        o.put("chart", chart);
        if (title != null) {
            o.put("title", Map.of("text", title));
        }
        if (!categories.isEmpty()) {
            if (type == ChartType.RADIAL_BAR || type == ChartType.PIE || type == ChartType.DONUT) {
                o.put("labels", categories);
            } else {
                o.put("xaxis", Map.of("categories", categories));
            }
        }
        if (!colors.isEmpty()) {
            o.put("colors", colors);
        }
        o.put("plotOptions", Map.of("bar", Map.of("horizontal", horizontal, "borderRadius", 2)));
        o.put("dataLabels", Map.of("enabled", type == ChartType.HEATMAP));
        o.put("legend", Map.of("position", "top"));
        o.put("valueSuffix", valueSuffix);
        if (!valueLabels.isEmpty()) {
            o.put("valueLabels", valueLabels);
        }
        Map<String, Object> annotations = new LinkedHashMap<>();
        if (horizontal) {
            // on horizontal bars the value axis is x: value lines become x annotations
            List<Map<String, Object>> valueLines = yAnnotations.stream()
                    .map(a -> {
                        Map<String, Object> copy = new LinkedHashMap<>(a);
                        copy.put("x", copy.remove("y"));
                        return copy;
                    })
                    .toList();
            annotations.put("xaxis", valueLines);
            annotations.put(
                    "yaxis",
                    xAnnotations.stream()
                            .map(a -> {
                                Map<String, Object> copy = new LinkedHashMap<>(a);
                                copy.put("y", copy.remove("x"));
                                return copy;
                            })
                            .toList());
        } else {
            annotations.put("yaxis", yAnnotations);
            annotations.put("xaxis", xAnnotations);
        }
        o.put("annotations", annotations);
        extra.forEach((path, value) -> Json.putPath(o, path, value));
        return o;
    }

    /** Only the download menu: every chart can leave the application as PNG, SVG or CSV under a readable name. */
    private Map<String, Object> toolbar() {
        String name = exportName != null ? exportName : title != null ? title : getTranslation("export.chart.name");
        Map<String, Object> file = Map.of(
                "filename", name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip());
        return Map.of(
                "show",
                true,
                "tools",
                Map.of(
                        "download",
                        true,
                        "selection",
                        false,
                        "zoom",
                        false,
                        "zoomin",
                        false,
                        "zoomout",
                        false,
                        "pan",
                        false,
                        "reset",
                        false),
                "export",
                Map.of("png", file, "svg", file, "csv", file));
    }

    private static Map<String, Object> annotation(String axis, Object value, String label, String color) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put(axis, value);
        a.put("borderColor", color);
        a.put("strokeDashArray", 6);
        a.put(
                "label",
                Map.of("text", label, "borderColor", color, "style", Map.of("color", "#fff", "background", color)));
        return a;
    }

    /** A click on a bar, a heat-map cell or a point: which series and which category. */
    @DomEvent("attain-point-click")
    public static class PointClickEvent extends ComponentEvent<ApexChart> {
        private final int seriesIndex;
        private final int dataPointIndex;

        public PointClickEvent(
                ApexChart source,
                boolean fromClient,
                @EventData("event.detail.seriesIndex") int seriesIndex,
                @EventData("event.detail.dataPointIndex") int dataPointIndex) {
            super(source, fromClient);
            this.seriesIndex = seriesIndex;
            this.dataPointIndex = dataPointIndex;
        }

        public int getSeriesIndex() {
            return seriesIndex;
        }

        public int getDataPointIndex() {
            return dataPointIndex;
        }
    }
}
