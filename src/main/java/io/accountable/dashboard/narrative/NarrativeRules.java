package io.accountable.dashboard.narrative;

import io.accountable.dashboard.card.Card;
import io.accountable.dashboard.narrative.Narrative.Figure;
import io.accountable.dashboard.narrative.Narrative.Kind;
import io.accountable.dashboard.narrative.Narrative.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that choose what the narrative says, from the dashboard's cards alone (docs/narrative.md):
 * deterministic, no service, no number of its own. Every figure is a cell of a card.
 */
public final class NarrativeRules {

    /** The three numbers the narrative always starts with, in that order. */
    public static final List<String> HEADLINE = List.of("revenue", "pipeline_velocity", "account_penetration");

    /**
     * KPIs never told as "the largest change": a change itself (revenue growth), a size that only
     * follows the filter (the addressable market), and a return on a cost (ROI), whose relative
     * change runs to thousands of percent when the cost is small.
     */
    static final Set<String> NOT_A_CHANGE = Set.of("revenue_growth", "tam", "roi");

    /** A change smaller than this (relative, 0.5 %) is not worth a sentence. */
    static final double NEGLIGIBLE = 0.005;

    /**
     * The cards the narrative reads. {@code query} is the dashboard's query of the period, and
     * {@code comparisonQuery} the query of the period it is compared with ({@code channelsBefore}
     * was computed for it); {@code lowerIsBetter} names the KPIs whose fall is good news.
     */
    public record Inputs(String query, String comparisonQuery, Card kpis, Card stages, Card channels,
            Card channelsBefore, Card campaigns, Set<String> lowerIsBetter) {
    }

    private NarrativeRules() {
    }

    public static Narrative of(Inputs in) {
        List<Statement> out = new ArrayList<>();
        if (nothingHappened(in.kpis())) {
            out.add(new Statement(Kind.NOTHING, Map.of(), Map.of()));
            return new Narrative(List.copyOf(out));
        }
        out.add(headline(in));
        largestChange(in).ifPresent(out::add);
        bottleneck(in).ifPresent(out::add);
        channelShift(in).ifPresent(out::add);
        recommendation(in).ifPresent(out::add);
        return new Narrative(List.copyOf(out));
    }

    /** No revenue, no pipeline created and no engaged account in the period. */
    static boolean nothingHappened(Card kpis) {
        return isZero(cell(kpis, "revenue", "value")) && isZero(cell(kpis, "pipeline_created", "value"))
                && isZero(cell(kpis, "engaged_accounts", "value"));
    }

    private static boolean isZero(Double value) {
        return value == null || value == 0;
    }

