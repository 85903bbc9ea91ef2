package io.accountable.attribution;

import io.accountable.attribution.engine.Bootstrap;
import io.accountable.attribution.engine.ColumnarEngine;
import io.accountable.attribution.engine.Credits;
import io.accountable.attribution.engine.JourneySet;
import io.accountable.attribution.engine.ModelId;
import io.accountable.attribution.engine.ModelParams;
import io.accountable.attribution.engine.PathFrequencies;
import io.accountable.attribution.engine.Reports;
import io.accountable.attribution.engine.Row;
import io.accountable.attribution.engine.View;
import io.accountable.facts.BoundedCache;
import io.accountable.facts.ComputeGate;
import io.accountable.facts.FactStore;
import io.accountable.facts.Facts;
import io.accountable.filter.DashboardFilter;
import io.accountable.filter.GroupBy;
import io.accountable.settings.Settings;
import io.accountable.settings.SettingsService;
import io.accountable.web.BadRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the journeys a filter asks for from the in-memory {@link Facts} (no query per
 * account or opportunity), runs the engine, and groups the credit. Journeys and answers are
 * cached per filter until the data or the settings change.
 */
@ApplicationScoped
public class AttributionService {

    private static final long DAY_MS = 86_400_000L;

    @Inject
    FactStore store;
    @Inject
    SettingsService settingsService;
    /** Runs a comparison's lanes with the caller's contexts (CDI request, security). */
    @Inject
    org.eclipse.microprofile.context.ManagedExecutor executor;

    /**
     * Bounded by weight: a year of large data is about 1 MB of journeys (slices, not copies) and
     * 8 bytes of credit per eligible touch per model; grouped answers weigh a few hundred bytes.
     */
    private final BoundedCache<Prepared> journeys =
            new BoundedCache<>("attribution-journeys", 32L << 20, p -> p.journeys().bytes());
    private final BoundedCache<Credits> results = new BoundedCache<>("attribution-results", 48L << 20, Credits::bytes);
    // the trust cards: computed through their own gate, so that they never hold up the pages
    private final BoundedCache<BacktestAnswer> backtests =
            new BoundedCache<>("attribution-backtests", 1L << 20, a -> 4096, ComputeGate.trust());
    private final BoundedCache<AttributionAnswer> intervals = new BoundedCache<>("attribution-intervals", 8L << 20,
            a -> 512 + 200L * a.rows().size(), ComputeGate.trust());
    private final BoundedCache<Sensitivity> sensitivities = new BoundedCache<>("attribution-sensitivity", 4L << 20,
            a -> 4096 + 2400L * (a.lookbacks().size() + (a.halfLives() == null ? 0 : a.halfLives().size())),
            ComputeGate.trust());
    private final BoundedCache<PathsAnswer> pathAnswers =
            new BoundedCache<>("attribution-paths", 4L << 20, a -> 512 + 160L * (a.rows().size() + 1));
    private final BoundedCache<io.accountable.attribution.engine.ChannelFlows.Result> flowAnswers =
            new BoundedCache<>("attribution-flows", 2L << 20, a -> 256 + 120L * a.flows().size());
    private final BoundedCache<AttributionAnswer> answers =
            new BoundedCache<>("attribution-answers", 16L << 20, a -> 512 + 200L * a.rows().size());

    /**
     * The conversions of a filter and the non-converting paths the data-driven models need, as
     * slices of the facts' touch columns; a conversion's id is its opportunity's index.
     */
    public record Prepared(Facts facts, JourneySet journeys) {
    }

    /** The credit of the filter's model grouped as asked. */
    public AttributionAnswer attribute(DashboardFilter filter, GroupBy by) {
        return answers.get("answer|" + key(filter, filter.model()) + "|" + filter.model() + "|" + by.id() + names(by),
                () -> answer(prepare(filter), filter, by));
    }

    /** Paths, most frequent first, with their journeys, conversions and value. */
    public static final int DEFAULT_TOP_PATHS = 20;
    public static final int MAX_TOP_PATHS = 100;

