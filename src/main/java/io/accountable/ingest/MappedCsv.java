package io.accountable.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import io.accountable.ingest.MappingEffect.Cell;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A file of another tool read through an {@link ImportMapping}, as the import file it stands for:
 * an {@link InputStream} of UTF-8 CSV in the import format, made a row at a time while the
 * importer reads it. One output row per input record, so the importer's row numbers are the
 * file's; a ragged or cut row stays ragged or cut, and a file that stops being readable CSV stops
 * being readable at the same row. A mapping with pattern rules (an unpivot) makes one output row
 * per matching non-blank cell of a record, none when they are all blank: {@link #fileRow(long)}
 * then gives the file's row of an output row, so that errors still name the file's rows.
 *
 * <p>What a preview shows of it: the file's columns that were used, ignored or missing, and the
 * first rows as file value and field value side by side.
 */
final class MappedCsv extends InputStream {

    private static final DateTimeFormatter OFFSET_COMPACT = ImportMapping.formatter("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX");
    private static final DateTimeFormatter LOCAL_SPACE = ImportMapping.formatter("yyyy-MM-dd H:mm[:ss]");

    private final ImportMapping mapping;
    private final CsvInput input;
    private final ZoneId zone;
    private final DateTimeFormatter format;
    private final DateTimeFormatter dateOnly;
    /** The fields written, in the order of the kind's columns. */
    private final List<ImportColumn> fields = new ArrayList<>();
    /** Per written field, its rules whose column the file has. */
    private final List<List<Source>> sources = new ArrayList<>();
    /** The file columns some pattern rule matches, in the file's order: one output row each. */
    private final List<Integer> pivots = new ArrayList<>();
    /** Output rows written so far (the header is row 0). */
    private long written;
    /** Unpivoting: the first output row of each file row written and not yet asked about, and that file row. */
    private final java.util.ArrayDeque<long[]> rowStarts = new java.util.ArrayDeque<>();
    /** The last of those asked about: the file row of the output rows from its first on. */
    private long[] rowStart;

    /**
     * A rule whose column the file has: at {@code position}; or, for a pattern rule, what it reads
     * of each file column it matches (position to the text of its {@code *}, null: not a pattern).
     */
    private record Source(ImportMapping.Rule rule, int position, Map<Integer, String> matches) {
    }
    private Iterator<CSVRecord> records;
    private CSVParser parser;
    private int headerSize;

    /** The file's header, as written there. */
    final List<String> fileColumns = new ArrayList<>();
    /** Columns of the file that no rule reads (or that the mapping ignores on purpose). */
    final List<String> ignoredColumns = new ArrayList<>();
    /** Columns the mapping reads that the file does not have. */
    final List<String> absentColumns = new ArrayList<>();
    /** The first rows, field by field. */
    final List<List<Cell>> firstRows = new ArrayList<>();

    private byte[] chunk = new byte[0];
    private int at;
    private boolean finished;
    private long row;

    /**
     * @param charset the file's charset as the user gave it (null: UTF-8, checked)
     * @param fallbackZone the zone of local times when the mapping names none (the reporting zone)
     * @param recordLimit the most characters one row may take
     * @throws UnsupportedFileException when the file is binary or not UTF-8
     */
    MappedCsv(InputStream raw, ImportMapping mapping, Charset charset, ZoneId fallbackZone, long recordLimit) {
        this.mapping = mapping;
        this.input = CsvInput.open(raw, charset, recordLimit);
        this.zone = mapping.zone(fallbackZone);
        this.format = mapping.formatter();
        this.dateOnly = mapping.dateFormat() == null ? null : datePart(mapping.dateFormat());
        if (input.isEmpty()) {
            finished = true;
            return;
        }
        StringBuilder out = new StringBuilder();
        try {
            parser = input.parser();
            records = parser.iterator();
            if (!records.hasNext()) {
                finished = true;
                return;
            }
            header(records.next(), out);
        } catch (UncheckedIOException e) {
            broken(e, out);
        }
        chunk = out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What the mapping made of the header and the first rows read so far. */
    MappingEffect effect() {
        return new MappingEffect(mapping.name(), List.copyOf(fileColumns), List.copyOf(ignoredColumns),
                List.copyOf(absentColumns), fields.stream().map(ImportColumn::name).toList(), List.copyOf(firstRows));
    }

    /** Each column of the file that a rule reads (as written there) and the field(s) it gives. */
    Map<String, String> columnFields() {
        Map<String, String> read = new java.util.LinkedHashMap<>();
        for (int f = 0; f < fields.size(); f++) {
            for (Source source : sources.get(f)) {
                for (int p : source.matches() == null ? List.of(source.position()) : source.matches().keySet()) {
                    read.merge(fileColumns.get(p), fields.get(f).name(), (a, b) -> a + ", " + b);
                }
            }
        }
        return java.util.Collections.unmodifiableMap(read);
    }

    /** The file's encoding, as the preview names it. */
    String encoding() {
        return input.encoding();
    }

    String delimiterName() {
        return input.delimiterName();
    }

    private void header(CSVRecord header, StringBuilder out) {
        headerSize = header.size();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip();
            fileColumns.add(name);
            position.putIfAbsent(ImportRun.key(name), i);
        }
        boolean[] used = new boolean[header.size()];
        java.util.IdentityHashMap<ImportMapping.Rule, Map<Integer, String>> matches = new java.util.IdentityHashMap<>();
        java.util.TreeSet<Integer> pivoted = new java.util.TreeSet<>();
        for (ImportMapping.Rule r : mapping.rules()) {
            if (r.isPattern()) {
                Map<Integer, String> found = new java.util.LinkedHashMap<>();
                for (int i = 0; i < fileColumns.size(); i++) {
                    String captured = r.capture(fileColumns.get(i));
                    if (captured != null) {
                        found.put(i, captured);
                    }
                }
                matches.put(r, found);
                if (r.field() != null) {
                    found.keySet().forEach(i -> used[i] = true);
                    pivoted.addAll(found.keySet());
                    if (found.isEmpty() && !absentColumns.contains(r.column())) {
                        absentColumns.add(r.column());
                    }
                }
                continue;
            }
            Integer p = position.get(ImportRun.key(r.column()));
            if (p == null) {
                if (r.field() != null && !absentColumns.contains(r.column())) {
                    absentColumns.add(r.column());
                }
            } else if (r.field() != null) {
                used[p] = true;
            }
        }
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                ignoredColumns.add(fileColumns.get(i));
            }
        }
        pivots.addAll(pivoted);
        for (ImportColumn column : mapping.kind().columns()) {
            List<Source> present = new ArrayList<>();
            for (ImportMapping.Rule r : mapping.rulesOf(column.name())) {
                if (r.isPattern()) {
                    if (!matches.get(r).isEmpty()) {
                        present.add(new Source(r, -1, matches.get(r)));
                    }
                    continue;
                }
                Integer p = position.get(ImportRun.key(r.column()));
                if (p != null) {
                    present.add(new Source(r, p, null));
                }
            }
            if (!present.isEmpty()) {
                fields.add(column);
                sources.add(present);
            }
        }
        print(out, fields.stream().map(ImportColumn::name).toList());
    }

    /** The file cannot be read on: an unclosed quote makes the importer stop at the same row. */
    private void broken(UncheckedIOException e, StringBuilder out) {
        if (e.getCause() instanceof CharacterCodingException) {
            long r = row;
            throw new UnsupportedFileException(l -> ImportTexts.of(l).not_utf8_after(r), e);
        }
        out.append("\"");
        finished = true;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (at >= chunk.length) {
            if (finished) {
                return -1;
            }
            nextRows();
        }
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk, at, b, off, n);
        at += n;
        return n;
    }

    /** Maps up to a hundred rows into the buffer. */
    private void nextRows() {
        StringBuilder out = new StringBuilder();
        try {
            for (int i = 0; i < 100; i++) {
                if (!records.hasNext()) {
                    finished = true;
                    break;
                }
                CSVRecord record = records.next();
                row = record.getRecordNumber() - 1;
                List<List<String>> rows = rows(record);
                if (!pivots.isEmpty() && !rows.isEmpty()) {
                    rowStarts.add(new long[] {written + 1, row});
                }
                for (List<String> r : rows) {
                    print(out, r);
                    written++;
                }
            }
        } catch (UncheckedIOException e) {
            broken(e, out);
        }
        chunk = out.toString().getBytes(StandardCharsets.UTF_8);
        at = 0;
    }

    /**
     * The file's row of an output row (the header is row 0), asked in the order the rows are read:
     * the output row itself unless the mapping unpivots.
     */
    long fileRow(long outputRow) {
        while (!rowStarts.isEmpty() && rowStarts.peekFirst()[0] <= outputRow) {
            rowStart = rowStarts.pollFirst();
        }
        return rowStart == null || rowStart[0] > outputRow ? outputRow : rowStart[1];
    }

    /**
     * The records of the import file one record of the file gives: one, or with pattern rules one
     * per matching non-blank cell (a blank, cut or ragged record stays one, for the importer to
     * count or reject).
     */
    List<List<String>> rows(CSVRecord record) {
        if (pivots.isEmpty()) {
            return List.of(map(record, -1));
        }
        boolean whole = record.size() == headerSize;
        boolean blank = true;
        for (String v : record) {
            whole &= !v.contains(CsvInput.CUT);
            blank &= v.isBlank();
        }
        if (!whole || blank) {
            return List.of(map(record, -1));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int p : pivots) {
            if (!record.get(p).isBlank()) {
                rows.add(map(record, p));
            }
        }
        return rows;
    }

    /**
     * One record of the file as a record of the import file, the pattern rules reading the
     * column at {@code pivot} (-1: none, they give nothing).
     */
    private List<String> map(CSVRecord record, int pivot) {
        List<String> values = new ArrayList<>(fields.size() + 1);
        List<Cell> cells = new ArrayList<>(fields.size());
        boolean cut = false;
        boolean blank = true;
        for (String v : record) {
            cut |= v.contains(CsvInput.CUT);
            blank &= v.isBlank();
        }
        for (int f = 0; f < fields.size(); f++) {
            ImportColumn field = fields.get(f);
            String value = null;
            String from = null;
            String column = null;
            String raw = null;
            for (Source source : sources.get(f)) {
                ImportMapping.Rule rule = source.rule();
                int p = source.position();
                String name = null;
                if (source.matches() != null) {
                    name = source.matches().get(pivot);
                    if (name == null) {
                        continue; // not the column this row is of
                    }
                    p = pivot;
                }
                String cell = "header".equals(rule.op()) ? (name == null ? fileColumns.get(p) : name)
                        : p < record.size() ? record.get(p).strip() : "";
                if (cell.isEmpty()) {
                    continue;
                }
                String mapped = rule.apply(cell);
                if ("append".equals(rule.op())) {
                    if (mapped != null && value != null) {
                        value = value.isEmpty() ? mapped : value + " " + mapped;
                        from = from + " " + cell;
                    }
                } else if (value == null) {
                    if (mapped != null) {
                        value = mapped;
                        from = cell;
                        column = source.matches() == null ? rule.column() : fileColumns.get(p);
                    } else if (raw == null) {
                        raw = cell;
                        column = source.matches() == null ? rule.column() : fileColumns.get(p);
                    }
                }
            }
            if (value == null && raw != null) {
                value = raw; // no rule maps it: the importer rejects the value with its reason
                from = raw;
            }
            if (value != null && !value.isEmpty() && ImportMapping.isTime(field)) {
                String time = time(value, field.type() == ImportColumn.Type.INSTANT);
                value = time == null ? value : time;
            }
            values.add(value == null ? "" : value);
            cells.add(new Cell(field.name(), column, from, value == null ? "" : value));
        }
        if (cut && !values.isEmpty()) {
            values.set(0, values.get(0) + CsvInput.CUT); // the importer rejects the row as cut
        }
        if (record.size() != headerSize) {
            values.add(""); // stays ragged: the importer rejects the row
        }
        if (!blank && firstRows.size() < CsvImporter.PREVIEW_ROWS) {
            firstRows.add(List.copyOf(cells));
        }
        return values;
    }

    /**
     * A date or date-time of the file as the import format writes it: an instant with its offset
     * (local times are in the mapping's zone, a date alone is midnight there), or a date; null when
     * the text is neither ISO nor in the mapping's format.
     */
    String time(String text, boolean instant) {
        TemporalAccessor parsed = parse(text);
        if (parsed == null) {
            return null;
        }
        if (parsed instanceof OffsetDateTime odt) {
            return instant ? odt.toString() : odt.atZoneSameInstant(zone).toLocalDate().toString();
        }
        if (parsed instanceof LocalDateTime ldt) {
            return instant ? ldt.atZone(zone).toOffsetDateTime().toString() : ldt.toLocalDate().toString();
        }
        LocalDate date = (LocalDate) parsed;
        return instant ? date.atStartOfDay(zone).toOffsetDateTime().toString() : date.toString();
    }

    private TemporalAccessor parse(String text) {
        List<DateTimeFormatter> formats = new ArrayList<>(List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                OFFSET_COMPACT, DateTimeFormatter.ISO_LOCAL_DATE_TIME, LOCAL_SPACE, DateTimeFormatter.ISO_LOCAL_DATE));
        if (format != null) {
            formats.add(format);
        }
        if (dateOnly != null) {
            formats.add(dateOnly);
        }
        for (DateTimeFormatter f : formats) {
            try {
                return f.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            } catch (java.time.DateTimeException e) {
                // the next format
            }
        }
        return null;
    }

    /** The date part of a date-time pattern ({@code MM/dd/yyyy} of {@code MM/dd/yyyy hh:mm a}), or null. */
    static DateTimeFormatter datePart(String pattern) {
        int space = pattern.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        try {
            return ImportMapping.formatter(pattern.substring(0, space));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void print(StringBuilder out, List<String> values) {
        try {
            CSVFormat.RFC4180.printRecord(out, values.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (parser != null) {
            parser.close();
        }
    }
}
