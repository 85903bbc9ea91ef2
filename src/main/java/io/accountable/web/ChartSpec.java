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

    public static Map<String, Object> line(List<String> labels, List<Series> series, String axisTitle) {
        Map<String, Object> chart = new LinkedHashMap<>(bar(labels, series, false, axisTitle));
        chart.put("type", "line");
        return chart;
    }
}
