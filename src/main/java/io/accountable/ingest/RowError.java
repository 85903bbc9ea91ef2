package io.accountable.ingest;

/**
 * Why a row (or the whole file) was rejected.
 *
 * @param row 1 is the first data row; 0 is the file itself (an empty file, a missing column)
 * @param column the spec column at fault; null for a whole-row problem such as a ragged row
 * @param value the value at fault as read (shortened when long); may be null
 * @param message the reason, in words a user can act on
 */
public record RowError(long row, String column, String value, String message) {
}
