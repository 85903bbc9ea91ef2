package io.accountable.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js configuration built as plain maps and lists, for Jackson to write. Colours come
 * from a palette that keeps 3:1 contrast against white; each chart also has a table.
 */
public final class ChartSpec {

    public static final List<String> PALETTE = List.of("#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c",
            "#0e7490", "#4d7c0f", "#a21caf", "#c2410c", "#334155");

    private ChartSpec() {
    }

    public record Series(String label, List<? extends Number> values) {
    }

    public static Map<String, Object> bar(List<String> labels, List<Series> series, boolean horizontal,
            String axisTitle) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("label", series.get(i).label());
            d.put("data", series.get(i).values());
            d.put("backgroundColor", PALETTE.get(i % PALETTE.size()));
            datasets.add(d);
        }
        Map<String, Object> scaleTitle = Map.of("display", axisTitle != null, "text", axisTitle == null ? "" : axisTitle);
        Map<String, Object> valueAxis = new LinkedHashMap<>();
        valueAxis.put("beginAtZero", true);
        valueAxis.put("title", scaleTitle);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        options.put("indexAxis", horizontal ? "y" : "x");
        options.put("plugins", Map.of("legend", Map.of("display", series.size() > 1, "position", "bottom")));
        options.put("scales", Map.of(horizontal ? "x" : "y", valueAxis));
        return Map.of("type", "bar", "data", Map.of("labels", labels, "datasets", datasets), "options", options);
    }

    /**
     * Credits with their intervals as error bars, one row per key (horizontal): the interval a
     * thin floating bar from low to high, the credit a marker on it.
     */
    public static Map<String, Object> intervals(List<String> labels, List<Double> credit, List<Double> low,
            List<Double> high, String axisTitle) {
        List<List<Double>> ranges = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            ranges.add(low.get(i) == null || high.get(i) == null ? null : List.of(low.get(i), high.get(i)));
        }
        Map<String, Object> interval = new LinkedHashMap<>();
        interval.put("label", "90 % interval");
        interval.put("data", ranges);
        interval.put("backgroundColor", "#93c5fd");
        interval.put("borderColor", PALETTE.get(0));
        interval.put("borderWidth", 1);
        interval.put("barPercentage", 0.35);
        interval.put("grouped", false);
        interval.put("order", 2);
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("type", "line");
        point.put("label", "Credit");
        point.put("data", credit);
        point.put("showLine", false);
        point.put("pointStyle", "rectRot");
        point.put("pointRadius", 6);
        point.put("backgroundColor", PALETTE.get(1));
        point.put("borderColor", PALETTE.get(1));
        point.put("order", 1);
        Map<String, Object> valueAxis = new LinkedHashMap<>();
        valueAxis.put("beginAtZero", true);
        valueAxis.put("title", Map.of("display", axisTitle != null, "text", axisTitle == null ? "" : axisTitle));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        options.put("indexAxis", "y");
        options.put("plugins", Map.of("legend", Map.of("display", true, "position", "bottom")));
        options.put("scales", Map.of("x", valueAxis));
        return Map.of("type", "bar", "data", Map.of("labels", labels, "datasets", List.of(interval, point)),
                "options", options);
    }

    public static Map<String, Object> line(List<String> labels, List<Series> series, String axisTitle) {
        Map<String, Object> chart = new LinkedHashMap<>(bar(labels, series, false, axisTitle));
        chart.put("type", "line");
        return chart;
    }
}
