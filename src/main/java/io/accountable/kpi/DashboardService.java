package io.accountable.kpi;

import io.accountable.filter.DashboardFilter;

import io.accountable.attribution.AttributionAnswer;
import io.accountable.attribution.AttributionService;
import io.accountable.attribution.engine.ModelId;
import io.accountable.facts.FactStore;
import io.accountable.facts.Facts;
import io.accountable.settings.SettingsService;
import io.accountable.web.ChartSpec;
import io.accountable.web.ChartSpec.Series;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assembles the dashboard from the attribution and KPI services, for one filter. */
@ApplicationScoped
public class DashboardService {

    @Inject
    AttributionService attribution;
    @Inject
    KpiService kpis;
    @Inject
    FactStore store;
    @Inject
    SettingsService settings;

    public DashboardView view(DashboardFilter filter, List<String> notices, io.accountable.i18n.Language language) {
        Facts facts = store.facts();
        String currency = settings.current().currency();
        DashboardView.FilterOptions options = new DashboardView.FilterOptions(DashboardFilter.PERIODS,
                sorted(facts.tiers.values()), sorted(facts.segments.values()), sorted(facts.regions.values()),
                sorted(facts.industries.values()));
        AttributionAnswer selected = attribution.attribute(filter, io.accountable.filter.GroupBy.CHANNEL);
        Map<ModelId, AttributionAnswer> all = attribution.compare(filter, io.accountable.filter.GroupBy.CHANNEL);

        List<String> models = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        Set<String> channels = new LinkedHashSet<>();
        selected.rows().forEach(r -> channels.add(r.key()));
        all.forEach((model, answer) -> {
            models.add(model.id());
            labels.put(model.id(), io.accountable.i18n.Texts.message(language, "model_" + model.id()));
            answer.rows().forEach(r -> channels.add(r.key()));
        });
        List<DashboardView.ComparisonRow> comparison = comparison(channels, all);
        Map<String, Double> totals = new LinkedHashMap<>();
        all.forEach((model, answer) -> totals.put(model.id(), answer.credited()));

        List<String> channelLabels = new ArrayList<>(channels);
        io.accountable.i18n.Msg m = io.accountable.i18n.Texts.msg(language);
        String axis = m.axis_attributed(io.accountable.i18n.Texts.message(language, "view_name_" + filter.view().id()),
                currency);
        java.util.function.Function<String, String> channelName = c -> io.accountable.i18n.Texts.label(language,
                "channel", c);
        Map<String, Object> attributionChart = ChartSpec.bar(
                selected.rows().stream().map(r -> channelName.apply(r.key())).toList(),
                List.of(new Series(labels.get(filter.model().id()), selected.rows().stream().map(r -> round(r.credit())).toList())),
                true, axis);
        List<Series> modelSeries = new ArrayList<>();
        all.forEach((model, answer) -> modelSeries.add(new Series(labels.get(model.id()),
                channelLabels.stream().map(c -> round(comparison.stream().filter(r -> r.channel().equals(c))
                        .findFirst().get().credits().get(model.id()))).toList())));
        Map<String, Object> comparisonChart = ChartSpec.bar(channelLabels.stream().map(channelName).toList(),
                modelSeries, false, axis);
        List<AttributionAnswer.Row> withCost = selected.rows().stream().filter(r -> r.roi() != null).toList();
        Map<String, Object> roiChart = ChartSpec.bar(withCost.stream().map(r -> channelName.apply(r.key())).toList(),
                List.of(new Series(m.axis_roi(), withCost.stream().map(r -> round(r.roi() * 100)).toList())), true,
                m.axis_roi());

        List<DashboardView.ChartPanel> panels = new ArrayList<>();
        List<AttributionAnswer.Row> campaigns = campaignRoi(filter);
        panels.add(new DashboardView.ChartPanel("campaign-roi", m.panel_campaign_roi(labels.get(filter.model().id())),
                m.panel_campaign_roi_text(),
                ChartSpec.bar(campaigns.stream().map(AttributionAnswer.Row::label).toList(),
                        List.of(new Series(m.axis_roi(), campaigns.stream().map(r -> round(r.roi() * 100)).toList())),
                        true, m.axis_roi()),
                List.of(m.campaign(), m.credit(), m.cost(), m.roi(), m.roas()),
                campaigns.stream().map(r -> List.of(r.label(), io.accountable.web.Numbers.money(r.credit(), currency, language),
                        io.accountable.web.Numbers.money(r.cost(), currency, language),
                        io.accountable.web.Numbers.percent(r.roi(), language),
                        io.accountable.web.Numbers.decimal(r.roas(), 2, language)))
                        .toList(), "campaign", campaigns.stream().map(AttributionAnswer.Row::key).toList()));
        panels.add(pathsPanel(filter, currency, language));
        panels.addAll(kpis.panels(filter, currency, language));
        return new DashboardView(filter, notices, currency, !facts.isEmpty(), options,
                kpis.tiles(filter, currency, language), selected, models, labels, comparison, totals, attributionChart,
                comparisonChart, roiChart, panels, language);
    }

