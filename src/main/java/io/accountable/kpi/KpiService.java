package io.accountable.kpi;

import io.accountable.filter.DashboardFilter;

import io.accountable.attribution.AttributionService;
import io.accountable.facts.FactStore;
import io.accountable.facts.Facts;
import io.accountable.kpi.formula.EngagementConversion;
import io.accountable.kpi.formula.Engagement;
import io.accountable.kpi.formula.ExecutiveKpis;
import io.accountable.kpi.formula.KpiParameters;
import io.accountable.kpi.formula.PipelineStages;
import io.accountable.kpi.formula.Stats;
import io.accountable.settings.Settings;
import io.accountable.settings.SettingsService;
import io.accountable.web.ChartSpec;
import io.accountable.web.ChartSpec.Series;
import io.accountable.web.Formats;
import io.accountable.web.Numbers;
import io.accountable.i18n.Language;
import io.accountable.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The executive KPIs of metrics.md for a filter, with the previous period and the delta. */
@ApplicationScoped
public class KpiService {

    @Inject
    org.eclipse.microprofile.context.ManagedExecutor executor;

    @Inject
    FactStore store;
    @Inject
    SettingsService settingsService;
    @Inject
    AttributionService attribution;

    private final io.accountable.facts.BoundedCache<Object> cache = new io.accountable.facts.BoundedCache<>("kpis", 8L << 20,
            v -> 32_768);

    /** A KPI as the API answers it. {@code value} is a number, or an object for breakdowns. */
    public record KpiValue(Object value, Object previous, Double delta) {
    }

    /** The period, the one before, and the one before that (for growth and the tiles' trend lines). */
    public record Snapshot(ExecutiveKpis.Result current, ExecutiveKpis.Result previous, ExecutiveKpis.Result beforeThat,
            Double previousGrowth) {
    }

    public Snapshot snapshot(DashboardFilter filter) {
        // Only ROI depends on the model; it is added in kpis(), so switching models reuses this.
        String key = store.numbersGeneration() + "|" + settingsService.version() + "|" + filter.from() + "|" + filter.to()
                + "|" + filter.lookbackDays() + "|" + filter.scopeKey() + "|" + filter.compare();
        return (Snapshot) cache.get(key, () -> computeSnapshot(filter));
    }

    /** The engagement index of the current facts and settings: one, rebuilt when either changes. */
    private volatile Engagement.Index engagement;

    private Engagement.Index engagementIndex(Facts f, KpiParameters k) {
        Engagement.Index index = engagement;
        if (index == null || !index.answers(f, k.weightByType(), k.engagementHalfLifeDays())) {
            index = new Engagement.Index(f, k.weightByType(), k.engagementHalfLifeDays());
            engagement = index;
        }
        return index;
    }

