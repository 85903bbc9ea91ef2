package io.accountable.kpi;

import io.accountable.i18n.Language;
import io.accountable.i18n.Texts;
import io.accountable.settings.Settings;
import io.accountable.web.Numbers;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The one home of what a KPI is (docs/metrics.md, "The KPI catalogue"): its group on the
 * dashboard, how its number is written, whether a rise is good news, the list its tile opens,
 * and its one-sentence definition with the settings it reads. The dashboard's tiles, their trend
 * word, their drill links, the PDF's definitions page and {@code GET /api/kpis/catalogue} all
 * read it. Pure Java: no container needed (the definitions' English comes from the annotations
 * of {@link KpiMsg} when the application is not running).
 */
public final class KpiCatalogue {

    private KpiCatalogue() {
    }

    /** The dashboard's groups of tiles, in their order. */
    public enum Group {
        REVENUE, RELATIONSHIPS, REPUTATION;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The group's heading in a language ({@code group_revenue} of the {@code msg} bundle). */
        public String label(Language language) {
            return Texts.message(language, "group_" + id());
        }
    }

    /** How a KPI's number is written on its tile. */
    public enum Format {
        /** An amount in the reporting currency, short (1.2M). */
        MONEY,
        /** A share or a change, as a percentage. */
        PERCENT,
        /** A whole number. */
        COUNT,
        /** A number with one decimal. */
        DECIMAL,
        /** A number of days with one decimal. */
        DAYS;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String format(Double value, String currency, Language language) {
            return switch (this) {
                case MONEY -> Numbers.moneyShort(value, currency, language);
                case PERCENT -> Numbers.percent(value, language);
                case COUNT -> Numbers.number(value, language);
                case DECIMAL, DAYS -> Numbers.decimal(value, 1, language);
            };
        }
    }

    /** Whether a rise of the KPI is good news (most) or bad news (what a customer costs, how long a deal takes). */
    public enum Polarity {
        HIGHER_IS_BETTER, LOWER_IS_BETTER
    }

    /**
     * The list a tile opens: a page and the query that selects and sorts what the tile counted or
     * summed (docs/metrics.md, "Drill-downs"); the dashboard's filter query goes between them.
     */
    public record Drill(String path, String query) {

        /** The link for a filter: {@code /accounts?<filter>&drill=won&sort=won_revenue&dir=desc}. */
        public String url(String filterQuery) {
            return path + "?" + (filterQuery == null || filterQuery.isEmpty() ? "" : filterQuery + "&") + query;
        }

        /** The link without a filter (the page's defaults apply). */
        @Override
        public String toString() {
            return path + "?" + query;
        }
    }

    /** A definition: a sentence in a language, from the settings it reads. */
    @FunctionalInterface
    public interface Definition {
        String text(Settings settings, Language language);
    }

    /** One KPI of {@code /api/kpis}. */
    public record Kpi(String id, Group group, Format format, Polarity polarity, Drill drill, Definition definition) {

        public boolean lowerIsBetter() {
            return polarity == Polarity.LOWER_IS_BETTER;
        }

        /** The tile's name ({@code tile_<id>} of the {@code msg} bundle). */
        public String label(Language language) {
            return Texts.message(language, "tile_" + id);
        }

        /** The one-sentence definition with the current settings, in a language. */
        public String definition(Settings settings, Language language) {
            return definition.text(settings, language);
        }

        /** A value as the tile writes it. */
        public String format(Double value, String currency, Language language) {
            return format.format(value, currency, language);
        }
    }

