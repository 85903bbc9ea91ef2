package io.accountable.ingest;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Collections;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Imports one CSV file of data-and-api.md into the database through a JDBC connection:
 * row-level answers, upserts by (kind, id), all-or-nothing or skip-invalid.
 *
 * <p>The file is streamed: rows are read one by one and written a chunk of {@value #CHUNK} at a
 * time (one lookup query per chunk, then batched inserts and updates). What stays in memory is
 * the chunk, the ids seen so far (to reject duplicates) and the ids of the referenced kinds.
 *
 * <p>Answers to edge cases: an empty file is refused with an error on row 0; a header without
 * data rows is a successful import of nothing (read 0, written, with a warning); a missing
 * required column refuses the file (one error per column, row 0, read 0); a file that cannot be
 * parsed as CSV part-way (an unclosed quote) gets an error on the row where reading stopped and
 * nothing is written, whatever the mode; binary data or invalid UTF-8 (when no charset is given)
 * throws {@link UnsupportedFileException}. In skip-invalid mode a file whose every row is
 * rejected is still "written" (with nothing in it).
 *
 * <p>Errors: a database failure is thrown as an {@link IllegalStateException} with the
 * {@link SQLException} as its cause; the caller rolls back.
 */
public final class CsvImporter {

    /** Rows per lookup query and per JDBC batch. */
    public static final int CHUNK = 1_000;
    /** At most this many errors are listed; every rejected row is counted. */
    public static final int MAX_ERRORS = 1_000;
    static final int PREVIEW_ROWS = 10;

    private CsvImporter() {
    }

    /**
     * What importing the file would do, writing nothing: every row is validated (references
     * against the database included) and classified as created, updated or unchanged by looking
     * up the existing rows, without writing (the classification is exact because an id appears at
     * most once in a file). Does not touch the connection's transaction.
     */
    public static Preview preview(InputStream in, ImportKind kind, ImportOptions options, Connection c) {
        return preview(in, kind, options, c, null);
    }

    /**
     * As {@link #preview(InputStream, ImportKind, ImportOptions, Connection)}, telling
     * {@code progress} the rows read so far every {@value #CHUNK} rows; what it throws (a
     * cancellation) stops the preview and is thrown here.
     */
    public static Preview preview(InputStream in, ImportKind kind, ImportOptions options, Connection c,
            LongConsumer progress) {
        return preview(new ImportRun(kind, options, c, false, progress), in);
    }

    /**
     * How the file is read and its first {@value #PREVIEW_ROWS} rows, reading no further and
     * validating nothing: what the Import page shows at once while the full pass runs. The
     * dry run counts only the rows of the sample; a refused header is refused here already.
     */
    public static Preview sample(InputStream in, ImportKind kind, ImportOptions options) {
        return preview(new ImportRun(kind, options, null, false, null).sampleOnly(), in);
    }

    private static Preview preview(ImportRun run, InputStream in) {
        ImportResult result;
        try {
            result = run.execute(in);
        } catch (SQLException e) {
            throw new IllegalStateException("The preview failed in the database: " + e.getMessage(), e);
        }
        // unmodifiable views keep the file's column order (Map.copyOf would not)
        return new Preview(run.encoding, run.delimiter, Collections.unmodifiableMap(run.headerMapping),
                List.copyOf(run.unknownColumns), List.copyOf(run.missingColumns),
                List.copyOf(run.firstRows.stream().map(Collections::unmodifiableMap).toList()), result);
    }

    /**
     * Imports the file. The connection must have autoCommit off: the caller commits when
     * {@link ImportResult#written()} is true and rolls back otherwise (or on an exception). Rows of
     * an all-or-nothing import that were written before a rejected row was found are also rolled
     * back here, to a savepoint taken at the start, so the connection holds none of the file's
     * rows when written is false.
     *
     * @throws IllegalArgumentException when the connection is in autoCommit mode
     * @throws UnsupportedFileException when the file is binary or not UTF-8 (no charset given)
     */
    public static ImportResult run(InputStream in, ImportKind kind, ImportOptions options, Connection c) {
        return run(in, kind, options, c, null);
    }

    /** As {@link #run(InputStream, ImportKind, ImportOptions, Connection)}, telling {@code progress} the rows read so far. */
    public static ImportResult run(InputStream in, ImportKind kind, ImportOptions options, Connection c,
            LongConsumer progress) {
        return run(in, kind, options, c, progress, null);
    }

    /**
     * As {@link #run(InputStream, ImportKind, ImportOptions, Connection, LongConsumer)}, recording
     * in {@code import_change} under {@code importId} (when not null) each row created and each row
     * updated with the values it replaced, so that the import can be undone.
     */
    public static ImportResult run(InputStream in, ImportKind kind, ImportOptions options, Connection c,
            LongConsumer progress, Long importId) {
        try {
            if (c.getAutoCommit()) {
                throw new IllegalArgumentException("CsvImporter.run needs a Connection with autoCommit off: the "
                        + "caller commits when the result is written and rolls back otherwise.");
            }
            Savepoint start = c.setSavepoint();
            ImportResult result;
            try {
                result = new ImportRun(kind, options, c, true, progress, importId).execute(in);
            } catch (RuntimeException | SQLException e) {
                rollbackQuietly(c, start, e);
                throw e;
            }
            if (!result.written()) {
                c.rollback(start);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("The import failed in the database: " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection c, Savepoint start, Exception cause) {
        try {
            c.rollback(start);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
