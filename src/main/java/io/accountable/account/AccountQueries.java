package io.accountable.account;

import io.accountable.attribution.AttributionService;
import io.accountable.attribution.engine.Credits;
import io.accountable.attribution.engine.JourneySet;
import io.accountable.facts.FactStore;
import io.accountable.facts.Facts;
import io.accountable.filter.DashboardFilter;
import io.accountable.kpi.formula.Engagement;
import io.accountable.settings.Settings;
import io.accountable.settings.SettingsService;
import io.accountable.web.BadRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The account list: every account in the filter's scope with its figures for the period,
 * computed from the in-memory facts in one pass, then searched, drilled, sorted and paged.
 */
@ApplicationScoped
public class AccountQueries {

    /** A sortable column of the list. */
    public record Column(String key, String label) {
    }

    public static final List<Column> COLUMNS = List.of(new Column("name", "Account"), new Column("tier", "Tier"),
            new Column("segment", "Segment"), new Column("region", "Region"), new Column("target", "Target"),
            new Column("engagement", "Engagement"), new Column("penetration", "Penetration"),
            new Column("open_pipeline", "Open pipeline"), new Column("created_pipeline", "Created in period"),
            new Column("won_revenue", "Won in period"),
            new Column("credit", "Attributed credit"), new Column("last_touch", "Last touch"),
            new Column("nps", "NPS"));
    public static final List<String> SORTS = COLUMNS.stream().map(Column::key).toList();

    @Inject
    FactStore store;
    @Inject
    SettingsService settings;
    @Inject
    AttributionService attribution;

    /**
     * What narrows the list beyond the dashboard filter: a search and the drills from a chart or
     * tile. With a channel or a campaign, the credit column is that channel's or campaign's
     * credit and only accounts it credited are listed.
     */
    public record Query(String search, String channel, String campaign, String engagementTier, String stage,
            String path, Drill drill, String sort, boolean asc, int page, int size) {
        /** A list without drills, sorted. */
        public static Query sortedBy(String sort, boolean asc, int size) {
            return new Query(null, null, null, null, null, null, null, sort, asc, 1, size);
        }
    }

    /**
     * The accounts a count tile counted: {@code engaged} (a touch in the period: engaged accounts,
     * share of the list engaged), {@code won} (a deal won in the period: revenue, account
     * conversion rate), {@code created} (a deal created in the period: pipeline created).
     */
    public enum Drill {
        ENGAGED, WON, CREATED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The drill of a query parameter; empty when unknown. */
        public static java.util.Optional<Drill> of(String id) {
            for (Drill d : values()) {
                if (d.id().equals(id)) {
                    return java.util.Optional.of(d);
                }
            }
            return java.util.Optional.empty();
        }
    }

    public record Page(List<AccountRow> rows, int total, int page, int pages, Query query) {
    }

    private final io.accountable.facts.BoundedCache<List<AccountRow>> cache = new io.accountable.facts.BoundedCache<>("account-lists", 24L << 20,
            rows -> 64 + 320L * rows.size());

    public Page list(DashboardFilter filter, Query q) {
        List<AccountRow> rows = sorted(filter, q);
        int size = Math.max(1, Math.min(200, q.size()));
        int pages = Math.max(1, (rows.size() + size - 1) / size);
        int page = Math.max(1, Math.min(pages, q.page()));
        List<AccountRow> slice = rows.subList(Math.min(rows.size(), (page - 1) * size),
                Math.min(rows.size(), page * size));
        return new Page(List.copyOf(slice), rows.size(), page, pages, q);
    }

    /** Every matching account, searched and sorted (the CSV export takes them all). */
    public List<AccountRow> sorted(DashboardFilter filter, Query q) {
        if (!SORTS.contains(q.sort())) {
            String sort = q.sort();
            throw new BadRequestException(io.accountable.i18n.ErrorMsgs.text(m -> m.sort_invalid(SORTS.toString(), sort)));
        }
        String key = store.generation() + "|" + settings.version() + "|" + filter.from() + "|" + filter.to() + "|"
                + filter.model() + "|" + filter.view() + "|" + filter.lookbackDays() + "|" + filter.halfLifeDays()
                + "|" + filter.scopeKey() + "|" + q.channel() + "|" + q.campaign() + "|" + q.engagementTier() + "|"
                + q.stage() + "|" + q.path() + "|" + q.drill();
        List<AccountRow> all = cache.get(key, () -> rows(filter, q));
        String search = q.search() == null ? null : q.search().toLowerCase(Locale.ROOT);
        List<AccountRow> rows = new ArrayList<>();
        for (AccountRow row : all) {
            if (search == null || row.name().toLowerCase(Locale.ROOT).contains(search)
                    || row.id().toLowerCase(Locale.ROOT).contains(search)) {
                rows.add(row);
            }
        }
        rows.sort(q.asc() ? comparator(q.sort()) : comparator(q.sort()).reversed());
        return rows;
    }

