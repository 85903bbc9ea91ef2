package io.accountable.kpi;

import io.accountable.filter.DashboardFilter;

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
        List<ChartPanel> panels,
        io.accountable.i18n.Language language) {

    /** The channels of the attribution chart, in its order: what a click on a bar opens (the labels are translated). */
    public List<String> attributionKeys() {
        return attribution.rows().stream().map(AttributionAnswer.Row::key).toList();
    }

    /** The channels of the comparison chart, in its order. */
    public List<String> comparisonKeys() {
        return comparison.stream().map(ComparisonRow::channel).toList();
    }

    /** The selected model's name in the page's language. */
    public String modelLabel() {
        return modelLabels.getOrDefault(filter.model().id(), filter.model().label());
    }

    /** "revenue" or "pipeline", as a word inside a sentence. */
    public String viewName() {
        return io.accountable.i18n.Texts.message(language, "view_name_" + filter.view().id());
    }

    /** "Revenue (won)" or "Pipeline (created)". */
    public String viewLabel() {
        return io.accountable.i18n.Texts.message(language, "view_" + filter.view().id());
    }

    /** The lookback in days, or "all". */
    public String lookbackLabel() {
        return filter.lookbackDays() == null ? io.accountable.i18n.Texts.msg(language).all()
                : String.valueOf(filter.lookbackDays());
    }

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
            String deltaClass, String help, String drillUrl, List<Double> trend, String drillText) {
        /** Whether the comparison period has a value to show ("vs —" says nothing). */
        public boolean hasPrevious() {
            return previous != null && !io.accountable.web.Numbers.BLANK.equals(previous);
        }
    }

    /** A chart with its table: the same numbers twice, for eyes and for screen readers. */
    public record ChartPanel(String id, String title, String description, Map<String, Object> chart,
            List<String> columns, List<List<String>> rows, String drillParam, List<String> drillKeys) {
    }
}