    /**
     * The {@code top} most frequent channel paths of the filter's journeys (the conversions and
     * non-converting paths the data-driven models use) and the rest in one row (section 11 of
     * docs/attribution.md). The model and grouping do not matter.
     */
    public PathsAnswer paths(DashboardFilter filter, int top) {
        return pathAnswers.get("paths|" + key(filter, null) + "|" + top,
                () -> PathsAnswer.of(filter, top, PathFrequencies.of(prepare(filter).journeys(), top)));
    }

    /**
     * Where the filter's converting journeys start and end: conversions and value by first and
     * last channel (section 11 of docs/attribution.md).
     */
    public io.accountable.attribution.engine.ChannelFlows.Result flows(DashboardFilter filter) {
        return flowAnswers.get("flows|" + key(filter, null),
                () -> io.accountable.attribution.engine.ChannelFlows.of(prepare(filter).journeys()));
    }

    /**
     * Every model, side by side, for the same filter. The journeys are prepared once, then the
     * models run in one lane per core (the two data-driven ones, the slowest, in different lanes):
     * a comparison computed afresh takes about half as long on two cores. Lanes, not a task per
     * model, so that no more results are in memory at once than there are cores.
     */
    public Map<ModelId, AttributionAnswer> compare(DashboardFilter filter, GroupBy by) {
        prepare(filter);
        ModelId[] models = ModelId.values();
        int lanes = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), models.length));
        Map<ModelId, AttributionAnswer> computed = new java.util.concurrent.ConcurrentHashMap<>();
        List<java.util.concurrent.CompletableFuture<Void>> running = new ArrayList<>();
        for (int lane = 1; lane < lanes; lane++) {
            int first = lane;
            running.add(executor.runAsync(() -> attributeLane(filter, by, models, first, lanes, computed)));
        }
        attributeLane(filter, by, models, 0, lanes, computed); // lane 0 in this thread
        try {
            running.forEach(java.util.concurrent.CompletableFuture::join);
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Map<ModelId, AttributionAnswer> all = new LinkedHashMap<>();
        for (ModelId model : models) {
            all.put(model, computed.get(model));
        }
        return all;
    }

    private void attributeLane(DashboardFilter filter, GroupBy by, ModelId[] models, int first, int lanes,
            Map<ModelId, AttributionAnswer> into) {
        for (int m = first; m < models.length; m += lanes) {
            into.put(models[m], attribute(filter.withModel(models[m]), by));
        }
    }

    public Prepared prepare(DashboardFilter filter) {
        return journeys.get("prepared|" + key(filter, null),
                () -> build(store.facts(), filter, settingsService.current()));
    }

    public ModelParams params(DashboardFilter filter) {
        Settings s = settingsService.current();
        return new ModelParams(filter.halfLifeDays(), s.positionFirstShare(), s.positionLastShare(),
                s.touchTypeWeights());
    }

    public Credits result(DashboardFilter filter) {
        return results.get("result|" + key(filter, filter.model()) + "|" + filter.model(),
                () -> ColumnarEngine.attribute(filter.model(), prepare(filter).journeys(), params(filter)));
    }

    /**
     * The filter as a cache key for the journeys ({@code model} null) or one model's results. The
     * half-life only changes time decay: the journeys and the other nine models are reused when it
     * moves.
     */
    private String key(DashboardFilter f, ModelId model) {
        return store.numbersGeneration() + "|" + settingsService.version() + "|" + f.from() + "|" + f.to() + "|" + f.view()
                + "|" + f.lookbackDays() + "|" + (model == ModelId.TIME_DECAY ? f.halfLifeDays() : "-") + "|"
                + f.scopeKey();
    }

    /**
     * For an answer that shows account names (credit by account): the facts generation, so a
     * rename shows; empty for the other groupings, whose answers live as long as their numbers.
     */
    private String names(GroupBy by) {
        return by.namesAccounts() ? "|names" + store.generation() : "";
    }

    static Prepared build(Facts f, DashboardFilter filter, Settings settings) {
        ZoneId zone = settings.zone();
        long start = filter.start(zone).toEpochMilli();
        long end = filter.endExclusive(zone).toEpochMilli();
        Integer lookback = filter.lookbackDays();
        boolean revenue = filter.view() == View.REVENUE;
        boolean[] converted = new boolean[f.accountCount];
        boolean[] inScope = filter.scope(f);
        JourneySet.Builder set = builder(f, revenue);
        for (int o = 0; o < f.opportunityCount; o++) {
            int a = f.opportunityAccount[o];
            if (!inScope[a]) {
                continue;
            }
            long moment = revenue ? f.opportunityClosedAt[o] : f.opportunityCreatedAt[o];
            if (revenue && f.opportunityStatus[o] != Facts.WON || moment == Facts.NONE || moment < start
                    || moment >= end) {
                continue;
            }
            conversion(f, o, moment, lookback, set);
            converted[a] = true;
        }
        long windowStart = lookback == null ? Long.MIN_VALUE : start - lookback * DAY_MS;
        for (int a = 0; a < f.accountCount; a++) {
            if (!inScope[a] || converted[a]) {
                continue;
            }
            int lo = windowStart == Long.MIN_VALUE ? f.touchStart[a] : f.firstTouchAtOrAfter(a, windowStart);
            set.nonConverting(lo, f.touchesEndAtOrBefore(a, end - 1));
        }
        return new Prepared(f, set.build());
    }

    private static JourneySet.Builder builder(Facts f, boolean revenue) {
        return JourneySet.builder(f.touchChannel, f.touchType, f.touchTime, f.channels.values(), f.types.values(),
                revenue);
    }

    /**
     * Adds opportunity {@code o} converting at {@code moment}: its account's touches from
     * {@code lookback} days before its creation up to the moment (spec section 2).
     */
    private static void conversion(Facts f, int o, long moment, Integer lookback, JourneySet.Builder into) {
        int a = f.opportunityAccount[o];
        long created = f.opportunityCreatedAt[o];
        int lo = lookback == null ? f.touchStart[a] : f.firstTouchAtOrAfter(a, created - lookback * DAY_MS);
        int hi = Math.max(lo, f.touchesEndAtOrBefore(a, moment));
        long lead = f.accountLeadCreatedAt[a];
        into.conversion(o, lo, hi, f.opportunityAmount[o], moment, created, lead == Facts.NONE ? Long.MIN_VALUE : lead);
    }

    private AttributionAnswer answer(Prepared prepared, DashboardFilter filter, GroupBy by) {
        Credits result = result(filter);
        Facts f = prepared.facts();
        Facts names = store.facts(); // the current names: a rename keeps the cached journeys
        Map<String, Double> costs = costs(f, filter, by);
        List<AttributionAnswer.Row> rows = new ArrayList<>();
        for (var row : groupBy(f, result, by)) {
            Double cost = costs == null ? null : costs.getOrDefault(row.key(), 0.0);
            Double roi = cost == null || cost == 0 ? null : (row.credit() - cost) / cost;
            Double roas = cost == null || cost == 0 ? null : row.credit() / cost;
            rows.add(new AttributionAnswer.Row(row.key(), label(names, by, row.key()), row.credit(),
                    row.conversions(), cost, roi, roas));
        }
        boolean markov = filter.model() == ModelId.MARKOV;
        return new AttributionAnswer(filter.model().id(), filter.model().label(), filter.view().id(), filter.from(),
                filter.to(), by.id(), result.total(), result.unattributed(), result.conversions(), rows,
                markov ? result.removalEffects() : null, markov ? result.conversionProbability() : null,
                filter.model() == ModelId.SHAPLEY ? result.shapleyFallbacks() : null);
    }

    /** Resamples of an interval unless the request asks for another number. */
    public static final int DEFAULT_RESAMPLES = 200;

    /**
     * The answer with a bootstrap interval on every row (section 8 of docs/attribution.md): the
     * in-scope accounts drawn with replacement {@code resamples} times, the model recomputed on
     * each draw's journeys. Seeded from the filter, so the same filter gives the same interval
     * on every instance and after a restart.
     */
    public AttributionAnswer withIntervals(DashboardFilter filter, GroupBy by, double level, int resamples) {
        AttributionAnswer plain = attribute(filter, by);
        String key = "interval|" + key(filter, filter.model()) + "|" + filter.model() + "|" + by.id() + "|"
                + level + "|" + resamples + names(by);
        return intervals.get(key, () -> {
            Prepared prepared = prepare(filter);
            Facts f = prepared.facts();
            JourneySet set = prepared.journeys();
            Units u = units(f, set, filter);
            ModelParams params = params(filter);
            Map<String, Double> estimate = new java.util.LinkedHashMap<>();
            for (AttributionAnswer.Row row : plain.rows()) {
                estimate.put(row.key(), row.credit());
            }
            Map<String, Bootstrap.Interval> intervals = onTrustCores(() -> Bootstrap.intervals(set, u.conversion(),
                    u.path(), u.count(), resamples, seed(filter, by, level), level,
                    s -> Bootstrap.credits(groupBy(f, ColumnarEngine.attribute(filter.model(), s, params), by)),
                    estimate));
            List<AttributionAnswer.Row> rows = new ArrayList<>();
            for (AttributionAnswer.Row row : plain.rows()) {
                Bootstrap.Interval i = intervals.get(row.key());
                rows.add(row.withInterval(i.low(), i.high(), plain.conversions()));
            }
            return plain.withIntervals(level, resamples, rows);
        });
    }

    /**
     * The resamples of the trust cards run their parallel streams here, on half the cores, not
     * in the common pool: with the trust gate's single permit (on two cores) they leave a core to
     * the pages whatever the load (docs/operations.md).
     */
    private static final java.util.concurrent.ForkJoinPool TRUST_CORES = new java.util.concurrent.ForkJoinPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

    private static <T> T onTrustCores(java.util.function.Supplier<T> work) {
        try {
            return TRUST_CORES.submit(work::get).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while computing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The in-scope accounts numbered 0..count-1, and the account of each conversion and path of a journey set. */
    private record Units(int[] conversion, int[] path, int count) {
    }

    private static Units units(Facts f, JourneySet set, DashboardFilter filter) {
        int[] unitOfAccount = new int[f.accountCount];
        int units = 0;
        boolean[] inScope = filter.scope(f);
        for (int a = 0; a < f.accountCount; a++) {
            unitOfAccount[a] = inScope[a] ? units++ : -1;
        }
        int[] conversionUnit = new int[set.conversions()];
        for (int c = 0; c < conversionUnit.length; c++) {
            conversionUnit[c] = unitOfAccount[f.opportunityAccount[set.id(c)]];
        }
        int[] pathUnit = new int[set.paths()];
        for (int p = 0; p < pathUnit.length; p++) {
            pathUnit[p] = unitOfAccount[f.accountOfTouch(set.pathFrom(p))];
        }
        return new Units(conversionUnit, pathUnit, units);
    }

    /**
     * Which model recovers a known truth best on journeys shaped like the filter's (section 10
     * of docs/attribution.md). Seeded from the filter; the model and grouping do not matter.
     */
    public BacktestAnswer backtest(DashboardFilter filter) {
        // every model runs, time decay among them: its half-life is part of the key
        String key = "backtest|" + key(filter, ModelId.TIME_DECAY);
        return backtests.get(key, () -> {
            Prepared prepared = prepare(filter);
            Facts f = prepared.facts();
            JourneySet set = prepared.journeys();
            Units u = units(f, set, filter);
            io.accountable.attribution.engine.Backtest.Result r = onTrustCores(() -> io.accountable.attribution.engine
                    .Backtest.run(set, u.conversion(), u.path(), u.count(), params(filter),
                            seed(filter.withModel(ModelId.LINEAR), GroupBy.CHANNEL, 0)));
            return BacktestAnswer.of(filter, r);
        });
    }

    /** Lookbacks and half-lives the sensitivity tries (null: all touches). */
    static final List<Integer> SENSITIVITY_LOOKBACKS = java.util.Arrays.asList(30, 60, 90, 180, 365, null);
    static final List<Double> SENSITIVITY_HALF_LIVES = List.of(3.0, 7.0, 14.0, 30.0, 60.0);

    /** One alternative window: its credit per channel and how its ranking agrees with the current one. */
    public record Variant(String lookbackDays, Double halfLifeDays, boolean current, Double tau,
            List<AttributionAnswer.Row> rows) {
    }

    /**
     * How the channel ranking moves with the window (section 9 of docs/attribution.md).
     * {@code lowestTau} is the least agreement over every variant; the verdict reads it.
     */
    public record Sensitivity(String model, String view, LocalDate from, LocalDate to, String lookbackDays,
            double halfLifeDays, List<Variant> lookbacks, List<Variant> halfLives, Double lowestTau, String verdict) {
        /** {@code robust}, {@code fairly_robust}, {@code fragile} or {@code too_few}: the verdict for the pages' languages. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public String verdictKey() {
            return lowestTau == null ? "too_few" : lowestTau >= 0.8 ? "robust" : lowestTau >= 0.5 ? "fairly_robust"
                    : "fragile";
        }
    }

    public Sensitivity sensitivity(DashboardFilter filter) {
        return sensitivities.get("sensitivity|" + key(filter, filter.model()) + "|" + filter.model(),
                () -> computeSensitivity(filter));
    }

    private Sensitivity computeSensitivity(DashboardFilter filter) {
        Map<String, Double> current = Bootstrap.credits(groupedRows(attribute(filter, GroupBy.CHANNEL)));
        List<Variant> lookbacks = new ArrayList<>();
        Double lowest = null;
        for (Integer days : SENSITIVITY_LOOKBACKS) {
            AttributionAnswer a = attribute(filter.withLookback(days), GroupBy.CHANNEL);
            Double tau = io.accountable.attribution.engine.Ranking.kendallTau(current, Bootstrap.credits(groupedRows(a)));
            lookbacks.add(new Variant(days == null ? "all" : String.valueOf(days), null,
                    java.util.Objects.equals(days, filter.lookbackDays()), tau, a.rows()));
            lowest = tau == null ? lowest : lowest == null ? tau : Math.min(lowest, tau);
        }
        List<Variant> halfLives = null;
        if (filter.model() == ModelId.TIME_DECAY) {
            halfLives = new ArrayList<>();
            for (double h : SENSITIVITY_HALF_LIVES) {
                AttributionAnswer a = attribute(filter.withHalfLife(h), GroupBy.CHANNEL);
                Double tau = io.accountable.attribution.engine.Ranking.kendallTau(current, Bootstrap.credits(groupedRows(a)));
                halfLives.add(new Variant(null, h, h == filter.halfLifeDays(), tau, a.rows()));
                lowest = tau == null ? lowest : lowest == null ? tau : Math.min(lowest, tau);
            }
        }
        String verdict = lowest == null ? "Too few channels to rank"
                : lowest >= 0.8 ? "Robust: the ranking hardly changes with the window"
                : lowest >= 0.5 ? "Fairly robust: neighbouring channels swap places with the window"
                : "Fragile: the ranking depends on the window chosen";
        return new Sensitivity(filter.model().id(), filter.view().id(), filter.from(), filter.to(),
                filter.lookbackDays() == null ? "all" : String.valueOf(filter.lookbackDays()), filter.halfLifeDays(),
                lookbacks, halfLives, lowest, verdict);
    }

    private static List<Row> groupedRows(AttributionAnswer a) {
        List<Row> rows = new ArrayList<>();
        for (AttributionAnswer.Row r : a.rows()) {
            rows.add(new Row(r.key(), r.credit(), r.conversions()));
        }
        return rows;
    }

    /** A seed that depends on what the filter asks, not on when or where it is asked. */
    private static long seed(DashboardFilter f, GroupBy by, double level) {
        String canonical = f.from() + "|" + f.to() + "|" + f.view() + "|" + f.lookbackDays() + "|" + f.halfLifeDays()
                + "|" + f.scopeKey() + "|" + f.model() + "|" + by.id() + "|" + level;
        long h = 1125899906842597L;
        for (int i = 0; i < canonical.length(); i++) {
            h = 31 * h + canonical.charAt(i);
        }
        return h;
    }


    /** Report rows of one grouping, by the facts' codes (spec section 5). */
    static List<Row> groupBy(Facts f, Credits credits, GroupBy by) {
        JourneySet set = credits.journeys();
        return switch (by) {
            case CAMPAIGN -> credits.groupByTouch(f.touchCampaign, c -> f.campaignExternalId[c]);
            case TYPE -> credits.groupByTouch(f.touchType, f.types::value);
            case ACCOUNT -> credits.groupByConversion(c -> f.opportunityAccount[set.id(c)], a -> f.accountExternalId[a]);
            case TIER -> credits.groupByConversion(c -> f.accountTier[f.opportunityAccount[set.id(c)]], f.tiers::value);
            case SEGMENT -> credits.groupByConversion(c -> f.accountSegment[f.opportunityAccount[set.id(c)]],
                    f.segments::value);
            case REGION -> credits.groupByConversion(c -> f.accountRegion[f.opportunityAccount[set.id(c)]],
                    f.regions::value);
            case CHANNEL -> credits.groupByTouch(f.touchChannel, f.channels::value);
        };
    }

    private static String label(Facts f, GroupBy by, String key) {
        if (by == GroupBy.CAMPAIGN) {
            Integer c = f.campaignIndexByExternalId(key);
            if (c != null) {
                return f.campaignName[c];
            }
        } else if (by == GroupBy.ACCOUNT) {
            Integer a = f.accountIndexByExternalId(key);
            if (a != null) {
                return f.accountName[a];
            }
        }
        return key;
    }

    /** Costs dated in the period per channel or campaign; null for groupings without costs. */
    static Map<String, Double> costs(Facts f, DashboardFilter filter, GroupBy by) {
        boolean byChannel = by == GroupBy.CHANNEL;
        boolean byCampaign = by == GroupBy.CAMPAIGN;
        if (!byChannel && !byCampaign) {
            return null;
        }
        long from = filter.from().toEpochDay();
        long to = filter.to().toEpochDay();
        Map<String, Double> costs = new HashMap<>();
        for (int c = 0; c < f.costDate.length; c++) {
            if (f.costDate[c] < from || f.costDate[c] > to) {
                continue;
            }
            String key = byChannel ? f.channels.value(f.costChannel[c])
                    : f.costCampaign[c] < 0 ? Reports.NONE : f.campaignExternalId[f.costCampaign[c]];
            if (key != null) {
                costs.merge(key, f.costAmount[c], Double::sum);
            }
        }
        return costs;
    }

    // ---- explanations ---------------------------------------------------------------------------

    /** One credited touch of an explanation. */
    public record CreditedTouch(String id, Instant occurredAt, String channel, String type, String campaign,
            String campaignName, double weight, double credit, List<String> milestones) {
    }

    /** Why one opportunity's value went where it went under one model. */
    public record Explanation(String opportunity, String account, String accountName, String model, String label,
            String view, double value, Instant moment, boolean attributed, List<CreditedTouch> touches,
            Map<String, Double> channelScores, String channelScoresMeaning, LocalDate from, LocalDate to,
            Double conversionProbability) {
    }

    /**
     * The credited touches of one opportunity. The data-driven models learn from the
     * journeys of the filter's period, which must contain the opportunity's conversion; when
     * the caller gave no dates, the period is the 365 days ending on the conversion.
     */
    public Explanation explain(String opportunityExternalId, DashboardFilter filter, boolean datesGiven) {
        Facts f = store.facts();
        Integer o = f.opportunityIndexByExternalId(opportunityExternalId);
        if (o == null) {
            throw new io.accountable.web.TextNotFoundException(
                    io.accountable.i18n.ErrorMsgs.text(m -> m.no_opportunity(opportunityExternalId)));
        }
        boolean revenue = filter.view() == View.REVENUE;
        if (revenue && f.opportunityStatus[o] != Facts.WON) {
            throw new BadRequestException(
                    io.accountable.i18n.ErrorMsgs.text(m -> m.opportunity_not_won(opportunityExternalId)));
        }
        ZoneId zone = settingsService.current().zone();
        long moment = revenue ? f.opportunityClosedAt[o] : f.opportunityCreatedAt[o];
        LocalDate day = Instant.ofEpochMilli(moment).atZone(zone).toLocalDate();
        DashboardFilter scoped = datesGiven ? filter : filter.withPeriod(day.minusDays(364), day);
        if (day.isBefore(scoped.from()) || day.isAfter(scoped.to())) {
            String from = scoped.from().toString();
            String to = scoped.to().toString();
            throw new BadRequestException(io.accountable.i18n.ErrorMsgs.text(
                    m -> m.conversion_outside_period(opportunityExternalId, day.toString(), from, to)));
        }
        Credits credits;
        int c = -1;
        int account = f.opportunityAccount[o];
        if (scoped.model().dataDriven()) {
            // Data-driven credit depends on every journey of the period: the filter's own result.
            credits = result(scoped);
            JourneySet all = credits.journeys();
            for (int k = 0; k < all.conversions() && c < 0; k++) {
                if (all.id(k) == o) {
                    c = k;
                }
            }
            if (c < 0) {
                throw new BadRequestException(io.accountable.i18n.ErrorMsgs.text(
                        m -> m.opportunity_outside_filters(opportunityExternalId)));
            }
        } else {
            JourneySet.Builder one = builder(f, revenue);
            conversion(f, o, moment, scoped.lookbackDays(), one);
            credits = ColumnarEngine.attribute(scoped.model(), one.build(), params(scoped));
            c = 0;
        }
        JourneySet set = credits.journeys();
        int[] milestones = set.milestones(c);
        String[] names = {"FT", "LC", "OC", "CW"};
        List<CreditedTouch> touches = new ArrayList<>();
        String[] touchIds = store.touchExternalIds(f, account);
        for (int i = 0; i < set.length(c); i++) {
            int t = set.touch(c, i);
            List<String> marks = new ArrayList<>();
            for (int m = 0; m < milestones.length; m++) {
                if (milestones[m] == i) {
                    marks.add(names[m]);
                }
            }
            int campaign = f.touchCampaign[t];
            double weight = credits.weight(c, i);
            touches.add(new CreditedTouch(touchIds[t - f.touchStart[account]], Instant.ofEpochMilli(f.touchTime[t]),
                    f.channels.value(f.touchChannel[t]), f.types.value(f.touchType[t]),
                    campaign < 0 ? null : f.campaignExternalId[campaign], campaign < 0 ? null : f.campaignName[campaign],
                    weight, weight * set.value(c), marks));
        }
        String meaning = switch (scoped.model()) {
            case MARKOV -> "removal effect of each channel: the share of conversions lost without it";
            case SHAPLEY -> "Shapley value of each channel: its average marginal gain in conversion rate";
            default -> null;
        };
        return new Explanation(opportunityExternalId, f.accountExternalId[account], f.accountName[account],
                scoped.model().id(), scoped.model().label(), scoped.view().id(), set.value(c),
                Instant.ofEpochMilli(moment), set.length(c) > 0, touches, credits.channelScores(c), meaning,
                scoped.from(), scoped.to(), scoped.model() == ModelId.MARKOV ? credits.conversionProbability() : null);
    }
}