    private static final Drill WON = new Drill("/accounts", "drill=won&sort=won_revenue&dir=desc");
    private static final Drill CREATED = new Drill("/accounts", "drill=created&sort=created_pipeline&dir=desc");
    private static final Drill OPPORTUNITIES_CREATED = new Drill("/opportunities", "drill=created&sort=amount&dir=desc");
    private static final Drill ENGAGED = new Drill("/accounts", "drill=engaged&sort=engagement&dir=desc");
    private static final Drill ENGAGED_BY_PENETRATION = new Drill("/accounts", "drill=engaged&sort=penetration&dir=desc");
    private static final Drill BY_ENGAGEMENT = new Drill("/accounts", "sort=engagement&dir=desc");
    private static final Drill BY_NPS = new Drill("/accounts", "sort=nps&dir=desc");
    private static final Drill BY_CREDIT = new Drill("/accounts", "sort=credit&dir=desc");

    private static KpiMsg words(Language language) {
        return Texts.bundle(KpiMsg.class, language);
    }

    /** A definition that reads no setting. */
    private static Definition plain(java.util.function.Function<KpiMsg, String> text) {
        return (settings, language) -> text.apply(words(language));
    }

    private static Definition reading(BiFunction<Settings, Language, String> text) {
        return text::apply;
    }

    /** Channels or touch types as the reader's labels, "none" when there are none. */
    private static String labels(List<String> values, String kind, Language language) {
        return values == null || values.isEmpty() ? words(language).none()
                : values.stream().map(v -> Texts.label(language, kind, v)).collect(Collectors.joining(", "));
    }

    private static Kpi kpi(String id, Group group, Format format, Polarity polarity, Drill drill, Definition definition) {
        return new Kpi(id, group, format, polarity, drill, definition);
    }

    private static final Polarity UP = Polarity.HIGHER_IS_BETTER;
    private static final Polarity DOWN = Polarity.LOWER_IS_BETTER;

