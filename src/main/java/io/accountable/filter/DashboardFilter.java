package io.accountable.filter;

import io.accountable.attribution.engine.ModelId;
import io.accountable.attribution.engine.View;
import io.accountable.facts.Facts;
import io.accountable.i18n.Text;
import io.accountable.settings.Settings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one filter that every tile, chart, table, API answer and report takes, parsed once
 * from the query string. Unset values take the defaults of the settings. {@link #toQuery()}
 * writes it back, so the URL always holds the whole state.
 */
public record DashboardFilter(
        LocalDate from,
        LocalDate to,
        String period,
        ModelId model,
        View view,
        Integer lookbackDays,
        double halfLifeDays,
        String tier,
        String segment,
        String region,
        String industry,
        Target target,
        Compare compare) {

    /**
     * What a period is compared with: the same number of days just before it ({@code previous},
     * the default), or the same days one year earlier ({@code year}).
     */
    public enum Compare {
        PREVIOUS, YEAR;

        public String id() {
            return name().toLowerCase();
        }
    }

    public enum Target {
        TRUE, FALSE, ANY;

        public String id() {
            return name().toLowerCase();
        }
    }

    public static final List<String> PERIODS = List.of("this_quarter", "last_quarter", "year_to_date",
            "last_12_months", "custom");
    /** The ids of {@code ?groupBy=} (validated with the filter, answered outside it: {@link GroupBy}). */
    public static final List<String> GROUPINGS = GroupBy.IDS;
    private static final Set<String> KNOWN = Set.of("from", "to", "period", "model", "view", "lookbackDays",
            "halfLifeDays", "tier", "segment", "region", "industry", "target", "groupBy", "compare");

    /**
     * A parsed filter and what was wrong with the query (each problem fell back to a default),
     * written in the reader's language; {@code ignored} are the unknown parameters.
     */
    public record Parsed(DashboardFilter filter, List<Text> invalid, List<Text> ignored) {

        /** Every problem in English, the unknown parameters last. */
        public List<String> problems() {
            return java.util.stream.Stream.concat(invalid.stream(), ignored.stream()).map(Text::english).toList();
        }

        /** The invalid values (not the ignored parameters) in a language. */
        public List<String> invalid(io.accountable.i18n.Language language) {
            return invalid.stream().map(t -> t.in(language)).toList();
        }
    }

    public static Parsed parse(Map<String, List<String>> query, Settings settings, LocalDate today) {
        return parse(query, settings, today, io.accountable.PlausibleRange.around(today));
    }

    /** Dates outside {@code plausible} are problems (they fall back to the default period). */
    public static Parsed parse(Map<String, List<String>> query, Settings settings, LocalDate today,
            io.accountable.PlausibleRange plausible) {
        List<Text> problems = new ArrayList<>();
        List<Text> ignored = new ArrayList<>();
        String period = text(query, "period");
        LocalDate from = date(query, "from", problems, plausible);
        LocalDate to = date(query, "to", problems, plausible);
        if (period != null && !PERIODS.contains(period)) {
            String value = shorten(period);
            problems.add(text(m -> m.unknown_period(value, PERIODS.toString())));
            period = null;
        }
        if (period != null && !"custom".equals(period)) {
            LocalDate[] range = range(period, today);
            from = range[0];
            to = range[1];
        } else if (from != null || to != null) {
            period = "custom";
            if (to == null) {
                to = today;
            }
            if (from == null) {
                from = to.minusDays(364);
            }
        } else {
            period = "last_12_months";
            LocalDate[] range = range(period, today);
            from = range[0];
            to = range[1];
        }
        if (from.isAfter(to)) {
            String a = from.toString();
            String b = to.toString();
            problems.add(text(m -> m.from_after_to(a, b)));
            period = "last_12_months";
            LocalDate[] range = range(period, today);
            from = range[0];
            to = range[1];
        }

        ModelId model = ModelId.parse(settings.defaultModel());
        String modelText = text(query, "model");
        if (modelText != null) {
            try {
                model = ModelId.parse(modelText);
            } catch (IllegalArgumentException e) {
                String valid = java.util.Arrays.stream(ModelId.values()).map(ModelId::id)
                        .collect(java.util.stream.Collectors.joining(", "));
                problems.add(text(m -> m.unknown_model(modelText, valid)));
            }
        }
        View view = View.parse(settings.defaultView());
        String viewText = text(query, "view");
        if (viewText != null) {
            try {
                view = View.parse(viewText);
            } catch (IllegalArgumentException e) {
                problems.add(text(m -> m.unknown_view(viewText)));
            }
        }
        Integer lookback = settings.lookbackDays();
        String lookbackText = text(query, "lookbackDays");
        if (lookbackText != null) {
            if ("all".equalsIgnoreCase(lookbackText)) {
                lookback = null;
            } else {
                try {
                    int days = Integer.parseInt(lookbackText);
                    if (days < 0) {
                        problems.add(text(m -> m.lookback_negative(String.valueOf(days))));
                    } else {
                        lookback = days;
                    }
                } catch (NumberFormatException e) {
                    String value = shorten(lookbackText);
                    problems.add(text(m -> m.lookback_not_a_number(value)));
                }
            }
        }
        double halfLife = settings.timeDecayHalfLifeDays();
        String halfLifeText = text(query, "halfLifeDays");
        if (halfLifeText != null) {
            try {
                double value = Double.parseDouble(halfLifeText);
                if (!(value > 0) || Double.isInfinite(value)) {
                    String shown = shorten(halfLifeText);
                    problems.add(text(m -> m.half_life_not_positive(shown)));
                } else {
                    halfLife = value;
                }
            } catch (NumberFormatException e) {
                String shown = shorten(halfLifeText);
                problems.add(text(m -> m.half_life_not_a_number(shown)));
            }
        }
        Target target = Target.TRUE;
        String targetText = text(query, "target");
        if (targetText != null) {
            try {
                target = Target.valueOf(targetText.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                String shown = shorten(targetText);
                problems.add(text(m -> m.target_invalid(shown)));
            }
        }
        String groupText = text(query, "groupBy");
        if (groupText != null) {
            if (GroupBy.of(groupText).isEmpty()) {
                String shown = shorten(groupText);
                problems.add(text(m -> m.group_by_invalid(GROUPINGS.toString(), shown)));
            }
        }
        Compare compare = Compare.PREVIOUS;
        String compareText = text(query, "compare");
        if (compareText != null) {
            try {
                compare = Compare.valueOf(compareText.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                String shown = shorten(compareText);
                problems.add(text(m -> m.compare_invalid(shown)));
            }
        }
        for (String key : query.keySet()) {
            if (!KNOWN.contains(key) && !key.startsWith("_") && !List.of("q", "sort", "dir", "page", "drill",
                    "channel", "engagementTier", "stage", "size", "format").contains(key)) {
                String shown = shorten(key);
                ignored.add(text(m -> m.unknown_parameter(shown)));
            }
        }
        return new Parsed(new DashboardFilter(from, to, period, model, view, lookback, halfLife,
                text(query, "tier"), text(query, "segment"), text(query, "region"), text(query, "industry"), target,
                compare), List.copyOf(problems), List.copyOf(ignored));
    }

    /** The dates of a preset period, in the reporting time zone's calendar. */
    public static LocalDate[] range(String period, LocalDate today) {
        LocalDate quarterStart = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        return switch (period) {
            case "this_quarter" -> new LocalDate[] {quarterStart, today};
            case "last_quarter" -> new LocalDate[] {quarterStart.minusMonths(3), quarterStart.minusDays(1)};
            case "year_to_date" -> new LocalDate[] {today.withDayOfYear(1), today};
            default -> new LocalDate[] {today.minusDays(364), today};
        };
    }

    private static String text(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).trim();
    }

    private static LocalDate date(Map<String, List<String>> query, String key, List<Text> problems,
            io.accountable.PlausibleRange plausible) {
        String value = text(query, key);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            String shown = shorten(value);
            problems.add(text(m -> m.date_invalid(key, shown)));
            return null;
        }
        if (!plausible.contains(date)) {
            String shown = date.toString();
            problems.add(text(m -> m.date_implausible(key, shown, plausible.earliest().toString(),
                    plausible.latest().toString())));
            return null;
        }
        return date;
    }

    private static Text text(java.util.function.Function<io.accountable.i18n.ErrorMsg, String> message) {
        return io.accountable.i18n.ErrorMsgs.text(message);
    }

    private static String shorten(String value) {
        return io.accountable.web.Quoted.shorten(value);
    }

    public DashboardFilter withModel(ModelId other) {
        return new DashboardFilter(from, to, period, other, view, lookbackDays, halfLifeDays, tier, segment, region,
                industry, target, compare);
    }

    /** The same filter with another lookback ({@code null}: all touches). */
    public DashboardFilter withLookback(Integer days) {
        return new DashboardFilter(from, to, period, model, view, days, halfLifeDays, tier, segment, region,
                industry, target, compare);
    }

    public DashboardFilter withHalfLife(double days) {
        return new DashboardFilter(from, to, period, model, view, lookbackDays, days, tier, segment, region,
                industry, target, compare);
    }

    /** The same filter in another view (revenue, pipeline). */
    public DashboardFilter withView(View other) {
        return new DashboardFilter(from, to, period, model, other, lookbackDays, halfLifeDays, tier, segment, region,
                industry, target, compare);
    }

    /** The same period, model and view over every account (no account criteria, any target). */
    public DashboardFilter withAllAccounts() {
        return new DashboardFilter(from, to, period, model, view, lookbackDays, halfLifeDays, null, null, null, null,
                Target.ANY, compare);
    }

    public DashboardFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new DashboardFilter(newFrom, newTo, "custom", model, view, lookbackDays, halfLifeDays, tier, segment,
                region, industry, target, compare);
    }

    /**
     * The period this one is compared with (tiles' changes, growth, the PDF): {@link #precedingPeriod()},
     * or {@link #sameDaysLastYear()} with {@code compare=year}.
     */
    public DashboardFilter previous() {
        return compare == Compare.YEAR ? sameDaysLastYear() : precedingPeriod();
    }

    /** The same length of time, ending the day before {@code from}. */
    public DashboardFilter precedingPeriod() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return withPeriod(from.minusDays(days), from.minusDays(1));
    }

    /**
     * The same calendar days one year earlier (29 February becomes 28 February): year to date
     * against last year's same days, not against the days just before 1 January.
     */
    public DashboardFilter sameDaysLastYear() {
        return withPeriod(from.minusYears(1), to.minusYears(1));
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** Midnight after the {@code to} day: the period's exclusive end. */
    public Instant endExclusive(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether an account is in scope: the account filters, never the period. */
    public boolean inScope(Facts facts, int account) {
        if (target == Target.TRUE && !facts.accountTarget[account]
                || target == Target.FALSE && facts.accountTarget[account]) {
            return false;
        }
        return matches(tier, facts.tiers.value(facts.accountTier[account]))
                && matches(segment, facts.segments.value(facts.accountSegment[account]))
                && matches(region, facts.regions.value(facts.accountRegion[account]))
                && matches(industry, facts.industries.value(facts.accountIndustry[account]));
    }

    /** The accounts in scope, computed once per facts and account criteria (shared: read only). */
    public boolean[] scope(Facts facts) {
        return facts.scope(scopeKey(), a -> inScope(facts, a));
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    /** The account scope as a key: filters with the same scope share cached work. */
    public String scopeKey() {
        return tier + "|" + segment + "|" + region + "|" + industry + "|" + target;
    }

    /** Query parameters that reproduce this filter (without defaults-only noise). */
    public Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("period", period);
        if ("custom".equals(period)) {
            q.put("from", from.toString());
            q.put("to", to.toString());
        }
        q.put("model", model.id());
        q.put("view", view.id());
        q.put("lookbackDays", lookbackDays == null ? "all" : lookbackDays.toString());
        q.put("halfLifeDays", halfLifeDays == Math.rint(halfLifeDays) ? String.valueOf((long) halfLifeDays)
                : String.valueOf(halfLifeDays));
        putIfSet(q, "tier", tier);
        putIfSet(q, "segment", segment);
        putIfSet(q, "region", region);
        putIfSet(q, "industry", industry);
        q.put("target", target.id());
        if (compare == Compare.YEAR) {
            q.put("compare", compare.id());
        }
        return q;
    }

    public String queryString() {
        return queryString(toQuery());
    }

    /** Query parameters written as a query string, values URL-encoded. */
    public static String queryString(Map<String, String> query) {
        StringBuilder b = new StringBuilder();
        query.forEach((k, v) -> {
            if (!b.isEmpty()) {
                b.append('&');
            }
            b.append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
        });
        return b.toString();
    }

    private static void putIfSet(Map<String, String> q, String key, String value) {
        if (value != null) {
            q.put(key, value);
        }
    }

}