    private static Statement headline(Inputs in) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (String id : HEADLINE) {
            figures.put(id, figure(in.kpis(), in.query(), id, "value"));
            figures.put(id + "_change", figure(in.kpis(), in.query(), id, "delta"));
        }
        return new Statement(Kind.HEADLINE, Map.of(), figures);
    }

    /** The KPI with the largest relative change, apart from the headline's three (ties: the card's order). */
    static java.util.Optional<Statement> largestChange(Inputs in) {
        Map<String, Object> best = null;
        double bestSize = NEGLIGIBLE;
        for (Map<String, Object> row : in.kpis().rows()) {
            String id = (String) row.get("key");
            Double delta = number(row.get("delta"));
            Double previous = number(row.get("previous"));
            // a relative change from zero or from a negative value is not a size
            if (HEADLINE.contains(id) || NOT_A_CHANGE.contains(id) || delta == null || number(row.get("value")) == null
                    || previous == null || previous <= 0) {
                continue;
            }
            if (Math.abs(delta) > bestSize) {
                best = row;
                bestSize = Math.abs(delta);
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        String id = (String) best.get("key");
        double delta = number(best.get("delta"));
        boolean better = (delta > 0) != in.lowerIsBetter().contains(id);
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("value", figure(in.kpis(), in.query(), id, "value"));
        figures.put("previous", figure(in.kpis(), in.query(), id, "previous"));
        figures.put("change", figure(in.kpis(), in.query(), id, "delta"));
        return java.util.Optional.of(new Statement(Kind.LARGEST_CHANGE,
                Map.of("kpi", id, "verdict", better ? "better" : "worse"), figures));
    }

    /** The stage the stages card marks as the bottleneck. */
    static java.util.Optional<Statement> bottleneck(Inputs in) {
        return in.stages().rows().stream().filter(r -> Boolean.TRUE.equals(r.get("bottleneck"))).findFirst()
                .map(r -> {
                    String stage = (String) r.get("key");
                    Map<String, Figure> figures = new LinkedHashMap<>();
                    figures.put("median_days", figure(in.stages(), in.query(), stage, "median_days"));
                    figures.put("conversion", figure(in.stages(), in.query(), stage, "conversion_to_next"));
                    return new Statement(Kind.BOTTLENECK, Map.of("stage", stage), figures);
                });
    }

    /**
     * The channel whose credit rose most and the one whose credit fell most against the
     * comparison period (a channel without a row in a card has no credit there); nothing when the
     * comparison period has no credit at all (everything would be a gain).
     */
    static java.util.Optional<Statement> channelShift(Inputs in) {
        Map<String, Double> before = credits(in.channelsBefore());
        if (before.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            return java.util.Optional.empty();
        }
        Map<String, Double> now = credits(in.channels());
        Set<String> channels = new LinkedHashSet<>(now.keySet());
        channels.addAll(before.keySet());
        String gainer = null;
        String loser = null;
        double gain = 0;
        double loss = 0;
        for (String c : channels) {
            double change = now.getOrDefault(c, 0.0) - before.getOrDefault(c, 0.0);
            if (change > gain) {
                gain = change;
                gainer = c;
            }
            if (change < loss) {
                loss = change;
                loser = c;
            }
        }
        if (gainer == null && loser == null) {
            return java.util.Optional.empty();
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Figure> figures = new LinkedHashMap<>();
        if (gainer != null) {
            names.put("gainer", gainer);
            figures.put("gainer_now", creditFigure(in.channels(), in.query(), gainer));
            figures.put("gainer_before", creditFigure(in.channelsBefore(), in.comparisonQuery(), gainer));
        }
        if (loser != null) {
            names.put("loser", loser);
            figures.put("loser_now", creditFigure(in.channels(), in.query(), loser));
            figures.put("loser_before", creditFigure(in.channelsBefore(), in.comparisonQuery(), loser));
        }
        return java.util.Optional.of(new Statement(Kind.CHANNEL_SHIFT, names, figures));
    }

    /**
     * Among the campaigns with a cost and a return whose cost is at most the median cost, the one
     * with the highest ROI, when that ROI is positive and there are at least two such campaigns:
     * where more budget is likely to earn most.
     */
    static java.util.Optional<Statement> recommendation(Inputs in) {
        List<Map<String, Object>> priced = in.campaigns().rows().stream().filter(r -> {
            Double cost = number(r.get("cost"));
            return cost != null && cost > 0 && number(r.get("roi")) != null;
        }).toList();
        if (priced.size() < 2) {
            return java.util.Optional.empty();
        }
        double[] costs = priced.stream().mapToDouble(r -> number(r.get("cost"))).sorted().toArray();
        double median = costs[(costs.length - 1) / 2];
        return priced.stream().filter(r -> number(r.get("cost")) <= median)
                .max(Comparator.comparingDouble((Map<String, Object> r) -> number(r.get("roi")))
                        .thenComparing(r -> -number(r.get("cost"))))
                .filter(r -> number(r.get("roi")) > 0).map(r -> {
                    String key = (String) r.get("key");
                    Map<String, Figure> figures = new LinkedHashMap<>();
                    figures.put("roi", figure(in.campaigns(), in.query(), key, "roi"));
                    figures.put("cost", figure(in.campaigns(), in.query(), key, "cost"));
                    figures.put("credit", figure(in.campaigns(), in.query(), key, "credit"));
                    Object label = r.get("label");
                    return new Statement(Kind.RECOMMENDATION,
                            Map.of("campaign", key, "campaign_label", label == null ? key : label.toString()), figures);
                });
    }

    private static Map<String, Double> credits(Card channels) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map<String, Object> row : channels.rows()) {
            Double credit = number(row.get("credit"));
            out.put((String) row.get("key"), credit == null ? 0.0 : credit);
        }
        return out;
    }

    private static Figure creditFigure(Card card, String query, String channel) {
        Double value = cell(card, channel, "credit");
        return new Figure(card.id(), query, channel, "credit", value == null ? 0.0 : value);
    }

    private static Figure figure(Card card, String query, String row, String column) {
        return new Figure(card.id(), query, row, column, cell(card, row, column));
    }

    /** The cell of a card: row by key, column by key; null when blank or absent. */
    static Double cell(Card card, String row, String column) {
        return card.rows().stream().filter(r -> row.equals(r.get("key"))).findFirst()
                .map(r -> number(r.get(column))).orElse(null);
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
