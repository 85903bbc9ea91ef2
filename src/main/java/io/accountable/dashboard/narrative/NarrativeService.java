package io.accountable.dashboard.narrative;

import io.accountable.dashboard.card.Card;
import io.accountable.dashboard.card.CardCatalogue;
import io.accountable.dashboard.narrative.Narrative.Figure;
import io.accountable.dashboard.narrative.Narrative.Statement;
import io.accountable.i18n.Language;
import io.accountable.i18n.Msg;
import io.accountable.i18n.Texts;
import io.accountable.filter.DashboardFilter;
import io.accountable.kpi.KpiService;
import io.accountable.settings.SettingsService;
import io.accountable.web.Numbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The narrative of a filter in a language: gathers the cards it reads, lets {@link NarrativeRules}
 * choose, and writes each statement with the figures formatted as their cards show them.
 */
@ApplicationScoped
public class NarrativeService {

    @Inject
    CardCatalogue cards;
    @Inject
    SettingsService settings;

    /** One sentence: its kind, its text, the same text in parts (a part that is a figure links to its card), its figures. */
    public record Sentence(String kind, String text, List<Part> parts, List<Cited> figures) {
    }

    /** A piece of a sentence; {@code href} is set when it is a figure (the card on the dashboard). */
    public record Part(String text, String href) {
    }

    /**
     * A figure as cited: its role in the sentence, where it comes from ({@code source}: the card's
     * API address with the query it was computed for, {@code row} and {@code column}), its value
     * unrounded and as written.
     */
    public record Cited(String name, String card, String source, String row, String column, Double value,
            String shown) {
    }

    /** What {@code GET /api/narrative} answers. */
    public record Told(java.time.LocalDate from, java.time.LocalDate to, String compare, java.time.LocalDate compareFrom,
            java.time.LocalDate compareTo, List<Sentence> sentences) {
    }

    public Narrative narrative(DashboardFilter filter, Language language) {
        DashboardFilter before = filter.previous();
        return NarrativeRules.of(new NarrativeRules.Inputs(filter.queryString(), before.queryString(),
                card("kpis", filter, language), card("stages", filter, language),
                card("attribution-channel", filter, language), card("attribution-channel", before, language),
                card("campaign-roi", filter, language), io.accountable.kpi.KpiCatalogue.LOWER_IS_BETTER));
    }

    public Told tell(DashboardFilter filter, Language language) {
        List<Sentence> sentences = new ArrayList<>();
        for (Statement s : narrative(filter, language).statements()) {
            sentences.add(sentence(s, filter, language));
        }
        DashboardFilter before = filter.previous();
        return new Told(filter.from(), filter.to(), filter.compare().id(), before.from(), before.to(),
                List.copyOf(sentences));
    }

    private Card card(String id, DashboardFilter filter, Language language) {
        return cards.card(id, filter, language).orElseThrow();
    }

    /** A figure in the text is a token {@code [[name]]} until the parts are cut. */
    private static final Pattern TOKEN = Pattern.compile("\\[\\[([a-z_]+)]]");

    private Sentence sentence(Statement s, DashboardFilter filter, Language language) {
        Msg m = Texts.msg(language);
        String currency = settings.current().currency();
        Map<String, String> shown = new LinkedHashMap<>();
        s.figures().forEach((name, f) -> shown.put(name, shown(s, name, f, currency, language)));
        String template = switch (s.kind()) {
            case NOTHING -> m.narrative_nothing();
            case HEADLINE -> m.narrative_headline(t("revenue"), t("revenue_change"), t("pipeline_velocity"),
                    t("pipeline_velocity_change"), t("account_penetration"), t("account_penetration_change"),
                    filter.compare() == DashboardFilter.Compare.YEAR ? m.narrative_against_year()
                            : m.narrative_against_previous());
            case LARGEST_CHANGE -> m.narrative_largest_change(KpiService.label(s.names().get("kpi"), language),
                    t("change"), t("previous"), t("value"),
                    "better".equals(s.names().get("verdict")) ? m.narrative_good() : m.narrative_bad());
            case BOTTLENECK -> m.narrative_bottleneck(Texts.label(language, "stage", s.names().get("stage")),
                    t("median_days"), t("conversion"));
            case CHANNEL_SHIFT -> channelShift(s, m, language, Texts.message(language, "model_" + filter.model().id()));
            case RECOMMENDATION -> m.narrative_recommendation(s.names().get("campaign_label"), t("credit"), t("cost"), t("roi"));
        };
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher matcher = TOKEN.matcher(template);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                parts.add(new Part(template.substring(at, matcher.start()), null));
            }
            String name = matcher.group(1);
            Figure f = s.figures().get(name);
            parts.add(new Part(shown.get(name), href(f, filter)));
            at = matcher.end();
        }
        if (at < template.length()) {
            parts.add(new Part(template.substring(at), null));
        }
        parts.forEach(p -> text.append(p.text()));
        List<Cited> cited = new ArrayList<>();
        s.figures().forEach((name, f) -> cited.add(new Cited(name, f.card(), "/api/cards/" + f.card() + "?" + f.query(),
                f.row(), f.column(), f.value(), shown.get(name))));
        return new Sentence(s.kind().name().toLowerCase(java.util.Locale.ROOT), text.toString(), List.copyOf(parts),
                List.copyOf(cited));
    }

    private static String channelShift(Statement s, Msg m, Language language, String model) {
        String gainer = s.names().get("gainer");
        String loser = s.names().get("loser");
        if (gainer != null && loser != null) {
            return m.narrative_channel_shift(model, Texts.label(language, "channel", gainer), t("gainer_before"),
                    t("gainer_now"), Texts.label(language, "channel", loser), t("loser_before"), t("loser_now"));
        }
        return gainer != null
                ? m.narrative_channel_gain(model, Texts.label(language, "channel", gainer), t("gainer_before"),
                        t("gainer_now"))
                : m.narrative_channel_loss(model, Texts.label(language, "channel", loser), t("loser_before"),
                        t("loser_now"));
    }

    private static String t(String name) {
        return "[[" + name + "]]";
    }

    /** A figure written as its card shows it. */
    private static String shown(Statement s, String name, Figure f, String currency, Language language) {
        Msg m = Texts.msg(language);
        if (f.column().equals("delta")) {
            Double d = f.value();
            if (d == null) {
                return m.narrative_no_comparison();
            }
            String amount = Numbers.percent(Math.abs(d), language);
            return d > 0 ? m.narrative_up(amount) : d < 0 ? m.narrative_down(amount) : m.narrative_unchanged();
        }
        return switch (f.card()) {
            case "kpis" -> KpiService.display(f.row(), f.value(), currency, language);
            case "stages" -> "median_days".equals(f.column()) ? Numbers.decimal(f.value(), 0, language)
                    : Numbers.percent(f.value(), language);
            default -> "roi".equals(f.column()) ? Numbers.percent(f.value(), language)
                    : Numbers.moneyShort(f.value(), currency, language);
        };
    }

    /** Where a figure is on the dashboard: its tile or card, on the page of its own period. */
    static String href(Figure f, DashboardFilter filter) {
        String anchor = switch (f.card()) {
            case "kpis" -> "#kpi-" + f.row();
            case "attribution-channel" -> "#card-attribution-channel";
            default -> "#panel-" + f.card();
        };
        return f.query().equals(filter.queryString()) ? anchor : "/?" + f.query() + anchor;
    }
}
