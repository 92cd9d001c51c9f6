package org.attain.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One data series. For a heat map each value may carry its own category label via {@link #ofPoints}.
 * Values may be null (a gap, e.g. "not reported").
 */
public record Series(String name, List<Number> values, List<String> pointLabels, String type) {

    public Series {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        pointLabels = List.copyOf(pointLabels);
    }

    public static Series of(String name, List<? extends Number> values) {
        return new Series(name, new ArrayList<>(values), List.of(), null);
    }

    /** A series whose points are labelled individually (heat-map rows: x = label, y = value). */
    public static Series ofPoints(String name, List<String> labels, List<? extends Number> values) {
        return new Series(name, new ArrayList<>(values), labels, null);
    }

    /** The same series drawn as another type in a mixed chart (e.g. a line over bars). */
    public Series as(ChartType chartType) {
        return new Series(name, values, pointLabels, chartType.apexName());
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        if (type != null) {
            json.put("type", type);
        }
        if (pointLabels.isEmpty()) {
            json.put("data", values);
        } else {
            List<Object> points = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("x", pointLabels.get(i));
                p.put("y", values.get(i));
                points.add(p);
            }
            json.put("data", points);
        }
        return json;
    }
}
