package io.accountable.dashboard.card;

import io.accountable.i18n.Language;
import io.accountable.i18n.Msg;
import io.accountable.i18n.Texts;
import io.accountable.filter.DashboardFilter;
import io.accountable.kpi.DashboardView;
import io.accountable.web.Numbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Engagement section of the dashboard and of the executive summary (docs/metrics.md,
 * "Engagement"): its cards as tables, written from the cards' own rows, so the page, the PDF,
 * {@code GET /api/cards/{id}} and the CSV hold the same numbers.
 */
@ApplicationScoped
public class EngagementCards {

    /** The section's cards, in the order of the page. */
    public static final List<String> IDS = List.of("email-stages", "email-campaigns", "content-assets", "ad-tiers",
            "revenue-types", "nps-outcomes");

    /** The content assets shown on the page and on paper (the card and its CSV hold them all). */
    public static final int TOP_ASSETS = 10;

    @Inject
    CardCatalogue catalogue;

    /** Every card of the section as a table: the card's rows (the top assets), then its totals. */
    public List<DashboardView.ChartPanel> panels(DashboardFilter filter, String currency, Language language) {
        Msg m = Texts.msg(language);
        List<DashboardView.ChartPanel> panels = new ArrayList<>();
        for (String id : IDS) {
            Card card = catalogue.card(id, filter, language).orElseThrow();
            List<Card.Column> columns = card.columns().stream().filter(c -> !"key".equals(c.key())).toList();
            List<Map<String, Object>> rows = "content-assets".equals(id)
                    ? card.rows().subList(0, Math.min(TOP_ASSETS, card.rows().size())) : card.rows();
            List<List<String>> cells = new ArrayList<>();
            rows.forEach(r -> cells.add(columns.stream().map(c -> cell(c.key(), r.get(c.key()), currency, language))
                    .toList()));
            if (!card.totals().isEmpty()) {
                cells.add(columns.stream().map(c -> "label".equals(c.key()) ? eng(language).row_total()
                        : cell(c.key(), card.totals().get(c.key()), currency, language)).toList());
            }
            panels.add(new DashboardView.ChartPanel(id, card.title(), description(id, eng(language)),
                    null, columns.stream().map(Card.Column::label).toList(), cells, null, null));
        }
        return panels;
    }

    private static String description(String id, EngagementMsg e) {
        return switch (id) {
            case "email-stages" -> e.panel_email_stages_text();
            case "email-campaigns" -> e.panel_email_campaigns_text();
            case "content-assets" -> e.panel_content_assets_text(TOP_ASSETS);
            case "ad-tiers" -> e.panel_ad_tiers_text();
            case "revenue-types" -> e.panel_revenue_types_text();
            default -> e.panel_nps_outcomes_text();
        };
    }

    /** How a column is written: {@code percent}, {@code money}, {@code count} or {@code text}. */
    public static String format(String column) {
        if ("label".equals(column) || "channel".equals(column) || "key".equals(column)) {
            return "text";
        }
        if (column.endsWith("_rate") || "share".equals(column)) {
            return "percent";
        }
        if (column.contains("revenue") || column.contains("pipeline")) {
            return "money";
        }
        return "count";
    }

    /** A value of the card as the page writes it; a blank (no denominator, no total) is empty. */
    public static String cell(String column, Object value, String currency, Language language) {
        if (value == null) {
            return "";
        }
        Double number = value instanceof Number n ? n.doubleValue() : null;
        return switch (format(column)) {
            case "percent" -> Numbers.percent(number, language);
            case "money" -> Numbers.moneyShort(number, currency, language);
            case "count" -> Numbers.number(number, language);
            default -> String.valueOf(value);
        };
    }

    private static EngagementMsg eng(Language language) {
        return Texts.bundle(EngagementMsg.class, language);
    }
}
