package io.accountable.dashboard.card;

import io.accountable.attribution.AttributionAnswer;
import io.accountable.attribution.AttributionService;
import io.accountable.attribution.PathsAnswer;
import io.accountable.attribution.engine.ModelId;
import io.accountable.i18n.Language;
import io.accountable.i18n.Msg;
import io.accountable.i18n.Texts;
import io.accountable.filter.DashboardFilter;
import io.accountable.kpi.DashboardService;
import io.accountable.kpi.DashboardView;
import io.accountable.kpi.KpiService;
import io.accountable.kpi.formula.AdEngagement;
import io.accountable.kpi.formula.ContentAssets;
import io.accountable.kpi.formula.EmailRates;
import io.accountable.kpi.formula.EngagementConversion;
import io.accountable.kpi.formula.ExecutiveKpis;
import io.accountable.kpi.formula.NetPromoter;
import io.accountable.kpi.formula.NpsOutcomes;
import io.accountable.kpi.formula.RevenueByType;
import io.accountable.kpi.formula.PipelineStages;
import io.accountable.report.ReportMsg;
import io.accountable.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cards of the dashboard, built from the services the page itself uses (no formula of its
 * own): the numbers of a card are the page's, the PDF's and the other APIs' numbers, unrounded.
 */
@ApplicationScoped
public class CardCatalogue {

    /** The card ids, in the order of the page. */
    public static final List<String> IDS = List.of("kpis", "attribution-channel", "models", "campaign-roi", "paths",
            "flow", "stages", "engagement", "funnel", "nps", "trend", "email-stages", "email-campaigns", "content-assets",
            "ad-tiers", "revenue-types", "nps-outcomes");

    @Inject
    KpiService kpis;
    @Inject
    AttributionService attribution;
    @Inject
    DashboardService dashboard;
    @Inject
    SettingsService settings;

    /** Every card's id and title for that filter (a title may name the model or the view). */
    public List<Card.Entry> list(DashboardFilter filter, Language language) {
        return IDS.stream().map(id -> new Card.Entry(id, title(id, filter, language))).toList();
    }

    /** The card of that id for the filter, empty for an unknown id. */
    public Optional<Card> card(String id, DashboardFilter filter, Language language) {
        if (!IDS.contains(id)) {
            return Optional.empty();
        }
        Msg m = Texts.msg(language);
        String title = title(id, filter, language);
        return Optional.of(switch (id) {
            case "kpis" -> kpis(filter, title, m, language);
            case "attribution-channel" -> attributionByChannel(filter, title, m, language);
            case "models" -> models(filter, title, m, language);
            case "campaign-roi" -> campaignRoi(filter, title, m);
            case "paths" -> paths(filter, title, m, language);
            case "flow" -> flow(filter, title, m, language);
            case "stages" -> stages(filter, title, m, language);
            case "engagement" -> engagement(filter, title, m, language);
            case "funnel" -> funnel(filter, title, m, language);
            case "nps" -> nps(filter, title, m);
            case "email-stages", "email-campaigns", "content-assets", "ad-tiers", "revenue-types", "nps-outcomes" ->
                    engagementCard(id, filter, title, m, language);
            default -> trend(filter, title, m, language);
        });
    }

    private static String title(String id, DashboardFilter filter, Language language) {
        Msg m = Texts.msg(language);
        String model = Texts.message(language, "model_" + filter.model().id());
        return switch (id) {
            case "kpis" -> m.card_kpis();
            case "attribution-channel" -> m.attributed_by_channel(
                    Texts.message(language, "view_name_" + filter.view().id()), model);
            case "models" -> m.all_models();
            case "campaign-roi" -> m.panel_campaign_roi(model);
            case "paths" -> m.panel_paths();
            case "flow" -> m.panel_flow();
            case "stages" -> m.panel_stages();
            case "engagement" -> m.panel_engagement();
            case "funnel" -> m.panel_funnel();
            case "nps" -> m.panel_nps();
            case "trend" -> m.panel_trend();
            case "email-stages" -> eng(language).panel_email_stages();
            case "email-campaigns" -> eng(language).panel_email_campaigns();
            case "content-assets" -> eng(language).panel_content_assets();
            case "ad-tiers" -> eng(language).panel_ad_tiers();
            case "revenue-types" -> eng(language).panel_revenue_types();
            case "nps-outcomes" -> eng(language).panel_nps_outcomes();
            default -> id;
        };
    }

