package io.accountable.ingest;

import io.accountable.i18n.Language;
import io.accountable.i18n.Text;
import java.util.Objects;

/**
 * Why a row (or the whole file) was rejected.
 *
 * @param row 1 is the first data row; 0 is the file itself (an empty file, a missing column)
 * @param column the spec column at fault; null for a whole-row problem such as a ragged row
 * @param value the value at fault as read (shortened when long); may be null
 * @param reason the reason, in words a user can act on, written in the reader's language at the
 *     edge ({@link #message(Language)}); {@link #message()} is its English
 */
public record RowError(long row, String column, String value, Text reason) {

    /** A reason that reads the same in every language. */
    public RowError(long row, String column, String value, String message) {
        this(row, column, value, Text.fixed(message));
    }

    /** The reason in English (logs, stored records, tests). */
    public String message() {
        return reason.english();
    }

    public String message(Language language) {
        return reason.in(language);
    }

    /** Two errors are equal when they say the same in English. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RowError e && row == e.row && Objects.equals(column, e.column)
                && Objects.equals(value, e.value) && message().equals(e.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, column, value, message());
    }

    @Override
    public String toString() {
        return "RowError[row=" + row + ", column=" + column + ", value=" + value + ", message=" + message() + "]";
    }

    /** As the API answers it: the reason written in the request's language. */
    public record Written(long row, String column, String value, String message) {
    }

    Written written(Language language) {
        return new Written(row, column, value, message(language));
    }
}
