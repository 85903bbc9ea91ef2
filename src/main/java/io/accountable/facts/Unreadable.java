package io.accountable.facts;

import io.accountable.i18n.Language;
import io.accountable.i18n.Text;
import io.accountable.i18n.ErrorMsg;
import io.accountable.i18n.ErrorMsgs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored rows that the facts had to leave out, because a value cannot be represented (an
 * instant outside the years 1 to 9999, a reference to a row that is not there). One bad row
 * never stops the build: it is counted here per table, the first ones are kept with their id
 * and reason, and the admin sees a warning.
 */
public final class Unreadable {

    /** At most this many rows are kept with their reasons; the counts are always complete. */
    static final int KEPT = 20;

    /**
     * One left-out row: its table, its id (the database's), the column and why (written in the
     * reader's language; table and column are names of the database and stay as they are).
     */
    public record Row(String table, long id, String column, Text reason) {
        /** The row for a reader: "touchpoint id 7, occurred_at: is empty" in English. */
        public String in(Language language) {
            return ErrorMsgs.in(language).left_out_row(table, String.valueOf(id), column, reason.in(language));
        }

        /** The English line, for the log. */
        @Override
        public String toString() {
            return table + " id " + id + " (" + column + "): " + reason.english();
        }
    }

    /** Thrown while reading one row; caught by the row's loop, which leaves the row out. */
    static final class ValueException extends RuntimeException {
        final String column;
        final transient Text reason;

        /** {@code reason} is written later, in the reader's language ({@link ErrorMsg}). */
        ValueException(String column, Text reason) {
            super(null, null, false, false);
            this.column = column;
            this.reason = reason;
        }

        @Override
        public String getMessage() {
            return reason.english();
        }
    }

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    void add(String table, long id, String column, Text reason) {
        counts.merge(table, 1, Integer::sum);
        if (rows.size() < KEPT) {
            rows.add(new Row(table, id, column, reason));
        }
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** Left-out rows per table, in the order the tables are read. */
    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    /** The first left-out rows with their reasons. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** One line for a warning: "2 stored rows are left out of the numbers (opportunity 1, touchpoint 1)". */
    public String summary() {
        int total = total();
        return total + (total == 1 ? " stored row is" : " stored rows are") + " left out of the numbers because a "
                + "value cannot be read (" + tables() + ")";
    }

    /** The left-out rows per table: "opportunity 1, touchpoint 1". */
    public String tables() {
        StringBuilder b = new StringBuilder();
        counts.forEach((table, n) -> b.append(b.isEmpty() ? "" : ", ").append(table).append(' ').append(n));
        return b.toString();
    }
}
