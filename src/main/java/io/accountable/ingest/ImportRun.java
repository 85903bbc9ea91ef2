package io.accountable.ingest;

import io.accountable.ingest.RowValidator.RowRejected;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One import of one file: reads it row by row, validates each row, and hands the valid rows to
 * a {@link TableWriter} a chunk at a time. Holds the counts, the errors and what a preview shows.
 * Used once.
 */
final class ImportRun {

    private final ImportKind kind;
    private final ImportOptions options;
    private final Connection connection;
    /** False for a preview: every row is validated and classified, nothing is written. */
    private final boolean writes;
    private final List<ImportColumn> columns;
    /** Told the number of rows read after each chunk; may be null. */
    private final LongConsumer progress;

    private long read;
    private long created;
    private long updated;
    private long unchanged;
    private long rejected;
    private long blankRows;
    /** The data row number of the last record read (1 = the first after the header). */
    private long lastRow;
    /** The file as a whole is refused (empty, a column missing, unreadable CSV): nothing is written. */
    private boolean refused;
    private final List<RowError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    // What a preview shows
    String encoding = "UTF-8";
    String delimiter = ",";
    final Map<String, String> headerMapping = new LinkedHashMap<>();
    final List<String> unknownColumns = new ArrayList<>();
    private final List<String> unknownWarnings = new ArrayList<>();
    /** The most characters one row may take (see CsvInput's row guard). */
    private long recordLimit;
    /** Amounts rounded to 6 decimals; the first ones are listed row by row. */
    private long rounded;
    static final int MAX_ROUNDING_WARNINGS = 100;
    /** More unknown columns than this are summarised in one warning. */
    static final int MAX_COLUMN_WARNINGS = 10;
    final List<String> missingColumns = new ArrayList<>();
    final List<Map<String, String>> firstRows = new ArrayList<>();

    /** The header's field count, and for each spec column its field in the file (-1: absent). */
    private int headerSize;
    private int[] position;

    ImportRun(ImportKind kind, ImportOptions options, Connection connection, boolean writes, LongConsumer progress) {
        this.kind = kind;
        this.progress = progress;
        this.options = options;
        this.connection = connection;
        this.writes = writes;
        this.columns = kind.columns();
    }

    /** A parse error the CSV reader cannot get past (an unclosed quote, text after a closing quote). */
    private static final class UnreadableCsv extends Exception {
        UnreadableCsv(String message) {
            super(message, null, false, false);
        }
    }

    ImportResult execute(InputStream in) throws SQLException {
        // An unclosed quote would read the rest of the file into one value: stop far beyond any real row.
        recordLimit = Math.max(1L << 20, Math.min(options.maxFieldLength(), Long.MAX_VALUE / 64) * 64);
        CsvInput input = CsvInput.open(in, options.charset(), recordLimit);
        encoding = input.encoding();
        delimiter = input.delimiterName();
        if (input.isEmpty()) {
            return refuse(null, "The file is empty: the first line must name the columns, like "
                    + String.join(",", kind.requiredColumns()) + ".");
        }
        try (CSVParser parser = input.parser()) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = next(records, input);
            if (header == null) {
                return refuse(null, "The file is empty (only blank lines): the first line must name the columns, "
                        + "like " + String.join(",", kind.requiredColumns()) + ".");
            }
            if (!mapHeader(header)) {
                return result();
            }
            readRows(records, input);
        } catch (UnreadableCsv e) {
            // only the header line gets here; a data row's parse error is handled in readRows
            return refuse(null, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result();
    }

    private void readRows(Iterator<CSVRecord> records, CsvInput input) throws SQLException {
        Set<ImportKind> referenced = EnumSet.noneOf(ImportKind.class);
        columns.stream().filter(c -> c.ref() != null).forEach(c -> referenced.add(c.ref()));
        RowValidator validator = new RowValidator(kind, options, References.load(connection, referenced));
        boolean[] inFile = new boolean[columns.size()];
        for (int i = 0; i < inFile.length; i++) {
            inFile[i] = position[i] >= 0;
        }
        // Ids seen so far and the row they were first seen on. A few million short ids fit easily in
        // a 512 MB heap (the size limit of a file keeps it there); the rows themselves are not kept.
        Map<String, Long> seen = new HashMap<>();
        List<Object[]> chunk = new ArrayList<>(CsvImporter.CHUNK);
        try (TableWriter writer = new TableWriter(kind, inFile, connection)) {
            try {
                CSVRecord record;
                while ((record = next(records, input)) != null) {
                    if (isBlank(record)) {
                        blankRows++;
                        continue;
                    }
                    read++;
                    if (firstRows.size() < CsvImporter.PREVIEW_ROWS) {
                        firstRows.add(asRead(record));
                    }
                    Object[] values = validRow(record, lastRow, validator, seen);
                    if (values != null) {
                        chunk.add(values);
                        if (chunk.size() == CsvImporter.CHUNK) {
                            flush(chunk, writer);
                            if (progress != null) {
                                progress.accept(read);
                            }
                        }
                    }
                }
            } catch (UnreadableCsv e) {
                // The rest of the file is lost: count the row where reading stopped as rejected and
                // refuse the whole file, whatever the mode (its valid rows would be a random part).
                read++;
                rejected++;
                refused = true;
                error(lastRow + 1, null, null, e.getMessage());
            }
            // the rows read before are still classified, so that the counts reconcile
            flush(chunk, writer);
        }
        if (read == 0) {
            warnings.add("The file has a header but no data rows: there is nothing to import.");
        }
        if (blankRows > 0) {
            warnings.add(blankRows + " blank row(s) were skipped.");
        }
    }

    private CSVRecord next(Iterator<CSVRecord> records, CsvInput input) throws UnreadableCsv {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            input.recordRead();
            // Row numbers count records, so a quoted newline does not shift them; empty lines are
            // not records, blank ones (",,,") are.
            lastRow = record.getRecordNumber() - 1;
            return record;
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            if (cause instanceof CharacterCodingException) {
                throw new UnsupportedFileException("This file is not UTF-8 text: a byte after data row " + lastRow
                        + " is not UTF-8. If it was saved as Windows-1252 (Excel on Windows often does), import it "
                        + "again with charset windows-1252, or save it as CSV UTF-8.", e);
            }
            if (cause instanceof CsvInput.RowTooLongException) {
                throw new UnreadableCsv(cause.getMessage() + " Nothing after data row " + lastRow + " could be read.");
            }
            if (!(cause instanceof CSVException)) {
                throw e; // the stream itself failed (not the file's content): the caller rolls back
            }
            throw new UnreadableCsv("The file cannot be read as CSV from data row " + (lastRow + 1) + " on: "
                    + cause.getMessage() + ". Look for a quote left open or text after a closing quote; a value "
                    + "with quotes in it must be quoted and its quotes doubled (\"say \"\"hi\"\"\").");
        }
    }

