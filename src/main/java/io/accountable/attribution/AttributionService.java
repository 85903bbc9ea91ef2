package io.accountable.attribution;

import io.accountable.attribution.engine.AttributionEngine;
import io.accountable.attribution.engine.AttributionResult;
import io.accountable.attribution.engine.Journey;
import io.accountable.attribution.engine.JourneyCredit;
import io.accountable.attribution.engine.Journeys;
import io.accountable.attribution.engine.ModelId;
import io.accountable.attribution.engine.ModelParams;
import io.accountable.attribution.engine.Opportunity;
import io.accountable.attribution.engine.Reports;
import io.accountable.attribution.engine.Touch;
import io.accountable.attribution.engine.View;
import io.accountable.facts.FactStore;
import io.accountable.facts.Facts;
import io.accountable.kpi.DashboardFilter;
import io.accountable.settings.Settings;
import io.accountable.settings.SettingsService;
import io.accountable.web.BadRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** Journeys and per-journey credits weigh up to ~100 MB for a year of large data: only a few are kept. */
    private final io.accountable.facts.BoundedCache<Object> journeys = new io.accountable.facts.BoundedCache<>("attribution-journeys", 2);
    private final io.accountable.facts.BoundedCache<Object> results = new io.accountable.facts.BoundedCache<>("attribution-results", 4);
    /** Grouped answers: small, so many. */
    private final io.accountable.facts.BoundedCache<Object> answers = new io.accountable.facts.BoundedCache<>("attribution-answers", 400);

    /** The conversions of a filter, as journeys, and the non-converting paths the data-driven models need. */
    public record Prepared(Facts facts, List<Journey> conversions, List<List<String>> nonConverting) {
    }

    public AttributionAnswer attribute(DashboardFilter filter) {
        return (AttributionAnswer) answers.get("answer|" + key(filter, filter.model()) + "|" + filter.model() + "|"
                + filter.groupBy(), () -> answer(prepare(filter), filter));
    }

    /**
     * Every model, side by side, for the same filter. The journeys are prepared once, then the
     * models run in one lane per core (the two data-driven ones, the slowest, in different lanes):
     * a comparison computed afresh takes about half as long on two cores. Lanes, not a task per
     * model, so that no more results are in memory at once than there are cores.
     */
    public Map<ModelId, AttributionAnswer> compare(DashboardFilter filter) {
        prepare(filter);
        ModelId[] models = ModelId.values();
        int lanes = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), models.length));
        Map<ModelId, AttributionAnswer> computed = new java.util.concurrent.ConcurrentHashMap<>();
        List<java.util.concurrent.CompletableFuture<Void>> running = new ArrayList<>();
        for (int lane = 1; lane < lanes; lane++) {
            int first = lane;
            running.add(executor.runAsync(() -> attributeLane(filter, models, first, lanes, computed)));
        }
        attributeLane(filter, models, 0, lanes, computed); // lane 0 in this thread
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

    private void attributeLane(DashboardFilter filter, ModelId[] models, int first, int lanes,
            Map<ModelId, AttributionAnswer> into) {
        for (int m = first; m < models.length; m += lanes) {
            into.put(models[m], attribute(filter.withModel(models[m])));
        }
    }

    public Prepared prepare(DashboardFilter filter) {
        return (Prepared) journeys.get("prepared|" + key(filter, null),
                () -> build(store.facts(), filter, settingsService.current()));
    }

    public ModelParams params(DashboardFilter filter) {
        Settings s = settingsService.current();
        return new ModelParams(filter.halfLifeDays(), s.positionFirstShare(), s.positionLastShare(),
                s.touchTypeWeights());
    }

    public AttributionResult result(DashboardFilter filter) {
        return (AttributionResult) results.get("result|" + key(filter, filter.model()) + "|" + filter.model(), () -> {
            Prepared prepared = prepare(filter);
            return AttributionEngine.attribute(filter.model(), prepared.conversions(), prepared.nonConverting(),
                    params(filter));
        });
    }

    /**
     * The filter as a cache key for the journeys ({@code model} null) or one model's results. The
     * half-life only changes time decay: the journeys and the other nine models are reused when it
     * moves.
     */
    private String key(DashboardFilter f, ModelId model) {
        return store.generation() + "|" + settingsService.version() + "|" + f.from() + "|" + f.to() + "|" + f.view()
                + "|" + f.lookbackDays() + "|" + (model == ModelId.TIME_DECAY ? f.halfLifeDays() : "-") + "|"
                + f.scopeKey();
    }

    static Prepared build(Facts f, DashboardFilter filter, Settings settings) {
        ZoneId zone = settings.zone();
        long start = filter.start(zone).toEpochMilli();
        long end = filter.endExclusive(zone).toEpochMilli();
        Integer lookback = filter.lookbackDays();
        boolean revenue = filter.view() == View.REVENUE;
        boolean[] converted = new boolean[f.accountCount];
        boolean[] inScope = new boolean[f.accountCount];
        for (int a = 0; a < f.accountCount; a++) {
            inScope[a] = filter.inScope(f, a);
        }
        List<Journey> conversions = new ArrayList<>();
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
            long created = f.opportunityCreatedAt[o];
            int lo = lookback == null ? f.touchStart[a] : f.firstTouchAtOrAfter(a, created - lookback * DAY_MS);
            int hi = f.touchesEndAtOrBefore(a, moment);
            List<Touch> touches = new ArrayList<>(Math.max(0, hi - lo));
            for (int t = lo; t < hi; t++) {
                touches.add(touch(f, a, t));
            }
            long lead = f.accountLeadCreatedAt[a];
            conversions.add(Journeys.build(opportunity(f, o), filter.view(), touches,
                    lead == Facts.NONE ? null : Instant.ofEpochMilli(lead), lookback));
            converted[a] = true;
        }
        List<List<String>> nonConverting = new ArrayList<>();
        long windowStart = lookback == null ? Long.MIN_VALUE : start - lookback * DAY_MS;
        for (int a = 0; a < f.accountCount; a++) {
            if (!inScope[a] || converted[a]) {
                continue;
            }
            int lo = windowStart == Long.MIN_VALUE ? f.touchStart[a] : f.firstTouchAtOrAfter(a, windowStart);
            int hi = f.touchesEndAtOrBefore(a, end - 1);
            if (hi > lo) {
                List<String> path = new ArrayList<>(hi - lo);
                for (int t = lo; t < hi; t++) {
                    path.add(f.channels.value(f.touchChannel[t]));
                }
                nonConverting.add(path);
            }
        }
        return new Prepared(f, conversions, nonConverting);
    }

    static Touch touch(Facts f, int account, int t) {
        int campaign = f.touchCampaign[t];
        return new Touch(f.touchExternalId[t], f.accountExternalId[account], null,
                campaign < 0 ? null : f.campaignExternalId[campaign], f.channels.value(f.touchChannel[t]),
                f.types.value(f.touchType[t]), Instant.ofEpochMilli(f.touchTime[t]));
    }

    static Opportunity opportunity(Facts f, int o) {
        String status = switch (f.opportunityStatus[o]) {
            case Facts.WON -> Opportunity.WON;
            case Facts.LOST -> Opportunity.LOST;
            default -> Opportunity.OPEN;
        };
        long closed = f.opportunityClosedAt[o];
        return new Opportunity(f.opportunityExternalId[o], f.accountExternalId[f.opportunityAccount[o]],
                f.opportunityAmount[o], status, Instant.ofEpochMilli(f.opportunityCreatedAt[o]),
                closed == Facts.NONE ? null : Instant.ofEpochMilli(closed));
    }

    private AttributionAnswer answer(Prepared prepared, DashboardFilter filter) {
        AttributionResult result = result(filter);
        Facts f = prepared.facts();
        Function<Touch, String> key = groupKey(f, filter.groupBy());
        Map<String, Double> costs = costs(f, filter, settingsService.current());
        List<AttributionAnswer.Row> rows = new ArrayList<>();
        for (var row : Reports.groupBy(result, key)) {
            Double cost = costs == null ? null : costs.getOrDefault(row.key(), 0.0);
            Double roi = cost == null || cost == 0 ? null : (row.credit() - cost) / cost;
            Double roas = cost == null || cost == 0 ? null : row.credit() / cost;
            rows.add(new AttributionAnswer.Row(row.key(), label(f, filter.groupBy(), row.key()), row.credit(),
                    row.conversions(), cost, roi, roas));
        }
        boolean markov = filter.model() == ModelId.MARKOV;
        return new AttributionAnswer(filter.model().id(), filter.model().label(), filter.view().id(), filter.from(),
                filter.to(), filter.groupBy(), result.total(), result.unattributed(), result.conversions(), rows,
                markov ? result.removalEffects() : null, markov ? result.conversionProbability() : null,
                filter.model() == ModelId.SHAPLEY ? result.shapleyFallbacks() : null);
    }

    static Function<Touch, String> groupKey(Facts f, String groupBy) {
        return switch (groupBy) {
            case "campaign" -> Touch::campaignId;
            case "type" -> Touch::type;
            case "account" -> Touch::accountId;
            case "tier" -> t -> f.tiers.value(f.accountTier[f.accountIndexByExternalId(t.accountId())]);
            case "segment" -> t -> f.segments.value(f.accountSegment[f.accountIndexByExternalId(t.accountId())]);
            case "region" -> t -> f.regions.value(f.accountRegion[f.accountIndexByExternalId(t.accountId())]);
            default -> Touch::channel;
        };
    }

    private static String label(Facts f, String groupBy, String key) {
        if ("campaign".equals(groupBy)) {
            for (int c = 0; c < f.campaignExternalId.length; c++) {
                if (f.campaignExternalId[c].equals(key)) {
                    return f.campaignName[c];
                }
            }
        } else if ("account".equals(groupBy)) {
            Integer a = f.accountIndexByExternalId(key);
            if (a != null) {
                return f.accountName[a];
            }
        }
        return key;
    }

    /** Costs dated in the period per channel or campaign; null for groupings without costs. */
    static Map<String, Double> costs(Facts f, DashboardFilter filter, Settings settings) {
        boolean byChannel = "channel".equals(filter.groupBy());
        boolean byCampaign = "campaign".equals(filter.groupBy());
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
            throw new NotFoundException("No opportunity with id '" + opportunityExternalId + "'.");
        }
        boolean revenue = filter.view() == View.REVENUE;
        if (revenue && f.opportunityStatus[o] != Facts.WON) {
            throw new BadRequestException("Opportunity '" + opportunityExternalId + "' is not won, so it is no "
                    + "conversion in the revenue view; ask with view=pipeline.");
        }
        ZoneId zone = settingsService.current().zone();
        long moment = revenue ? f.opportunityClosedAt[o] : f.opportunityCreatedAt[o];
        LocalDate day = Instant.ofEpochMilli(moment).atZone(zone).toLocalDate();
        DashboardFilter scoped = datesGiven ? filter : filter.withPeriod(day.minusDays(364), day);
        if (day.isBefore(scoped.from()) || day.isAfter(scoped.to())) {
            throw new BadRequestException("The conversion of '" + opportunityExternalId + "' (" + day
                    + ") is outside the period " + scoped.from() + " to " + scoped.to() + ".");
        }
        JourneyCredit credit = null;
        AttributionResult result = null;
        int account = f.opportunityAccount[o];
        if (scoped.model().dataDriven()) {
            result = result(scoped);
            for (JourneyCredit jc : result.journeys()) {
                if (jc.journey().opportunity().id().equals(opportunityExternalId)) {
                    credit = jc;
                    break;
                }
            }
            if (credit == null) {
                throw new BadRequestException("Opportunity '" + opportunityExternalId
                        + "' is outside the account filters of this request.");
            }
        } else {
            Integer lookback = scoped.lookbackDays();
            long created = f.opportunityCreatedAt[o];
            int lo = lookback == null ? f.touchStart[account] : f.firstTouchAtOrAfter(account, created - lookback * DAY_MS);
            int hi = f.touchesEndAtOrBefore(account, moment);
            List<Touch> touches = new ArrayList<>();
            for (int t = lo; t < hi; t++) {
                touches.add(touch(f, account, t));
            }
            long lead = f.accountLeadCreatedAt[account];
            Journey journey = Journeys.build(opportunity(f, o), scoped.view(), touches,
                    lead == Facts.NONE ? null : Instant.ofEpochMilli(lead), lookback);
            credit = AttributionEngine.attribute(scoped.model(), List.of(journey), List.of(), params(scoped))
                    .journeys().get(0);
        }
        Journey journey = credit.journey();
        List<CreditedTouch> touches = new ArrayList<>();
        for (int i = 0; i < journey.touches().size(); i++) {
            Touch t = journey.touches().get(i);
            List<String> milestones = new ArrayList<>();
            if (journey.ft() == i) {
                milestones.add("FT");
            }
            if (journey.lc() == i) {
                milestones.add("LC");
            }
            if (journey.oc() == i) {
                milestones.add("OC");
            }
            if (journey.cw() == i) {
                milestones.add("CW");
            }
            touches.add(new CreditedTouch(t.id(), t.occurredAt(), t.channel(), t.type(), t.campaignId(),
                    t.campaignId() == null ? null : label(f, "campaign", t.campaignId()), credit.weight(i),
                    credit.credit(i), milestones));
        }
        String meaning = switch (scoped.model()) {
            case MARKOV -> "removal effect of each channel: the share of conversions lost without it";
            case SHAPLEY -> "Shapley value of each channel: its average marginal gain in conversion rate";
            default -> null;
        };
        return new Explanation(opportunityExternalId, f.accountExternalId[account], f.accountName[account],
                scoped.model().id(), scoped.model().label(), scoped.view().id(), journey.value(), journey.moment(),
                journey.attributed(), touches, new java.util.TreeMap<>(credit.channelScores()), meaning,
                scoped.from(), scoped.to(), result != null && scoped.model() == ModelId.MARKOV
                        ? result.conversionProbability() : null);
    }
}