    /** Every account in scope (and in the drill) with its figures, unsorted. */
    private List<AccountRow> rows(DashboardFilter filter, Query q) {
        Facts f = store.facts();
        Settings s = settings.current();
        ZoneId zone = s.zone();
        long start = filter.start(zone).toEpochMilli();
        long end = filter.endExclusive(zone).toEpochMilli();
        double[] weights = new double[f.types.size()];
        for (int t = 0; t < weights.length; t++) {
            weights[t] = s.touchTypeWeights().getOrDefault(f.types.value(t), 0.0);
        }
        double[] credit = new double[f.accountCount];
        boolean[] credited = new boolean[f.accountCount];
        Credits result = attribution.result(filter);
        JourneySet set = result.journeys();
        // a channel or campaign drill: the credit of its touches only (an unknown one credits nothing)
        int channelCode = q.channel() == null ? -1 : codeOr(f.channels.find(q.channel()), -2);
        int campaignCode = -1;
        if (q.campaign() != null && q.campaign().equals(io.accountable.attribution.engine.Reports.NONE)) {
            campaignCode = -3; // touches of no campaign, the chart's "(none)" bar
        } else if (q.campaign() != null) {
            campaignCode = codeOr(f.campaignIndexByExternalId(q.campaign()), -2);
        }
        boolean drilled = channelCode != -1 || campaignCode != -1;
        for (int c = 0; c < set.conversions(); c++) {
            int a = f.opportunityAccount[set.id(c)];
            if (!drilled) {
                credit[a] += result.credited(c);
                continue;
            }
            for (int i = 0; i < set.length(c); i++) {
                int t = set.touch(c, i);
                if ((channelCode == -1 || f.touchChannel[t] == channelCode)
                        && (campaignCode == -1 || f.touchCampaign[t] == (campaignCode == -3 ? -1 : campaignCode))
                        && result.weight(c, i) > 0) {
                    credited[a] = true;
                    credit[a] += result.weight(c, i) * set.value(c);
                }
            }
        }
        boolean[] onPath = q.path() == null ? null : onPath(f, set, q.path());
        double[] open = new double[f.accountCount];
        double[] created = new double[f.accountCount];
        boolean[] createdIn = new boolean[f.accountCount];
        double[] won = new double[f.accountCount];
        boolean[] wonIn = new boolean[f.accountCount];
        for (int o = 0; o < f.opportunityCount; o++) {
            int a = f.opportunityAccount[o];
            if (f.opportunityCreatedAt[o] >= start && f.opportunityCreatedAt[o] < end) {
                created[a] += f.opportunityAmount[o];
                createdIn[a] = true;
            }
            if (f.opportunityStatus[o] == Facts.OPEN) {
                open[a] += f.opportunityAmount[o];
            } else if (f.opportunityStatus[o] == Facts.WON && f.opportunityClosedAt[o] >= start
                    && f.opportunityClosedAt[o] < end) {
                won[a] += f.opportunityAmount[o];
                wonIn[a] = true;
            }
        }
        boolean[] inStage = null;
        if (q.stage() != null) {
            inStage = new boolean[f.accountCount];
            Integer code = f.stages.find(q.stage());
            for (int i = 0; code != null && i < f.stageOpportunity.length; i++) {
                if (f.stageName[i] == code && f.stageEnteredAt[i] >= start && f.stageEnteredAt[i] < end) {
                    inStage[f.opportunityAccount[f.stageOpportunity[i]]] = true;
                }
            }
        }
        int[] known = new int[f.accountCount];
        for (int c = 0; c < f.contactCount; c++) {
            known[f.contactAccount[c]]++;
        }
        double[] npsSum = new double[f.accountCount];
        int[] npsCount = new int[f.accountCount];
        for (int n = 0; n < f.npsScore.length; n++) {
            npsSum[f.npsAccount[n]] += f.npsScore[n];
            npsCount[f.npsAccount[n]]++;
        }
        java.util.BitSet engagedContacts = new java.util.BitSet(f.contactCount);
        List<AccountRow> rows = new ArrayList<>();
        boolean[] inScope = filter.scope(f);
        for (int a = 0; a < f.accountCount; a++) {
            if (!inScope[a]) {
                continue;
            }
            if (drilled && !credited[a] || inStage != null && !inStage[a] || onPath != null && !onPath[a]
                    || q.drill() == Drill.WON && !wonIn[a] || q.drill() == Drill.CREATED && !createdIn[a]
                    || q.drill() == Drill.ENGAGED && f.firstTouchAtOrAfter(a, start) >= f.touchesEndAtOrBefore(a, end - 1)) {
                continue;
            }
            double score = Engagement.score(f, a, end - 1, weights, s.engagementHalfLifeDays());
            String tier = Engagement.Tier.of(score).id();
            if (q.engagementTier() != null && !q.engagementTier().equals(tier)) {
                continue;
            }
            int lo = f.firstTouchAtOrAfter(a, start);
            int hi = f.touchesEndAtOrBefore(a, end - 1);
            int engaged = 0;
            for (int t = lo; t < hi; t++) {
                int contact = f.touchContact[t];
                if (contact >= 0 && !engagedContacts.get(contact)) {
                    engagedContacts.set(contact);
                    engaged++;
                }
            }
            int last = f.touchesEndAtOrBefore(a, end - 1) - 1;
            String lastTouch = last >= f.touchStart[a]
                    ? Instant.ofEpochMilli(f.touchTime[last]).atZone(zone).toLocalDate().toString() : null;
            rows.add(new AccountRow(f.accountExternalId[a], f.accountName[a], null,
                    f.tiers.value(f.accountTier[a]), f.segments.value(f.accountSegment[a]),
                    f.regions.value(f.accountRegion[a]), f.accountTarget[a], score, tier,
                    known[a] == 0 ? null : (double) engaged / known[a], engaged, known[a], open[a], created[a], won[a], credit[a],
                    lastTouch, npsCount[a] == 0 ? null : npsSum[a] / npsCount[a]));
        }
        return List.copyOf(rows);
    }