    /**
     * Maps the header's names to spec columns; records unknown and missing columns.
     *
     * @return false when the file is refused (a required column missing, a column twice)
     */
    private boolean mapHeader(CSVRecord header) {
        headerSize = header.size();
        position = new int[columns.size()];
        Arrays.fill(position, -1);
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byKey.put(key(columns.get(i).name()), i);
        }
        List<String> names = new ArrayList<>();
        for (int field = 0; field < header.size(); field++) {
            String name = header.get(field).replace("\uFEFF", "").strip();
            names.add(name);
            Integer column = byKey.get(key(name));
            if (column == null) {
                unknownColumns.add(name);
                unknownWarnings.add(name.isEmpty() ? "Column " + (field + 1) + " has no name and is ignored."
                        : "Unknown column '" + RowValidator.shorten(name) + "' is ignored.");
            } else if (position[column] >= 0) {
                String spec = columns.get(column).name();
                refuse(spec, "The columns '" + header.get(position[column]).strip() + "' and '" + name
                        + "' are both " + spec + ": keep one of them.");
            } else {
                position[column] = field;
                headerMapping.put(name, columns.get(column).name());
            }
        }
        if (unknownWarnings.size() <= MAX_COLUMN_WARNINGS) {
            warnings.addAll(unknownWarnings);
        } else {
            // thousands of unknown columns are one warning, not thousands
            warnings.add(unknownWarnings.size() + " columns are unknown and ignored; the first "
                    + MAX_COLUMN_WARNINGS + ": " + unknownColumns.stream().limit(MAX_COLUMN_WARNINGS)
                            .map(n -> "'" + RowValidator.shorten(n) + "'").collect(java.util.stream.Collectors.joining(", "))
                    + ". Is this the right kind of file?");
        }
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn column = columns.get(i);
            if (column.required() && position[i] < 0) {
                missingColumns.add(column.name());
                refuse(column.name(), "Required column '" + column.name() + "' is missing. The header was read as "
                        + names + " with the delimiter '" + delimiter + "'"
                        + (names.size() == 1 ? "; the delimiter must be ',', ';' or tab." : "."));
            }
        }
        return !refused;
    }

    /** Header names match ignoring case, spaces, {@code _} and {@code -}: "Account ID" is account_id. */
    static String key(String header) {
        StringBuilder key = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c != '_' && c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** The row's values, or null when it is rejected (the error is recorded). */
    private Object[] validRow(CSVRecord record, long row, RowValidator validator, Map<String, Long> seen) {
        for (int field = 0; field < record.size(); field++) {
            String value = record.get(field);
            int cut = value.indexOf(CsvInput.CUT);
            if (cut >= 0) {
                return reject(row, columnOfField(record, field), RowValidator.shorten(value.substring(0, cut)),
                        "The row is longer than " + recordLimit + " characters: this value is far too long, and the "
                                + "rest of the row was skipped.");
            }
        }
        if (record.size() != headerSize) {
            return reject(row, null, null, "This row has " + record.size() + " fields; the header has " + headerSize
                    + ". A value with the delimiter '" + delimiter + "' in it must be in quotes.");
        }
        for (int field = 0; field < record.size(); field++) {
            String value = record.get(field);
            if (value.length() > options.maxFieldLength()) {
                return reject(row, columnOfField(record, field), RowValidator.shorten(value), "The value is longer "
                        + "than " + options.maxFieldLength() + " characters (" + value.length() + ").");
            }
        }
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = position[i] >= 0 ? record.get(position[i]) : null;
        }
        if (kind.hasId()) {
            // Checked first, on the id as written, so a later row with the same id is a duplicate even
            // when the first one was rejected for another reason.
            String id = cells[0].strip(); // the id is the first column of every kind that has one
            Long first = id.isEmpty() ? null : seen.putIfAbsent(id, row);
            if (first != null) {
                return reject(row, "id", id, "Duplicate id '" + id + "': first seen on row " + first + ".");
            }
        }
        Object[] values;
        try {
            values = validator.validate(cells);
        } catch (RowRejected e) {
            return reject(row, e.column, e.value, e.getMessage());
        }
        for (String rounding : validator.roundings()) {
            if (++rounded <= MAX_ROUNDING_WARNINGS) {
                warnings.add("Row " + row + ": " + rounding);
            }
        }
        if (!kind.hasId()) {
            String key = values[0] + "\u0000" + values[1] + "\u0000" + values[2];
            Long first = seen.putIfAbsent(key, row);
            if (first != null) {
                return reject(row, null, null, "Duplicate stage change (same opportunity_id, stage and entered_at): "
                        + "first seen on row " + first + ".");
            }
        }
        return values;
    }

    /** The spec column of a field, or the file's header name when it is not one. */
    private String columnOfField(CSVRecord record, int field) {
        for (int i = 0; i < position.length; i++) {
            if (position[i] == field) {
                return columns.get(i).name();
            }
        }
        return null;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The row as read, by spec column, for the preview. */
    private Map<String, String> asRead(CSVRecord record) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (position[i] >= 0) {
                row.put(columns.get(i).name(), position[i] < record.size() ? record.get(position[i]) : null);
            }
        }
        return row;
    }

    private void flush(List<Object[]> chunk, TableWriter writer) throws SQLException {
        // All-or-nothing stops writing at the first rejected row (the caller rolls back anyway) but
        // goes on validating and classifying, so the answer lists every error.
        boolean write = writes && !refused && (options.mode() == ImportMode.SKIP_INVALID || rejected == 0);
        TableWriter.Counts counts = writer.write(chunk, write);
        created += counts.created();
        updated += counts.updated();
        unchanged += counts.unchanged();
        chunk.clear();
    }

    private Object[] reject(long row, String column, String value, String message) {
        rejected++;
        error(row, column, value, message);
        return null;
    }

    private ImportResult refuse(String column, String message) {
        refused = true;
        error(0, column, null, message);
        return result();
    }

    private void error(long row, String column, String value, String message) {
        if (errors.size() < CsvImporter.MAX_ERRORS) {
            errors.add(new RowError(row, column, value, message));
        }
    }

    private ImportResult result() {
        boolean written = writes && !refused && (options.mode() == ImportMode.SKIP_INVALID || rejected == 0);
        List<String> notes = new ArrayList<>(warnings);
        if (rounded > MAX_ROUNDING_WARNINGS) {
            notes.add(rounded + " amounts had more than 6 decimals and were rounded half-up; the first "
                    + MAX_ROUNDING_WARNINGS + " are listed.");
        }
        if (rejected > errors.size()) {
            notes.add("Only the first " + errors.size() + " errors are listed; " + rejected
                    + " rows were rejected in all.");
        }
        if (writes && !refused && !written) {
            notes.add("Nothing was written: " + rejected + " row(s) were rejected and the mode is all-or-nothing. "
                    + (read > rejected ? "Correct them, or import with skip-invalid to write the " + (read - rejected)
                            + " valid row(s)." : "Correct them and import the file again."));
        }
        return new ImportResult(kind.id(), read, created, updated, unchanged, rejected, errors, notes, written);
    }
}
