package io.accountable.dashboard.narrative;

import java.util.List;
import java.util.Map;

/**
 * What the narrative says, before it is put into words: statements in the order they are told,
 * each with the names it mentions (a KPI, a stage, a channel, a campaign) and the figures it
 * cites. A figure is one cell of one card, {@code GET /api/cards/{card}?{query}}, row {@code row},
 * column {@code column}: the narrative never computes a number of its own.
 */
public record Narrative(List<Statement> statements) {

    /** The kinds of statement, in the order they are told. */
    public enum Kind {
        /** Revenue from target accounts, pipeline velocity and account penetration, with their changes. */
        HEADLINE,
        /** The KPI that changed most apart from the headline's three. */
        LARGEST_CHANGE,
        /** The pipeline stage where deals wait longest and fewest move on. */
        BOTTLENECK,
        /** The channels that gained and lost most credit against the comparison period. */
        CHANNEL_SHIFT,
        /** A campaign with the best return among those with little spend. */
        RECOMMENDATION,
        /** Nothing matches the filter: no revenue, pipeline or engagement to speak of. */
        NOTHING
    }

    /**
     * One statement: its kind, the names it mentions by role ({@code kpi}, {@code stage},
     * {@code gainer}, {@code loser}, {@code campaign}) and its figures by role.
     */
    public record Statement(Kind kind, Map<String, String> names, Map<String, Figure> figures) {
    }

    /**
     * One cited number: the cell {@code row} x {@code column} of the card {@code card} computed for
     * the dashboard query {@code query}; {@code value} is that cell, unrounded (null: blank).
     */
    public record Figure(String card, String query, String row, String column, Double value) {
    }
}