    private Snapshot computeSnapshot(DashboardFilter filter) {
        Facts f = store.facts();
        Settings s = settingsService.current();
        boolean[] scope = scope(f, filter);
        KpiParameters k = KpiParameters.of(f, s.grossMargin(), s.annualChurnRate(), s.engagementHalfLifeDays(),
                filter.lookbackDays(), s.touchTypeWeights(), s.highIntentTypes(), s.salesChannels());
        Engagement.Index engagement = engagementIndex(f, k);
        DashboardFilter previous = filter.previous();
        // The period before the previous one (for growth and the trend lines) on the other core.
        java.util.concurrent.CompletableFuture<ExecutiveKpis.Result> earliest = executor.supplyAsync(
                () -> ExecutiveKpis.compute(f, scope, period(previous.previous(), s.zone()), k, null, engagement));
        ExecutiveKpis.Result current = ExecutiveKpis.compute(f, scope, period(filter, s.zone()), k, null, engagement);
        ExecutiveKpis.Result before = ExecutiveKpis.compute(f, scope, period(previous, s.zone()), k, null, engagement);
        ExecutiveKpis.Result beforeThat;
        try {
            beforeThat = earliest.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new Snapshot(current, before, beforeThat,
                Stats.delta(before.get("revenue"), beforeThat.get("revenue")));
    }

    // ---- trends (docs/metrics.md, "Trends") ---------------------------------------------------

    /** The months of a trend: the 24 calendar months ending with the month of the filter's {@code to}. */
    public static final int TREND_MONTHS = 24;

    /** The KPIs of a trend when none is asked for, and the columns of the trend card. */
    public static final List<String> TREND_DEFAULT = List.of("revenue", "pipeline_created", "win_rate",
            "pipeline_velocity");

    /**
     * The KPIs a trend may show: every KPI that one period's computation answers by itself
     * ({@code revenue_growth} compares two periods, {@code roi} needs attribution).
     */
    public static final List<String> TREND_IDS = java.util.Arrays.stream(ExecutiveKpis.IDS)
            .filter(id -> !"revenue_growth".equals(id) && !"roi".equals(id)).toList();

    /** One month of a trend: its days (the last month ends at the filter's {@code to}) and every KPI of {@link #TREND_IDS}. */
    public record TrendMonth(java.time.LocalDate from, java.time.LocalDate to, Map<String, Double> values) {

        /** The month as {@code 2026-01}. */
        public String key() {
            return java.time.YearMonth.from(from).toString();
        }
    }

    /**
     * The KPIs month by month, oldest first: one {@link ExecutiveKpis#compute} per month, the code
     * of the tiles, so that a month's values are those of {@code /api/kpis} for that month. Only
     * {@code to}, the lookback and the account filters matter (not {@code from}, not the model).
     */
    /**
     * The months of the KPIs {@code asked}: the default four (revenue, pipeline created, win rate,
     * velocity) count deals, not touches, so they do not depend on the lookback and are computed
     * once for every lookback (the trend card of every new filter was 24 computations).
     */
    public List<TrendMonth> trend(DashboardFilter filter, java.util.Collection<String> asked) {
        return trend(TREND_DEFAULT.containsAll(asked) ? filter.withLookback(null) : filter);
    }

    @SuppressWarnings("unchecked")
    public List<TrendMonth> trend(DashboardFilter filter) {
        String key = "trend|" + store.numbersGeneration() + "|" + settingsService.version() + "|" + filter.to() + "|"
                + filter.lookbackDays() + "|" + filter.scopeKey();
        return (List<TrendMonth>) cache.get(key, () -> computeTrend(filter));
    }

    private List<TrendMonth> computeTrend(DashboardFilter filter) {
        Facts f = store.facts();
        Settings s = settingsService.current();
        boolean[] scope = scope(f, filter);
        KpiParameters k = KpiParameters.of(f, s.grossMargin(), s.annualChurnRate(), s.engagementHalfLifeDays(),
                filter.lookbackDays(), s.touchTypeWeights(), s.highIntentTypes(), s.salesChannels());
        Engagement.Index engagement = engagementIndex(f, k);
        java.time.LocalDate first = filter.to().withDayOfMonth(1).minusMonths(TREND_MONTHS - 1);
        List<DashboardFilter> months = new ArrayList<>();
        for (int i = 0; i < TREND_MONTHS; i++) {
            java.time.LocalDate start = first.plusMonths(i);
            java.time.LocalDate end = i == TREND_MONTHS - 1 ? filter.to() : start.plusMonths(1).minusDays(1);
            months.add(filter.withPeriod(start, end));
        }
        java.util.function.Function<DashboardFilter, TrendMonth> month = m -> {
            ExecutiveKpis.Result r = ExecutiveKpis.compute(f, scope, period(m, s.zone()), k, null, engagement);
            Map<String, Double> values = new LinkedHashMap<>();
            TREND_IDS.forEach(id -> values.put(id, r.get(id)));
            return new TrendMonth(m.from(), m.to(), java.util.Collections.unmodifiableMap(values));
        };
        // The older half on the other core, as the snapshot does with its earliest period.
        java.util.concurrent.CompletableFuture<List<TrendMonth>> older = executor.supplyAsync(
                () -> months.subList(0, TREND_MONTHS / 2).stream().map(month).toList());
        List<TrendMonth> newer = months.subList(TREND_MONTHS / 2, TREND_MONTHS).stream().map(month).toList();
        List<TrendMonth> out = new ArrayList<>();
        try {
            out.addAll(older.join());
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        out.addAll(newer);
        return List.copyOf(out);
    }

    /** Every KPI id of the spec: value, previous value, delta. */
    public Map<String, KpiValue> kpis(DashboardFilter filter) {
        Snapshot s = snapshot(filter);
        Map<String, KpiValue> kpis = new LinkedHashMap<>();
        for (String id : ExecutiveKpis.IDS) {
            Double current = s.current().get(id);
            Double previous = s.previous().get(id);
            if ("revenue_growth".equals(id)) {
                current = Stats.delta(s.current().get("revenue"), s.previous().get("revenue"));
                previous = s.previousGrowth();
                kpis.put(id, new KpiValue(current, previous, null));
            } else if ("roi".equals(id)) {
                Double now = roi(attributedRevenue(filter), s.current().marketingCost());
                Double then = roi(attributedRevenue(filter.previous()), s.previous().marketingCost());
                kpis.put(id, new KpiValue(now, then, Stats.delta(now, then)));
            } else if ("content_engagement_by_stage".equals(id)) {
                kpis.put(id, new KpiValue(funnel(s.current().funnel()), funnel(s.previous().funnel()),
                        Stats.delta(current, previous)));
            } else {
                kpis.put(id, new KpiValue(current, previous, Stats.delta(current, previous)));
            }
        }
        return kpis;
    }

    /** {@code (attributed revenue - marketing program cost) / marketing program cost}, as ExecutiveKpis defines it. */
    private static Double roi(double attributed, double marketingCost) {
        return Stats.ratio(attributed - marketingCost, marketingCost);
    }

    private static Map<String, Object> funnel(ExecutiveKpis.Funnel funnel) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", funnel.total());
        out.put("tofu", Map.of("count", funnel.tofu(), "share", share(funnel, funnel.tofu())));
        out.put("mofu", Map.of("count", funnel.mofu(), "share", share(funnel, funnel.mofu())));
        out.put("bofu", Map.of("count", funnel.bofu(), "share", share(funnel, funnel.bofu())));
        return out;
    }

    private static Object share(ExecutiveKpis.Funnel funnel, long count) {
        Double share = funnel.share(count);
        return share == null ? "" : share;
    }

    public List<PipelineStages.Stage> stages(DashboardFilter filter) {
        Facts f = store.facts();
        ZoneId zone = settingsService.current().zone();
        return PipelineStages.compute(f, scope(f, filter), filter.start(zone).toEpochMilli(),
                filter.endExclusive(zone).toEpochMilli());
    }

    public EngagementConversion.Result engagementTiers(DashboardFilter filter) {
        Facts f = store.facts();
        Settings s = settingsService.current();
        KpiParameters k = KpiParameters.of(f, s.grossMargin(), s.annualChurnRate(), s.engagementHalfLifeDays(),
                filter.lookbackDays(), s.touchTypeWeights(), s.highIntentTypes(), s.salesChannels());
        return EngagementConversion.compute(f, scope(f, filter), filter.start(s.zone()).toEpochMilli(),
                filter.endExclusive(s.zone()).toEpochMilli(), k.weightByType(), s.engagementHalfLifeDays());
    }

    /** The Net Promoter Score per month of the period, months without answers included (blank). */
    public Map<String, io.accountable.kpi.formula.NetPromoter.Month> npsMonthly(DashboardFilter filter) {
        Facts f = store.facts();
        ZoneId zone = settingsService.current().zone();
        return io.accountable.kpi.formula.NetPromoter.monthly(f, scope(f, filter), filter.start(zone).toEpochMilli(),
                filter.endExclusive(zone).toEpochMilli(), zone);
    }

    // ---- the engagement cards (docs/metrics.md, "Engagement") ----------------------------------

    private String engagementKey(String card, DashboardFilter filter) {
        return card + "|" + store.numbersGeneration() + "|" + settingsService.version() + "|" + filter.from() + "|"
                + filter.to() + "|" + filter.lookbackDays() + "|" + filter.scopeKey();
    }

    /** An engagement formula: the facts, the accounts in scope and the period in epoch milliseconds. */
    private interface PeriodFormula<T> {
        T compute(Facts facts, boolean[] scope, long start, long endExclusive);
    }

    /** An engagement card's numbers, computed once per filter and cached like its neighbours. */
    @SuppressWarnings("unchecked")
    private <T> T engagement(String card, DashboardFilter filter, PeriodFormula<T> formula) {
        return (T) cache.get(engagementKey(card, filter), () -> {
            Facts f = store.facts();
            ZoneId zone = settingsService.current().zone();
            return formula.compute(f, scope(f, filter), filter.start(zone).toEpochMilli(),
                    filter.endExclusive(zone).toEpochMilli());
        });
    }

    /** Email opens, clicks and replies per email sent, by funnel stage and by campaign. */
    public io.accountable.kpi.formula.EmailRates.Result emailRates(DashboardFilter filter) {
        return engagement("email", filter, io.accountable.kpi.formula.EmailRates::compute);
    }

    /** The content campaigns by downloads and influenced pipeline (the filter's lookback). */
    public io.accountable.kpi.formula.ContentAssets.Result contentAssets(DashboardFilter filter) {
        return engagement("content", filter, (f, scope, start, end) -> io.accountable.kpi.formula.ContentAssets
                .compute(f, scope, start, end, filter.lookbackDays()));
    }

    /** Ad impressions and clicks of the accounts in scope by tier. */
    public io.accountable.kpi.formula.AdEngagement.Result adEngagement(DashboardFilter filter) {
        return engagement("ads", filter, io.accountable.kpi.formula.AdEngagement::compute);
    }

    /** The won revenue of the period by opportunity type. */
    public io.accountable.kpi.formula.RevenueByType.Result revenueByType(DashboardFilter filter) {
        return engagement("types", filter, io.accountable.kpi.formula.RevenueByType::compute);
    }

    /** The accounts by their NPS category before the period, with their deals of the period. */
    public io.accountable.kpi.formula.NpsOutcomes.Result npsOutcomes(DashboardFilter filter) {
        return engagement("npsOutcomes", filter, io.accountable.kpi.formula.NpsOutcomes::compute);
    }

    /** The touches of the period by funnel stage, as the funnel panel shows them. */
    public ExecutiveKpis.Funnel funnel(DashboardFilter filter) {
        return snapshot(filter).current().funnel();
    }

    /** A tile's number, unformatted: what the tile shows, in the tiles' order. */
    public record TileValue(String id, Double value, Double previous, Double delta) {
    }

    /** Every tile's value, previous value and delta, unformatted, in the order of the tiles. */
    public List<TileValue> tileValues(DashboardFilter filter) {
        Map<String, KpiValue> kpis = kpis(filter);
        Snapshot snapshot = snapshot(filter);
        List<TileValue> out = new ArrayList<>();
        KpiCatalogue.all().forEach(k -> out.add(tileValue(k.id(), kpis.get(k.id()), snapshot)));
        return out;
    }

    /** A KPI answered as a breakdown (content engagement by stage) shows its total on the tile. */
    private static TileValue tileValue(String id, KpiValue v, Snapshot snapshot) {
        Double value = v.value() instanceof Double d0 ? d0 : snapshot.current().get(id);
        Double previous = v.previous() instanceof Double d1 ? d1 : snapshot.previous().get(id);
        return new TileValue(id, value, previous, v.delta());
    }

    /** The accounts in scope, computed once per facts and account criteria (shared: read only). */
    static boolean[] scope(Facts f, DashboardFilter filter) {
        return filter.scope(f);
    }

    static ExecutiveKpis.Period period(DashboardFilter filter, ZoneId zone) {
        return new ExecutiveKpis.Period(filter.start(zone).toEpochMilli(), filter.endExclusive(zone).toEpochMilli(),
                filter.from().toEpochDay(), filter.to().toEpochDay());
    }

    /** Credited revenue (unattributed excluded) of the selected model, always in the revenue view. */
    private double attributedRevenue(DashboardFilter filter) {
        var answer = attribution.attribute(filter.withView(io.accountable.attribution.engine.View.REVENUE),
                io.accountable.filter.GroupBy.CHANNEL);
        return answer.total() - answer.unattributed();
    }

    // ---- dashboard tiles and panels -------------------------------------------------------------

    /** The tile's name of a KPI, or its id when no tile shows it. */
    public static String label(String id, Language language) {
        return KpiCatalogue.find(id).map(k -> k.label(language)).orElse(id);
    }

    /** A KPI's value as its tile writes it (money short, percent, count or decimal), by the catalogue's format. */
    public static String display(String id, Double value, String currency, Language language) {
        return KpiCatalogue.find(id).map(KpiCatalogue.Kpi::format).orElse(KpiCatalogue.Format.DECIMAL)
                .format(value, currency, language);
    }

    /** KPIs where a fall is good news: the catalogue's {@link KpiCatalogue.Polarity#LOWER_IS_BETTER}. */
    public static final java.util.Set<String> LOWER_IS_BETTER = KpiCatalogue.LOWER_IS_BETTER;

    /**
     * The tiles, group by group, as the catalogue orders them: each with its trend word by the
     * catalogue's polarity, its definition with the current settings and its drill link.
     */
    public List<DashboardView.TileGroup> tiles(DashboardFilter filter, String currency, Language language) {
        Map<String, KpiValue> kpis = kpis(filter);
        Snapshot snapshot = snapshot(filter);
        Settings settings = settingsService.current();
        List<DashboardView.TileGroup> groups = new ArrayList<>();
        for (KpiCatalogue.Group group : KpiCatalogue.Group.values()) {
            List<DashboardView.Tile> tiles = new ArrayList<>();
            for (KpiCatalogue.Kpi k : KpiCatalogue.of(group)) {
                KpiValue v = kpis.get(k.id());
                TileValue typed = tileValue(k.id(), v, snapshot);
                Double value = typed.value();
                Double previous = typed.previous();
                String trend = Formats.trend(v.delta(), k.lowerIsBetter());
                String trendWord = "better".equals(trend) ? Texts.msg(language).trend_better()
                        : Texts.msg(language).trend_worse();
                tiles.add(new DashboardView.Tile(k.id(), k.label(language),
                        k.format(value, currency, language), k.format(previous, currency, language),
                        v.delta(), v.delta() == null && "revenue_growth".equals(k.id()) ? "" // a rate of growth: no change of a change
                                : Numbers.delta(v.delta(), language) + ("flat".equals(trend) ? "" : ", " + trendWord),
                        trend, k.definition(settings, language), k.drill().url(filter.queryString()),
                        trend(snapshot, k.id()), "/opportunities".equals(k.drill().path())
                                ? Texts.bundle(io.accountable.opportunity.OpportunityMsg.class, language).see_opportunities()
                                : Texts.msg(language).see_accounts()));
            }
            groups.add(new DashboardView.TileGroup(group.label(language), tiles));
        }
        return groups;
    }

    /** The value over the last three periods, oldest first; blanks are left out of the line. */
    private static List<Double> trend(Snapshot s, String id) {
        if ("revenue_growth".equals(id)) {
            return List.of();
        }
        List<Double> points = new ArrayList<>();
        points.add(s.beforeThat().get(id));
        points.add(s.previous().get(id));
        points.add(s.current().get(id));
        return points;
    }

    @SuppressWarnings("unchecked")
    public List<DashboardView.ChartPanel> panels(DashboardFilter filter, String currency, Language language) {
        String key = "panels|" + store.numbersGeneration() + "|" + settingsService.version() + "|" + filter.from() + "|"
                + filter.to() + "|" + filter.lookbackDays() + "|" + filter.scopeKey() + "|" + currency + "|"
                + language.tag();
        return (List<DashboardView.ChartPanel>) cache.get(key, () -> computePanels(filter, currency, language));
    }

    private List<DashboardView.ChartPanel> computePanels(DashboardFilter filter, String currency, Language language) {
        io.accountable.i18n.Msg m = Texts.msg(language);
        List<DashboardView.ChartPanel> panels = new ArrayList<>();
        List<PipelineStages.Stage> stages = stages(filter);
        java.util.function.Function<PipelineStages.Stage, String> stageName = st -> Texts.label(language, "stage",
                st.name()) + (st.bottleneck() ? " (" + m.bottleneck() + ")" : "");
        panels.add(new DashboardView.ChartPanel("stages", m.panel_stages(), m.panel_stages_text(),
                ChartSpec.bar(stages.stream().map(stageName).toList(),
                        List.of(new Series(m.median_days(), stages.stream().map(st -> round(st.medianDays())).toList()),
                                new Series(m.mean_days(), stages.stream().map(st -> round(st.meanDays())).toList())),
                        false, m.days()),
                List.of(m.stage(), m.entered(), m.median_days(), m.mean_days(), m.still_open(), m.to_next_stage()),
                stages.stream().map(st -> List.of(stageName.apply(st),
                        String.valueOf(st.entries()), Numbers.decimal(st.medianDays(), 1, language),
                        Numbers.decimal(st.meanDays(), 1, language), String.valueOf(st.open()),
                        Numbers.percent(st.conversionToNext(), language))).toList(), "stage",
                stages.stream().map(PipelineStages.Stage::name).toList()));
        EngagementConversion.Result tiers = engagementTiers(filter);
        java.util.function.Function<String, String> tierName = t -> Texts.label(language, "engagement_tier", t);
        panels.add(new DashboardView.ChartPanel("engagement", m.panel_engagement(),
                m.panel_engagement_text(Numbers.decimal(tiers.spearman(), 2, language)),
                ChartSpec.bar(tiers.tiers().stream().map(t -> tierName.apply(t.tier())).toList(),
                        List.of(new Series(m.won_percent(), tiers.tiers().stream()
                                .map(t -> round(t.conversionRate() == null ? null : t.conversionRate() * 100))
                                .toList())), false, m.won_percent()),
                List.of(m.tier(), m.deals_created(), m.won(), m.conversion()),
                tiers.tiers().stream().map(t -> List.of(tierName.apply(t.tier()), String.valueOf(t.opportunities()),
                        String.valueOf(t.won()), Numbers.percent(t.conversionRate(), language))).toList(), "engagementTier",
                tiers.tiers().stream().map(EngagementConversion.TierRow::tier).toList()));
        ExecutiveKpis.Funnel funnel = funnel(filter);
        List<String> stagesOfFunnel = List.of("tofu", "mofu", "bofu");
        List<Long> touches = List.of(funnel.tofu(), funnel.mofu(), funnel.bofu());
        List<List<String>> funnelRows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            funnelRows.add(List.of(Texts.label(language, "funnel", stagesOfFunnel.get(i)), String.valueOf(touches.get(i)),
                    Numbers.percent(funnel.share(touches.get(i)), language)));
        }
        panels.add(new DashboardView.ChartPanel("funnel", m.panel_funnel(), m.panel_funnel_text(),
                ChartSpec.bar(stagesOfFunnel.stream().map(st -> Texts.label(language, "funnel", st)).toList(),
                        List.of(new Series(m.touches(), touches)), false, m.touches()),
                List.of(m.stage(), m.touches(), m.share()), funnelRows, null, null));
        var months = npsMonthly(filter);
        panels.add(new DashboardView.ChartPanel("nps", m.panel_nps(), m.panel_nps_text(),
                ChartSpec.line(List.copyOf(months.keySet()), List.of(new Series(m.nps(), months.values().stream()
                        .map(n -> n.nps() == null ? null : (Number) round(n.nps())).toList())), m.nps()),
                List.of(m.month(), m.answers(), m.promoters(), m.detractors(), m.nps()),
                months.values().stream().map(n -> List.of(n.month(), String.valueOf(n.responses()),
                        String.valueOf(n.promoters()), String.valueOf(n.detractors()), Numbers.decimal(n.nps(), 1, language)))
                        .toList(), null, null));
        return panels;
    }

