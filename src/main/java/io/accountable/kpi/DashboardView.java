package io.accountable.kpi;

import io.accountable.attribution.AttributionAnswer;
import java.util.List;
import java.util.Map;

/**
 * Everything the dashboard page shows, computed before the template renders (a template
 * never computes a number).
 */
public record DashboardView(
        DashboardFilter filter,
        List<String> notices,
        String currency,
        boolean hasData,
        FilterOptions options,
        List<TileGroup> tileGroups,
        AttributionAnswer attribution,
        List<String> models,
        Map<String, String> modelLabels,
        List<ComparisonRow> comparison,
        Map<String, Double> comparisonTotals,
        Map<String, Object> attributionChart,
        Map<String, Object> comparisonChart,
        Map<String, Object> roiChart,
        List<ChartPanel> panels) {

    /** The values offered by the filter bar, from the data. */
    public record FilterOptions(List<String> periods, List<String> tiers, List<String> segments, List<String> regions,
            List<String> industries) {
    }

    /** One channel's credit under every model. */
    public record ComparisonRow(String channel, Map<String, Double> credits) {
    }

    /** A group of tiles: Revenue, Relationships, Reputation. */
    public record TileGroup(String name, List<Tile> tiles) {
    }

    /** A KPI tile: formatted value, previous value, delta and a drill link. */
    /** A KPI tile; {@code deltaClass} is {@code better}, {@code worse} or {@code flat} by the KPI's polarity. */
    public record Tile(String id, String label, String value, String previous, Double delta, String deltaText,
            String deltaClass, String help, String drillUrl, List<Double> trend) {
    }

    /** A chart with its table: the same numbers twice, for eyes and for screen readers. */
    public record ChartPanel(String id, String title, String description, Map<String, Object> chart,
            List<String> columns, List<List<String>> rows, String drillParam, List<String> drillKeys) {
    }
}
