package io.accountable.dashboard.card;

import java.util.List;
import java.util.Map;

/**
 * One card of the dashboard as data: its columns (a machine key and a label in the request's
 * language), its rows keyed by the column keys with typed values (numbers are numbers,
 * unrounded; keys and labels are text; a blank is null), and its totals where they make sense.
 */
public record Card(String id, String title, List<Column> columns, List<Map<String, Object>> rows,
        Map<String, Object> totals) {

    /** A column: {@code key} names the value in every row (and the CSV header), {@code label} is for people. */
    public record Column(String key, String label) {
    }

    /** A card's id and its title, as {@code GET /api/cards} lists them. */
    public record Entry(String id, String title) {
    }
}