    /**
     * The trend card of the dashboard: revenue and pipeline created by month over 24 months, its
     * table with win rate and velocity. Loaded after the page (docs/metrics.md, "Trends"): its 24
     * months cost more than the rest of a new filter's page.
     */
    public DashboardView.ChartPanel trendPanel(DashboardFilter filter, String currency, Language language) {
        io.accountable.i18n.Msg m = Texts.msg(language);
        List<TrendMonth> trend = trend(filter, TREND_DEFAULT);
        List<String> trendLabels = trend.stream().map(TrendMonth::key).toList();
        List<String> trendColumns = new ArrayList<>(List.of(m.month()));
        TREND_DEFAULT.forEach(id -> trendColumns.add(label(id, language)));
        return new DashboardView.ChartPanel("trend", m.panel_trend(), m.panel_trend_text(),
                ChartSpec.line(trendLabels, List.of(
                        new Series(label("revenue", language), trend.stream()
                                .map(t -> (Number) round(t.values().get("revenue"))).toList()),
                        new Series(label("pipeline_created", language), trend.stream()
                                .map(t -> (Number) round(t.values().get("pipeline_created"))).toList())),
                        currency),
                trendColumns,
                trend.stream().map(t -> {
                    List<String> row = new ArrayList<>(List.of(t.key()));
                    TREND_DEFAULT.forEach(id -> row.add(display(id, t.values().get(id), currency, language)));
                    return List.copyOf(row);
                }).toList(), null, null);
    }

    private static double round(Double value) {
        return value == null ? 0 : Math.round(value * 100) / 100.0;
    }
}