    /**
     * The accounts with a journey of the filter on that path (docs/attribution.md, section 11):
     * channel ids joined by {@code >} as the paths card keys them, {@code (none)} for the
     * conversions without touches. A conversion's account is its deal's; a non-converting
     * journey's, its touches'. An unknown channel matches no journey.
     */
    static boolean[] onPath(Facts f, io.accountable.attribution.engine.JourneySet set, String path) {
        boolean[] on = new boolean[f.accountCount];
        int[] codes;
        if (path.equals(io.accountable.attribution.engine.Reports.NONE)) {
            codes = new int[0];
        } else {
            String[] steps = path.split(">", -1);
            codes = new int[steps.length];
            for (int i = 0; i < steps.length; i++) {
                Integer code = f.channels.find(steps[i].trim());
                if (code == null) {
                    return on;
                }
                codes[i] = code;
            }
        }
        int[] channel = set.channelColumn();
        for (int c = 0; c < set.conversions(); c++) {
            int from = set.length(c) == 0 ? 0 : set.touch(c, 0);
            if (io.accountable.attribution.engine.PathFrequencies.onPath(channel, from, from + set.length(c), codes)) {
                on[f.opportunityAccount[set.id(c)]] = true;
            }
        }
        for (int p = 0; p < set.paths(); p++) {
            if (set.pathTo(p) > set.pathFrom(p) && io.accountable.attribution.engine.PathFrequencies.onPath(channel,
                    set.pathFrom(p), set.pathTo(p), codes)) {
                on[f.accountOfTouch(set.pathFrom(p))] = true;
            }
        }
        return on;
    }


    /** A campaign's name by its id, or the id when there is no such campaign. */
    public String campaignName(String externalId) {
        Facts f = store.facts();
        Integer c = f.campaignIndexByExternalId(externalId);
        return c == null ? externalId : f.campaignName[c];
    }

    private static int codeOr(Integer code, int otherwise) {
        return code == null ? otherwise : code;
    }

    private static Comparator<AccountRow> comparator(String sort) {
        Comparator<AccountRow> byName = Comparator.comparing(AccountRow::name).thenComparing(AccountRow::id);
        Comparator<AccountRow> primary = switch (sort) {
            case "tier" -> Comparator.comparing(AccountRow::tier, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "segment" -> Comparator.comparing(AccountRow::segment, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "region" -> Comparator.comparing(AccountRow::region, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "target" -> Comparator.comparing(AccountRow::target);
            case "engagement" -> Comparator.comparingDouble(AccountRow::engagementScore);
            case "penetration" -> Comparator.comparing(AccountRow::penetration,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            case "open_pipeline" -> Comparator.comparingDouble(AccountRow::openPipeline);
            case "created_pipeline" -> Comparator.comparingDouble(AccountRow::createdPipeline);
            case "won_revenue" -> Comparator.comparingDouble(AccountRow::wonRevenue);
            case "credit" -> Comparator.comparingDouble(AccountRow::attributedCredit);
            case "last_touch" -> Comparator.comparing(AccountRow::lastTouch, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "nps" -> Comparator.comparing(AccountRow::nps, Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> byName;
        };
        return primary.thenComparing(byName);
    }

}
