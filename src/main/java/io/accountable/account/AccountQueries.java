package io.accountable.account;

import io.accountable.attribution.AttributionService;
import io.accountable.attribution.engine.Credits;
import io.accountable.attribution.engine.JourneySet;
import io.accountable.facts.FactStore;
import io.accountable.facts.Facts;
import io.accountable.kpi.DashboardFilter;
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
            new Column("open_pipeline", "Open pipeline"), new Column("won_revenue", "Won in period"),
            new Column("credit", "Attributed credit"), new Column("last_touch", "Last touch"),
            new Column("nps", "NPS"));
    public static final List<String> SORTS = COLUMNS.stream().map(Column::key).toList();

    @Inject
    FactStore store;
    @Inject
    SettingsService settings;
    @Inject
    AttributionService attribution;

    /** What narrows the list beyond the dashboard filter: a search and one drill from a chart or tile. */
    public record Query(String search, String channel, String engagementTier, String stage, String sort, boolean asc,
            int page, int size) {
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
                + "|" + filter.scopeKey() + "|" + q.channel() + "|" + q.engagementTier() + "|" + q.stage();
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
        boolean[] creditedByChannel = new boolean[f.accountCount];
        Credits result = attribution.result(filter.withGroupBy("account"));
        JourneySet set = result.journeys();
        Integer channelCode = q.channel() == null ? null : f.channels.find(q.channel());
        for (int c = 0; c < set.conversions(); c++) {
            int a = f.opportunityAccount[set.id(c)];
            credit[a] += result.credited(c);
            if (channelCode != null) {
                for (int i = 0; i < set.length(c); i++) {
                    if (f.touchChannel[set.touch(c, i)] == channelCode && result.weight(c, i) > 0) {
                        creditedByChannel[a] = true;
                    }
                }
            }
        }
        double[] open = new double[f.accountCount];
        double[] won = new double[f.accountCount];
        for (int o = 0; o < f.opportunityCount; o++) {
            int a = f.opportunityAccount[o];
            if (f.opportunityStatus[o] == Facts.OPEN) {
                open[a] += f.opportunityAmount[o];
            } else if (f.opportunityStatus[o] == Facts.WON && f.opportunityClosedAt[o] >= start
                    && f.opportunityClosedAt[o] < end) {
                won[a] += f.opportunityAmount[o];
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
        for (int a = 0; a < f.accountCount; a++) {
            if (!filter.inScope(f, a)) {
                continue;
            }
            if (q.channel() != null && !creditedByChannel[a] || inStage != null && !inStage[a]) {
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
                    known[a] == 0 ? null : (double) engaged / known[a], engaged, known[a], open[a], won[a], credit[a],
                    lastTouch, npsCount[a] == 0 ? null : npsSum[a] / npsCount[a]));
        }
        return List.copyOf(rows);
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
            case "won_revenue" -> Comparator.comparingDouble(AccountRow::wonRevenue);
            case "credit" -> Comparator.comparingDouble(AccountRow::attributedCredit);
            case "last_touch" -> Comparator.comparing(AccountRow::lastTouch, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "nps" -> Comparator.comparing(AccountRow::nps, Comparator.nullsFirst(Comparator.naturalOrder()));
            default -> byName;
        };
        return primary.thenComparing(byName);
    }

}