    private Card kpis(DashboardFilter filter, String title, Msg m, Language language) {
        ReportMsg r = Texts.bundle(ReportMsg.class, language);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (KpiService.TileValue t : kpis.tileValues(filter)) {
            rows.add(row("key", t.id(), "label", KpiService.label(t.id(), language), "value", t.value(), "previous",
                    t.previous(), "delta", t.delta()));
        }
        return new Card("kpis", title, List.of(column("key", m.card_key()), column("label", r.kpi()),
                column("value", r.this_period()), column("previous", r.previous_period()), column("delta", r.change())),
                rows, Map.of());
    }

    private Card attributionByChannel(DashboardFilter filter, String title, Msg m, Language language) {
        AttributionAnswer answer = attribution.attribute(filter, io.accountable.filter.GroupBy.CHANNEL);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AttributionAnswer.Row x : answer.rows()) {
            rows.add(row("key", x.key(), "label", Texts.label(language, "channel", x.key()), "credit", x.credit(),
                    "conversions", x.conversions(), "cost", x.cost(), "roi", x.roi(), "roas", x.roas()));
        }
        Map<String, Object> totals = row("credit", answer.credited(), "unattributed", answer.unattributed(), "total",
                answer.total(), "conversions", answer.conversions());
        return new Card("attribution-channel", title, List.of(column("key", m.card_key()), column("label", m.channel()),
                column("credit", m.credit()), column("conversions", m.conversions()), column("cost", m.cost()),
                column("roi", m.roi()), column("roas", m.roas())), rows, totals);
    }

    private Card models(DashboardFilter filter, String title, Msg m, Language language) {
        Map<ModelId, AttributionAnswer> all = attribution.compare(filter, io.accountable.filter.GroupBy.CHANNEL);
        List<DashboardView.ComparisonRow> comparison = DashboardService.comparison(attribution.attribute(filter, io.accountable.filter.GroupBy.CHANNEL),
                all);
        List<Card.Column> columns = new ArrayList<>(List.of(column("key", m.card_key()), column("label", m.channel())));
        Map<String, Object> totals = new LinkedHashMap<>();
        all.forEach((model, answer) -> {
            columns.add(column(model.id(), Texts.message(language, "model_" + model.id())));
            totals.put(model.id(), answer.credited());
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DashboardView.ComparisonRow c : comparison) {
            Map<String, Object> row = row("key", c.channel(), "label", Texts.label(language, "channel", c.channel()));
            row.putAll(c.credits());
            rows.add(row);
        }
        return new Card("models", title, columns, rows, totals);
    }

    private Card campaignRoi(DashboardFilter filter, String title, Msg m) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AttributionAnswer.Row x : dashboard.campaignRoi(filter)) {
            rows.add(row("key", x.key(), "label", x.label(), "credit", x.credit(), "cost", x.cost(), "roi", x.roi(),
                    "roas", x.roas()));
        }
        return new Card("campaign-roi", title, List.of(column("key", m.card_key()), column("label", m.campaign()),
                column("credit", m.credit()), column("cost", m.cost()), column("roi", m.roi()),
                column("roas", m.roas())), rows, Map.of());
    }

    /** The key of the path row of a conversion without touches, and of the row of the other paths. */
    public static final String NO_TOUCHES_KEY = io.accountable.attribution.engine.Reports.NONE;
    public static final String OTHER_PATHS_KEY = "(other)";

    private Card paths(DashboardFilter filter, String title, Msg m, Language language) {
        PathsAnswer answer = attribution.paths(filter, DashboardService.PATHS_ON_DASHBOARD);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PathsAnswer.Row r : answer.rows()) {
            rows.add(pathRow(r.path().isEmpty() ? NO_TOUCHES_KEY : String.join(">", r.path()),
                    DashboardService.pathLabel(language, r.path()), r));
        }
        if (answer.other().journeys() > 0) {
            rows.add(pathRow(OTHER_PATHS_KEY, m.other_paths(), answer.other()));
        }
        return new Card("paths", title, List.of(column("key", m.card_key()), column("label", m.path()),
                column("journeys", m.journeys()), column("conversions", m.conversions()),
                column("conversion_rate", m.conversion()), column("value", m.path_value())), rows,
                row("journeys", answer.journeys(), "conversions", answer.conversions(), "value", answer.value()));
    }

    /**
     * Where the converting journeys start and end: a row per pair of first and last channel, with
     * its conversions, their share of the conversions with touches and their value.
     */
    private Card flow(DashboardFilter filter, String title, Msg m, Language language) {
        io.accountable.attribution.engine.ChannelFlows.Result flows = attribution.flows(filter);
        int withTouches = flows.conversions() - flows.withoutTouches();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (io.accountable.attribution.engine.ChannelFlows.Flow f : flows.flows()) {
            rows.add(row("key", f.first() + ">" + f.last(), "first", f.first(), "first_label",
                    Texts.label(language, "channel", f.first()), "last", f.last(), "last_label",
                    Texts.label(language, "channel", f.last()), "conversions", f.conversions(), "share",
                    withTouches == 0 ? null : (double) f.conversions() / withTouches, "value", f.value()));
        }
        return new Card("flow", title, List.of(column("key", m.card_key()), column("first", m.flow_first_key()),
                column("first_label", m.flow_first()), column("last", m.flow_last_key()),
                column("last_label", m.flow_last()), column("conversions", m.conversions()),
                column("share", m.share()), column("value", m.path_value())), rows,
                row("conversions", flows.conversions(), "without_touches", flows.withoutTouches(), "value",
                        flows.value()));
    }

    /** The flow card drawn as a Sankey-style SVG: what the page and the PDF show above its table. */
    public static String flowSvg(Card flow, String label, Language language) {
        List<FlowSvg.Band> bands = flow.rows().stream().map(r -> new FlowSvg.Band((String) r.get("first_label"),
                (String) r.get("last_label"), ((Number) r.get("conversions")).intValue())).toList();
        return FlowSvg.draw(bands, 640, 300, label, n -> io.accountable.web.Numbers.number((double) n, language));
    }

    private static Map<String, Object> pathRow(String key, String label, PathsAnswer.Row r) {
        return row("key", key, "label", label, "journeys", r.journeys(), "conversions", r.conversions(),
                "conversion_rate", r.conversionRate(), "value", r.value());
    }

    private Card stages(DashboardFilter filter, String title, Msg m, Language language) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PipelineStages.Stage s : kpis.stages(filter)) {
            rows.add(row("key", s.name(), "label", Texts.label(language, "stage", s.name()), "entries", s.entries(),
                    "median_days", s.medianDays(), "mean_days", s.meanDays(), "open", s.open(), "conversion_to_next",
                    s.conversionToNext(), "bottleneck", s.bottleneck()));
        }
        return new Card("stages", title, List.of(column("key", m.card_key()), column("label", m.stage()),
                column("entries", m.entered()), column("median_days", m.median_days()),
                column("mean_days", m.mean_days()), column("open", m.still_open()),
                column("conversion_to_next", m.to_next_stage()), column("bottleneck", m.bottleneck())), rows,
                Map.of());
    }

    private Card engagement(DashboardFilter filter, String title, Msg m, Language language) {
        EngagementConversion.Result result = kpis.engagementTiers(filter);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EngagementConversion.TierRow t : result.tiers()) {
            rows.add(row("key", t.tier(), "label", Texts.label(language, "engagement_tier", t.tier()), "opportunities",
                    t.opportunities(), "won", t.won(), "conversion_rate", t.conversionRate()));
        }
        return new Card("engagement", title, List.of(column("key", m.card_key()), column("label", m.tier()),
                column("opportunities", m.deals_created()), column("won", m.won()),
                column("conversion_rate", m.conversion())), rows, Map.of());
    }

    private Card funnel(DashboardFilter filter, String title, Msg m, Language language) {
        ExecutiveKpis.Funnel funnel = kpis.funnel(filter);
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Long> touches = new LinkedHashMap<>();
        touches.put("tofu", funnel.tofu());
        touches.put("mofu", funnel.mofu());
        touches.put("bofu", funnel.bofu());
        touches.forEach((stage, count) -> rows.add(row("key", stage, "label", Texts.label(language, "funnel", stage),
                "touches", count, "share", funnel.share(count))));
        return new Card("funnel", title, List.of(column("key", m.card_key()), column("label", m.stage()),
                column("touches", m.touches()), column("share", m.share())), rows, row("touches", funnel.total()));
    }

    private Card nps(DashboardFilter filter, String title, Msg m) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NetPromoter.Month n : kpis.npsMonthly(filter).values()) {
            rows.add(row("key", n.month(), "responses", n.responses(), "promoters", n.promoters(), "detractors",
                    n.detractors(), "nps", n.nps()));
        }
        return new Card("nps", title, List.of(column("key", m.month()), column("responses", m.answers()),
                column("promoters", m.promoters()), column("detractors", m.detractors()), column("nps", m.nps())),
                rows, Map.of());
    }

    /** The months of {@code GET /api/kpis/trend} with its default KPIs: one row per month, oldest first. */
    private Card trend(DashboardFilter filter, String title, Msg m, Language language) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (KpiService.TrendMonth t : kpis.trend(filter, KpiService.TREND_DEFAULT)) {
            Map<String, Object> row = row("key", t.key(), "from", t.from().toString(), "to", t.to().toString());
            KpiService.TREND_DEFAULT.forEach(id -> row.put(id, t.values().get(id)));
            rows.add(row);
        }
        List<Card.Column> columns = new ArrayList<>(List.of(column("key", m.month()), column("from", m.from()),
                column("to", m.to())));
        KpiService.TREND_DEFAULT.forEach(id -> columns.add(column(id, KpiService.label(id, language))));
        return new Card("trend", title, columns, rows, Map.of());
    }

    // ---- the engagement cards (docs/metrics.md, "Engagement") ----------------------------------

    private Card engagementCard(String id, DashboardFilter filter, String title, Msg m, Language language) {
        return switch (id) {
            case "email-stages" -> emailCard(id, title, m, eng(language), kpis.emailRates(filter).byStage(),
                    kpis.emailRates(filter).total(), m.stage(),
                    r -> NONE.equals(r.key()) ? eng(language).row_no_stage() : Texts.label(language, "funnel", r.key()));
            case "email-campaigns" -> emailCard(id, title, m, eng(language), kpis.emailRates(filter).byCampaign(),
                    kpis.emailRates(filter).total(), m.campaign(),
                    r -> NONE.equals(r.key()) ? eng(language).row_no_campaign() : r.name());
            case "content-assets" -> contentAssets(filter, title, m, language);
            case "ad-tiers" -> adTiers(filter, title, m, language);
            case "revenue-types" -> revenueTypes(filter, title, m, language);
            default -> npsOutcomes(filter, title, m, language);
        };
    }

    private static final String NONE = io.accountable.attribution.engine.Reports.NONE;

    private static Card emailCard(String id, String title, Msg m, EngagementMsg e, List<EmailRates.Row> groups, EmailRates.Row total,
            String groupName, java.util.function.Function<EmailRates.Row, String> label) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EmailRates.Row r : groups) {
            Map<String, Object> row = row("key", r.key(), "label", label.apply(r));
            row.putAll(emailNumbers(r));
            rows.add(row);
        }
        return new Card(id, title, List.of(column("key", m.card_key()), column("label", groupName),
                column("sent", e.col_sent()), column("opens", e.col_opens()), column("clicks", e.col_clicks()),
                column("replies", e.col_replies()), column("open_rate", e.col_open_rate()),
                column("click_rate", e.col_click_rate()), column("reply_rate", e.col_reply_rate())), rows,
                emailNumbers(total));
    }

    private static Map<String, Object> emailNumbers(EmailRates.Row r) {
        return row("sent", r.sent(), "opens", r.opens(), "clicks", r.clicks(), "replies", r.replies(), "open_rate",
                r.openRate(), "click_rate", r.clickRate(), "reply_rate", r.replyRate());
    }

    private Card contentAssets(DashboardFilter filter, String title, Msg m, Language language) {
        ContentAssets.Result result = kpis.contentAssets(filter);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ContentAssets.Asset a : result.assets()) {
            rows.add(row("key", a.key(), "label", a.name(), "channel",
                    Texts.label(language, "channel", a.channel()),
                    "downloads", a.downloads(), "webinar_touches", a.webinarTouches(), "accounts", a.accounts(),
                    "influenced_opportunities", a.influencedOpportunities(), "influenced_pipeline",
                    a.influencedPipeline()));
        }
        return new Card("content-assets", title, List.of(column("key", m.card_key()), column("label", m.campaign()),
                column("channel", m.channel()), column("downloads", eng(language).col_downloads()),
                column("webinar_touches", eng(language).col_webinar_touches()), column("accounts", eng(language).col_accounts()),
                column("influenced_opportunities", eng(language).col_influenced_deals()),
                column("influenced_pipeline", eng(language).col_influenced_pipeline())), rows,
                row("downloads", result.downloads(), "webinar_touches", result.webinarTouches(),
                        "influenced_opportunities", result.influencedOpportunities(), "influenced_pipeline",
                        result.influencedPipeline()));
    }

    private Card adTiers(DashboardFilter filter, String title, Msg m, Language language) {
        AdEngagement.Result result = kpis.adEngagement(filter);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AdEngagement.Row r : result.tiers()) {
            Map<String, Object> row = row("key", r.tier(), "label",
                    NONE.equals(r.tier()) ? eng(language).row_no_tier() : Texts.label(language, "tier", r.tier()));
            row.putAll(adNumbers(r));
            rows.add(row);
        }
        return new Card("ad-tiers", title, List.of(column("key", m.card_key()), column("label", m.tier()),
                column("accounts", eng(language).col_accounts()), column("engaged_accounts", eng(language).col_engaged_accounts()),
                column("touches", eng(language).col_ad_touches()), column("clicks", eng(language).col_clicks()),
                column("click_rate", eng(language).col_click_rate())), rows, adNumbers(result.total()));
    }

    private static Map<String, Object> adNumbers(AdEngagement.Row r) {
        return row("accounts", r.accounts(), "engaged_accounts", r.engagedAccounts(), "touches", r.touches(), "clicks",
                r.clicks(), "click_rate", r.clickRate());
    }

    private Card revenueTypes(DashboardFilter filter, String title, Msg m, Language language) {
        RevenueByType.Result result = kpis.revenueByType(filter);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RevenueByType.Row r : result.types()) {
            rows.add(row("key", r.type(), "label",
                    NONE.equals(r.type()) ? eng(language).row_no_type() : Texts.label(language, "opportunity_type", r.type()),
                    "won", r.won(), "revenue", r.revenue(), "share", r.share()));
        }
        return new Card("revenue-types", title, List.of(column("key", m.card_key()), column("label", eng(language).col_deal_type()),
                column("won", eng(language).col_won_deals()), column("revenue", eng(language).col_revenue()), column("share", m.share())),
                rows, row("won", result.won(), "revenue", result.revenue(), "share",
                        result.won() == 0 ? null : 1.0));
    }

    private Card npsOutcomes(DashboardFilter filter, String title, Msg m, Language language) {
        NpsOutcomes.Result result = kpis.npsOutcomes(filter);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NpsOutcomes.Row r : result.categories()) {
            Map<String, Object> row = row("key", r.category(), "label", NONE.equals(r.category()) ? eng(language).row_no_answer()
                    : Texts.label(language, "nps_category", r.category()));
            row.putAll(npsNumbers(r));
            rows.add(row);
        }
        return new Card("nps-outcomes", title, List.of(column("key", m.card_key()), column("label", eng(language).col_nps_category()),
                column("accounts", eng(language).col_accounts()), column("closed", eng(language).col_closed_deals()),
                column("won", eng(language).col_won_deals()), column("win_rate", eng(language).col_win_rate()),
                column("renewal_revenue", eng(language).col_renewal_revenue()), column("upsell_revenue", eng(language).col_upsell_revenue())),
                rows, npsNumbers(result.total()));
    }

    private static Map<String, Object> npsNumbers(NpsOutcomes.Row r) {
        return row("accounts", r.accounts(), "closed", r.closed(), "won", r.won(), "win_rate", r.winRate(),
                "renewal_revenue", r.renewalRevenue(), "upsell_revenue", r.upsellRevenue());
    }

    private static Card.Column column(String key, String label) {
        return new Card.Column(key, label);
    }

    /** A row (or totals) from key-value pairs, in their order; values may be null (blank). */
    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    private static EngagementMsg eng(Language language) {
        return Texts.bundle(EngagementMsg.class, language);
    }
}