    /** How many paths the dashboard's "Most frequent journeys" table (and its card) shows before the other row. */
    public static final int PATHS_ON_DASHBOARD = 10;

    /** The dashboard's most frequent journeys: a table, no chart; the other paths in the last row. */
    private DashboardView.ChartPanel pathsPanel(DashboardFilter filter, String currency,
            io.accountable.i18n.Language language) {
        io.accountable.i18n.Msg m = io.accountable.i18n.Texts.msg(language);
        io.accountable.attribution.PathsAnswer answer = attribution.paths(filter, PATHS_ON_DASHBOARD);
        List<List<String>> rows = new ArrayList<>();
        java.util.function.BiConsumer<String, io.accountable.attribution.PathsAnswer.Row> add = (label, r) -> rows.add(
                List.of(label, io.accountable.web.Numbers.number((double) r.journeys(), language),
                        io.accountable.web.Numbers.number((double) r.conversions(), language),
                        io.accountable.web.Numbers.percent(r.conversionRate(), language),
                        io.accountable.web.Numbers.money(r.value(), currency, language)));
        List<String> keys = new ArrayList<>(); // the accounts drill of each row: ?path=<channel ids joined by >>
        answer.rows().forEach(r -> {
            add.accept(shortPathLabel(language, r.path()), r);
            keys.add(r.path().isEmpty() ? io.accountable.attribution.engine.Reports.NONE : String.join(">", r.path()));
        });
        if (answer.other().journeys() > 0) {
            add.accept(m.other_paths(), answer.other());
            keys.add(null);
        }
        return new DashboardView.ChartPanel("paths", m.panel_paths(), m.panel_paths_text(PATHS_ON_DASHBOARD), null,
                List.of(m.path(), m.journeys(), m.conversions(), m.conversion(), m.path_value()), rows, "path",
                java.util.Collections.unmodifiableList(keys));
    }

    /** A path as people read it: "Paid search → Email"; "No touches" for the empty path. */
    public static String pathLabel(io.accountable.i18n.Language language, List<String> path) {
        if (path == null || path.isEmpty()) {
            return io.accountable.i18n.Texts.msg(language).no_touches();
        }
        return path.stream().map(c -> io.accountable.i18n.Texts.label(language, "channel", c))
                .collect(java.util.stream.Collectors.joining(" → "));
    }

    /** Steps a path shows whole on the page; a longer one shows its first and last two (the card and its CSV keep it whole). */
    static final int PATH_STEPS_SHOWN = 5;

    /** A path for a table cell: "Paid search → Email → … 12 more … → Event → Meeting" when it is long. */
    static String shortPathLabel(io.accountable.i18n.Language language, List<String> path) {
        if (path == null || path.size() <= PATH_STEPS_SHOWN) {
            return pathLabel(language, path);
        }
        int hidden = path.size() - 4;
        return pathLabel(language, path.subList(0, 2)) + " → "
                + io.accountable.i18n.Texts.msg(language).path_more_steps(hidden) + " → "
                + pathLabel(language, path.subList(path.size() - 2, path.size()));
    }

    /** The campaigns of the ROI panel: the 12 with the most credit and a cost, under the selected model. */
    public List<AttributionAnswer.Row> campaignRoi(DashboardFilter filter) {
        return attribution.attribute(filter, io.accountable.filter.GroupBy.CAMPAIGN).rows().stream().filter(r -> r.roi() != null)
                .limit(12).toList();
    }

    /**
     * The channels of the selected model first, then any other model's, each with its credit
     * under every model (0 where a model credits it nothing): the comparison of the models.
     */
    public static List<DashboardView.ComparisonRow> comparison(AttributionAnswer selected,
            Map<ModelId, AttributionAnswer> all) {
        Set<String> channels = new LinkedHashSet<>();
        selected.rows().forEach(r -> channels.add(r.key()));
        all.values().forEach(answer -> answer.rows().forEach(r -> channels.add(r.key())));
        return comparison(channels, all);
    }

    private static List<DashboardView.ComparisonRow> comparison(Set<String> channels,
            Map<ModelId, AttributionAnswer> all) {
        List<DashboardView.ComparisonRow> comparison = new ArrayList<>();
        for (String channel : channels) {
            Map<String, Double> credits = new LinkedHashMap<>();
            all.forEach((model, answer) -> credits.put(model.id(), answer.rows().stream()
                    .filter(r -> r.key().equals(channel)).mapToDouble(AttributionAnswer.Row::credit).sum()));
            comparison.add(new DashboardView.ComparisonRow(channel, credits));
        }
        return comparison;
    }

    private static double round(Double value) {
        return value == null ? 0 : Math.round(value * 100) / 100.0;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
