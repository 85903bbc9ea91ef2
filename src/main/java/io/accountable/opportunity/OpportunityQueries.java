package io.accountable.opportunity;

import io.accountable.facts.FactStore;
import io.accountable.facts.Facts;
import io.accountable.i18n.ErrorMsgs;
import io.accountable.filter.DashboardFilter;
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
 * The opportunity list behind the Pipeline created tile (docs/metrics.md, "Drill-downs"): every
 * opportunity created in the filter's period at an account in its scope, read from the in-memory
 * facts with the rule of {@code ExecutiveKpis} (created in {@code [start, end)}, the account in
 * scope), so that the list's count and sum are the tile's: its sum is {@code pipeline_created}.
 */
@ApplicationScoped
public class OpportunityQueries {

    /** The sortable columns, in the order of the table. */
    public static final List<String> SORTS = List.of("opportunity", "account", "created", "stage", "amount");

    /** Which opportunities: {@code created} (created in the period), the only drill so far. */
    public enum Drill {
        CREATED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static java.util.Optional<Drill> of(String id) {
            for (Drill d : values()) {
                if (d.id().equals(id)) {
                    return java.util.Optional.of(d);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * One opportunity: its stage is the last stage it entered (its status, open, won or lost,
     * when the data has no stage history for it).
     */
    public record Row(String id, String accountId, String accountName, double amount, Instant createdAt,
            java.time.LocalDate createdOn, String stage, String status) {
    }

    public record Query(Drill drill, String sort, boolean asc, int page, int size) {
        /** The list's own parameters as its links carry them (the filter and the sort apart). */
        public String listQuery() {
            return "&drill=" + drill.id();
        }
    }

    /** A page of rows, with the count and sum of every row of the list (not only this page's). */
    public record Page(List<Row> rows, int total, double sum, int page, int pages, Query query) {
    }

    @Inject
    FactStore store;
    @Inject
    SettingsService settings;

    public Page list(DashboardFilter filter, Query q) {
        check(q);
        List<Row> all = rows(store.facts(), filter, settings.current().zone());
        double sum = sum(all);
        List<Row> rows = sort(all, q);
        int size = Math.max(1, Math.min(200, q.size()));
        int pages = Math.max(1, (rows.size() + size - 1) / size);
        int page = Math.max(1, Math.min(pages, q.page()));
        List<Row> slice = rows.subList(Math.min(rows.size(), (page - 1) * size), Math.min(rows.size(), page * size));
        return new Page(List.copyOf(slice), rows.size(), sum, page, pages, q);
    }

    /** The sum of the amounts, added in the order of the facts as the tile adds them (so it is the tile's to the cent). */
    static double sum(List<Row> rowsInFactsOrder) {
        double sum = 0;
        for (Row r : rowsInFactsOrder) {
            sum += r.amount();
        }
        return sum;
    }

    /** Every opportunity of the list, sorted (the CSV export takes them all). */
    public List<Row> sorted(DashboardFilter filter, Query q) {
        check(q);
        return sort(rows(store.facts(), filter, settings.current().zone()), q);
    }

    private static void check(Query q) {
        if (!SORTS.contains(q.sort())) {
            String sort = q.sort();
            throw new BadRequestException(ErrorMsgs.text(m -> m.sort_invalid(SORTS.toString(), sort)));
        }
    }

    private static List<Row> sort(List<Row> rows, Query q) {
        List<Row> sorted = new ArrayList<>(rows);
        Comparator<Row> by = comparator(q.sort());
        sorted.sort(q.asc() ? by : by.reversed());
        return sorted;
    }

    /** The opportunities created in the period at accounts in scope, in the order of the facts. */
    static List<Row> rows(Facts f, DashboardFilter filter, ZoneId zone) {
        long start = filter.start(zone).toEpochMilli();
        long end = filter.endExclusive(zone).toEpochMilli();
        int[] lastStage = lastStages(f);
        boolean[] scope = new boolean[f.accountCount];
        for (int a = 0; a < f.accountCount; a++) {
            scope[a] = filter.inScope(f, a);
        }
        List<Row> rows = new ArrayList<>();
        for (int o = 0; o < f.opportunityCount; o++) {
            int a = f.opportunityAccount[o];
            long created = f.opportunityCreatedAt[o];
            if (!scope[a] || created == Facts.NONE || created < start || created >= end) {
                continue;
            }
            String status = switch (f.opportunityStatus[o]) {
                case Facts.WON -> "won";
                case Facts.LOST -> "lost";
                default -> "open";
            };
            String name = f.accountName[a] == null || f.accountName[a].isBlank() ? f.accountExternalId[a] : f.accountName[a];
            rows.add(new Row(f.opportunityExternalId[o], f.accountExternalId[a], name,
                    f.opportunityAmount[o], Instant.ofEpochMilli(created), Instant.ofEpochMilli(created).atZone(zone).toLocalDate(),
                    lastStage[o] < 0 ? null : f.stages.value(lastStage[o]), status));
        }
        return rows;
    }

    /** Each opportunity's last stage code (the stage changes are ordered by opportunity and time), or -1. */
    private static int[] lastStages(Facts f) {
        int[] last = new int[f.opportunityCount];
        java.util.Arrays.fill(last, -1);
        for (int i = 0; i < f.stageOpportunity.length; i++) {
            last[f.stageOpportunity[i]] = f.stageName[i];
        }
        return last;
    }

    private static Comparator<Row> comparator(String sort) {
        Comparator<Row> byId = Comparator.comparing(Row::id);
        Comparator<Row> primary = switch (sort) {
            case "account" -> Comparator.comparing((Row r) -> r.accountName().toLowerCase(Locale.ROOT));
            case "created" -> Comparator.comparing(Row::createdAt);
            case "stage" -> Comparator.comparing((Row r) -> r.stage() == null ? r.status() : r.stage());
            case "amount" -> Comparator.comparingDouble(Row::amount);
            default -> byId;
        };
        return primary.thenComparing(byId);
    }
}
