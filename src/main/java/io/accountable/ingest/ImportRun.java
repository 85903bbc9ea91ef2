package io.accountable.ingest;

import io.accountable.i18n.Text;
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
    /** Told the number of rows read every {@value CsvImporter#CHUNK} rows; may be null. May throw to stop the run. */
    private final LongConsumer progress;
    /** Only the header and the first rows are read, for the preview's sample: nothing validated. */
    private boolean sampleOnly;

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
    private final List<Text> warnings = new ArrayList<>();

    // What a preview shows
    String encoding = "UTF-8";
    String delimiter = ",";
    final Map<String, String> headerMapping = new LinkedHashMap<>();
    final List<String> unknownColumns = new ArrayList<>();
    private final List<Text> unknownWarnings = new ArrayList<>();
    /** The most characters one row may take (see CsvInput's row guard). */
    private long recordLimit;
    /** Amounts rounded to 6 decimals; the first ones are listed row by row. */
    private long rounded;
    static final int MAX_ROUNDING_WARNINGS = 100;
    /** More unknown columns than this are summarised in one warning. */
    static final int MAX_COLUMN_WARNINGS = 10;
    final List<String> missingColumns = new ArrayList<>();
    /** The kind the header fits clearly better than the chosen one: the file is refused. */
    private ImportKind suggestedKind;
    final List<Map<String, String>> firstRows = new ArrayList<>();

    /** The header's field count, and for each spec column its field in the file (-1: absent). */
    private int headerSize;
    private int[] position;

    /** The file's row of a row read (a mapped stream's rows may be several of one file row). */
    private java.util.function.LongUnaryOperator fileRow = row -> row;

    /** The import_record id the changes are recorded under (for an undo); null: not recorded. */
    private final Long importId;

    ImportRun(ImportKind kind, ImportOptions options, Connection connection, boolean writes, LongConsumer progress) {
        this(kind, options, connection, writes, progress, null);
    }

    ImportRun(ImportKind kind, ImportOptions options, Connection connection, boolean writes, LongConsumer progress,
            Long importId) {
        this.importId = importId;
        this.kind = kind;
        this.progress = progress;
        this.options = options;
        this.connection = connection;
        this.writes = writes;
        this.columns = kind.columns();
    }

    /** Reads only the header and the first {@value CsvImporter#PREVIEW_ROWS} rows (no validation, no database). */
    ImportRun sampleOnly() {
        this.sampleOnly = true;
        return this;
    }

    /** A parse error the CSV reader cannot get past (an unclosed quote, text after a closing quote). */
    private static final class UnreadableCsv extends Exception {
        final transient Text reason;

        UnreadableCsv(Text reason) {
            super(null, null, false, false);
            this.reason = reason;
        }

        @Override
        public String getMessage() {
            return reason.english();
        }
    }

    /** The most characters one row may take: far beyond any real row, so an unclosed quote stops early. */
    static long recordLimit(ImportOptions options) {
        return Math.max(1L << 20, Math.min(options.maxFieldLength(), Long.MAX_VALUE / 64) * 64);
    }

    ImportResult execute(InputStream in) throws SQLException {
        // An unclosed quote would read the rest of the file into one value: stop far beyond any real row.
        recordLimit = recordLimit(options);
        if (in instanceof MappedCsv mapped) {
            fileRow = mapped::fileRow; // an unpivoting mapping makes several rows of one: name the file's
        }
        CsvInput input = CsvInput.open(in, options.charset(), recordLimit);
        encoding = input.encoding();
        delimiter = input.delimiterName();
        if (input.isEmpty()) {
            String like = String.join(",", kind.requiredColumns());
            return refuse(null, l -> ImportTexts.of(l).file_empty(like));
        }
        try (CSVParser parser = input.parser()) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = next(records, input);
            if (header == null) {
                String like = String.join(",", kind.requiredColumns());
                return refuse(null, l -> ImportTexts.of(l).file_blank(like));
            }
            if (!mapHeader(header)) {
                return result();
            }
            if (sampleOnly) {
                readSample(records, input);
            } else {
                readRows(records, input);
            }
        } catch (UnreadableCsv e) {
            // only the header line gets here; a data row's parse error is handled in readRows
            return refuse(null, e.reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result();
    }

    /** The first rows as read, validating nothing; reading stops at a row the CSV reader cannot read. */
    private void readSample(Iterator<CSVRecord> records, CsvInput input) {
        try {
            CSVRecord record;
            while (firstRows.size() < CsvImporter.PREVIEW_ROWS && (record = next(records, input)) != null) {
                if (!isBlank(record)) {
                    read++;
                    firstRows.add(asRead(record));
                }
            }
        } catch (UnreadableCsv e) {
            // the full pass reports it, with the row where reading stopped
        }
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
        try (ImportChanges changes = writes && importId != null ? new ImportChanges(importId, kind, connection)
                : null; TableWriter writer = new TableWriter(kind, inFile, connection, changes)) {
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
                        }
                    }
                    if (progress != null && read % CsvImporter.CHUNK == 0) {
                        progress.accept(read);
                    }
                }
            } catch (UnreadableCsv e) {
                // The rest of the file is lost: count the row where reading stopped as rejected and
                // refuse the whole file, whatever the mode (its valid rows would be a random part).
                read++;
                rejected++;
                refused = true;
                error(lastRow + 1, null, null, e.reason);
            }
            // the rows read before are still classified, so that the counts reconcile
            flush(chunk, writer);
        }
        if (read == 0) {
            warnings.add(l -> ImportTexts.of(l).no_data_rows());
        }
        if (blankRows > 0) {
            long blank = blankRows;
            warnings.add(l -> ImportTexts.of(l).blank_rows(blank));
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
            lastRow = fileRow.applyAsLong(record.getRecordNumber() - 1);
            return record;
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            if (cause instanceof CharacterCodingException) {
                long row = lastRow;
                throw new UnsupportedFileException(l -> ImportTexts.of(l).not_utf8_after(row), e);
            }
            if (cause instanceof CsvInput.RowTooLongException tooLong) {
                long row = lastRow;
                throw new UnreadableCsv(l -> ImportTexts.of(l).quote_left_open(tooLong.limit, row));
            }
            if (!(cause instanceof CSVException)) {
                throw e; // the stream itself failed (not the file's content): the caller rolls back
            }
            long row = lastRow + 1;
            String detail = cause.getMessage();
            throw new UnreadableCsv(l -> ImportTexts.of(l).unreadable_csv(row, detail));
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
                long number = field + 1;
                String shown = RowValidator.shorten(name);
                unknownWarnings.add(name.isEmpty() ? l -> ImportTexts.of(l).column_without_name(number)
                        : l -> ImportTexts.of(l).unknown_column(shown));
            } else if (position[column] >= 0) {
                String spec = columns.get(column).name();
                String first = header.get(position[column]).strip();
                refuse(spec, l -> ImportTexts.of(l).duplicate_column(first, name, spec));
            } else {
                position[column] = field;
                headerMapping.put(name, columns.get(column).name());
            }
        }
        if (unknownWarnings.size() <= MAX_COLUMN_WARNINGS) {
            warnings.addAll(unknownWarnings);
        } else {
            // thousands of unknown columns are one warning, not thousands
            long count = unknownWarnings.size();
            String first = unknownColumns.stream().limit(MAX_COLUMN_WARNINGS)
                    .map(n -> "'" + RowValidator.shorten(n) + "'").collect(java.util.stream.Collectors.joining(", "));
            warnings.add(l -> ImportTexts.of(l).many_unknown_columns(count, MAX_COLUMN_WARNINGS, first));
        }
        ImportKind better = ImportKind.betterFit(kind, names).orElse(null);
        if (better != null) {
            suggestedKind = better;
            String suggested = better.id();
            String chosen = kind.id();
            refuse(null, l -> ImportTexts.of(l).wrong_kind(ImportTexts.kindLabel(l, suggested),
                    ImportTexts.kindLabel(l, chosen)));
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn column = columns.get(i);
            if (column.required() && position[i] < 0) {
                missingColumns.add(column.name());
                String name = column.name();
                String read = names.toString();
                String d = delimiter;
                refuse(name, names.size() == 1 ? l -> ImportTexts.of(l).missing_column_one_field(name, read, d)
                        : l -> ImportTexts.of(l).missing_column(name, read, d));
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
                long limit = recordLimit;
                return reject(row, columnOfField(record, field), RowValidator.shorten(value.substring(0, cut)),
                        l -> ImportTexts.of(l).row_cut(limit));
            }
        }
        if (record.size() != headerSize) {
            long fields = record.size();
            long header = headerSize;
            String d = delimiter;
            return reject(row, null, null, l -> ImportTexts.of(l).field_count(fields, header, d));
        }
        for (int field = 0; field < record.size(); field++) {
            String value = record.get(field);
            if (value.length() > options.maxFieldLength()) {
                long max = options.maxFieldLength();
                long length = value.length();
                return reject(row, columnOfField(record, field), RowValidator.shorten(value),
                        l -> ImportTexts.of(l).value_too_long(max, length));
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
                long firstRow = first;
                return reject(row, "id", id, l -> ImportTexts.of(l).duplicate_id(id, firstRow));
            }
        }
        Object[] values;
        try {
            values = validator.validate(cells);
        } catch (RowRejected e) {
            return reject(row, e.column, e.value, e.reason);
        }
        for (Text rounding : validator.roundings()) {
            if (++rounded <= MAX_ROUNDING_WARNINGS) {
                warnings.add(l -> ImportTexts.of(l).row_note(row, rounding.in(l)));
            }
        }
        if (!kind.hasId()) {
            String key = values[0] + "\u0000" + values[1] + "\u0000" + values[2];
            Long first = seen.putIfAbsent(key, row);
            if (first != null) {
                long firstRow = first;
                return reject(row, null, null, l -> ImportTexts.of(l).duplicate_stage_change(firstRow));
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

    private Object[] reject(long row, String column, String value, Text message) {
        rejected++;
        error(row, column, value, message);
        return null;
    }

    private ImportResult refuse(String column, Text message) {
        refused = true;
        error(0, column, null, message);
        return result();
    }

    private void error(long row, String column, String value, Text message) {
        if (errors.size() < CsvImporter.MAX_ERRORS) {
            errors.add(new RowError(row, column, value, message));
        }
    }

    private ImportResult result() {
        boolean written = writes && !refused && (options.mode() == ImportMode.SKIP_INVALID || rejected == 0);
        List<Text> notes = new ArrayList<>(warnings);
        long roundedAll = rounded;
        long rejectedAll = rejected;
        if (roundedAll > MAX_ROUNDING_WARNINGS) {
            notes.add(l -> ImportTexts.of(l).many_rounded(roundedAll, MAX_ROUNDING_WARNINGS));
        }
        if (rejectedAll > errors.size()) {
            long listed = errors.size();
            notes.add(l -> ImportTexts.of(l).errors_left_off(listed, rejectedAll));
        }
        if (writes && !refused && !written) {
            long valid = read - rejected;
            notes.add(valid > 0 ? l -> ImportTexts.of(l).nothing_written_some_valid(rejectedAll, valid)
                    : l -> ImportTexts.of(l).nothing_written_none_valid(rejectedAll));
        }
        return new ImportResult(kind.id(), read, created, updated, unchanged, rejected, errors, notes, written,
                suggestedKind == null ? null : suggestedKind.id());
    }
}