    /** Every KPI in the order of the dashboard's tiles. */
    private static final List<Kpi> ALL = List.of(
            // ---- Revenue
            kpi("revenue", Group.REVENUE, Format.MONEY, UP, WON, plain(m -> m.def_revenue())),
            kpi("revenue_growth", Group.REVENUE, Format.PERCENT, UP, WON, plain(m -> m.def_revenue_growth())),
            kpi("pipeline_created", Group.REVENUE, Format.MONEY, UP, OPPORTUNITIES_CREATED,
                    plain(m -> m.def_pipeline_created())),
            kpi("influenced_pipeline", Group.REVENUE, Format.MONEY, UP, CREATED, plain(m -> m.def_influenced_pipeline())),
            kpi("sourced_pipeline", Group.REVENUE, Format.MONEY, UP, CREATED, reading((s, l) -> words(l)
                    .def_sourced_pipeline(labels(s.salesChannels(), "channel", l)))),
            kpi("win_rate", Group.REVENUE, Format.PERCENT, UP, WON, plain(m -> m.def_win_rate())),
            kpi("avg_deal_size", Group.REVENUE, Format.MONEY, UP, WON, plain(m -> m.def_avg_deal_size())),
            kpi("sales_cycle_days", Group.REVENUE, Format.DAYS, DOWN, WON, plain(m -> m.def_sales_cycle_days())),
            kpi("sales_cycle_days_median", Group.REVENUE, Format.DAYS, DOWN, WON,
                    plain(m -> m.def_sales_cycle_days_median())),
            kpi("pipeline_velocity", Group.REVENUE, Format.MONEY, UP, CREATED, plain(m -> m.def_pipeline_velocity())),
            kpi("acv", Group.REVENUE, Format.MONEY, UP, WON, plain(m -> m.def_acv())),
            kpi("tam", Group.REVENUE, Format.MONEY, UP, BY_CREDIT, plain(m -> m.def_tam())),
            kpi("cac", Group.REVENUE, Format.MONEY, DOWN, WON, plain(m -> m.def_cac())),
            kpi("cac_fully_loaded", Group.REVENUE, Format.MONEY, DOWN, WON, plain(m -> m.def_cac_fully_loaded())),
            kpi("clv", Group.REVENUE, Format.MONEY, UP, WON, reading((s, l) -> words(l).def_clv(
                    Numbers.percent(s.grossMargin(), l), Numbers.percent(s.annualChurnRate(), l)))),
            kpi("ltv_cac", Group.REVENUE, Format.DECIMAL, UP, WON, plain(m -> m.def_ltv_cac())),
            kpi("roi", Group.REVENUE, Format.PERCENT, UP, BY_CREDIT, plain(m -> m.def_roi())),
            // ---- Relationships
            kpi("engaged_accounts", Group.RELATIONSHIPS, Format.COUNT, UP, ENGAGED, plain(m -> m.def_engaged_accounts())),
            kpi("influenced_account_rate", Group.RELATIONSHIPS, Format.PERCENT, UP, ENGAGED,
                    plain(m -> m.def_influenced_account_rate())),
            kpi("account_penetration", Group.RELATIONSHIPS, Format.PERCENT, UP, ENGAGED_BY_PENETRATION,
                    plain(m -> m.def_account_penetration())),
            kpi("buying_committee_coverage", Group.RELATIONSHIPS, Format.PERCENT, UP, ENGAGED_BY_PENETRATION,
                    plain(m -> m.def_buying_committee_coverage())),
            kpi("meetings_per_account", Group.RELATIONSHIPS, Format.DECIMAL, UP, ENGAGED,
                    plain(m -> m.def_meetings_per_account())),
            kpi("engagement_score", Group.RELATIONSHIPS, Format.DECIMAL, UP, BY_ENGAGEMENT, reading((s, l) -> words(l)
                    .def_engagement_score(Texts.count(l, s.engagementHalfLifeDays(), "day")))),
            kpi("account_conversion_rate", Group.RELATIONSHIPS, Format.PERCENT, UP, WON,
                    plain(m -> m.def_account_conversion_rate())),
            // ---- Reputation
            kpi("nps", Group.REPUTATION, Format.DECIMAL, UP, BY_NPS, plain(m -> m.def_nps())),
            kpi("engagement_quality", Group.REPUTATION, Format.PERCENT, UP, ENGAGED, reading((s, l) -> words(l)
                    .def_engagement_quality(labels(s.highIntentTypes(), "type", l)))),
            kpi("email_open_rate", Group.REPUTATION, Format.PERCENT, UP, ENGAGED, plain(m -> m.def_email_open_rate())),
            kpi("email_click_rate", Group.REPUTATION, Format.PERCENT, UP, ENGAGED, plain(m -> m.def_email_click_rate())),
            kpi("email_reply_rate", Group.REPUTATION, Format.PERCENT, UP, ENGAGED, plain(m -> m.def_email_reply_rate())),
            kpi("content_engagement_by_stage", Group.REPUTATION, Format.COUNT, UP, ENGAGED,
                    plain(m -> m.def_content_engagement_by_stage())));

    private static final Map<String, Kpi> BY_ID = ALL.stream()
            .collect(Collectors.toMap(Kpi::id, k -> k, (a, b) -> {
                throw new IllegalStateException("KPI " + a.id() + " twice in the catalogue");
            }, LinkedHashMap::new));

    /** The ids of the KPIs where a fall is good news. */
    public static final Set<String> LOWER_IS_BETTER = ALL.stream().filter(Kpi::lowerIsBetter).map(Kpi::id)
            .collect(Collectors.toUnmodifiableSet());

    /** Every KPI, in the order of the dashboard's tiles (group by group). */
    public static List<Kpi> all() {
        return ALL;
    }

    /** The KPIs of a group, in the order of its tiles. */
    public static List<Kpi> of(Group group) {
        return ALL.stream().filter(k -> k.group() == group).toList();
    }

    public static Optional<Kpi> find(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** A KPI of the catalogue; an id it does not know is a programming error. */
    public static Kpi get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No KPI " + id + " in the catalogue; it has "
                + Arrays.toString(BY_ID.keySet().toArray())));
    }
}
