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
 * being readable at the same row.
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
    /** Per written field, its rules whose column the file has, with the column's position. */
    private final List<List<Map.Entry<ImportMapping.Rule, Integer>>> sources = new ArrayList<>();
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
            for (Map.Entry<ImportMapping.Rule, Integer> source : sources.get(f)) {
                read.merge(fileColumns.get(source.getValue()), fields.get(f).name(), (a, b) -> a + ", " + b);
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
        for (ImportMapping.Rule r : mapping.rules()) {
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
        for (ImportColumn column : mapping.kind().columns()) {
            List<Map.Entry<ImportMapping.Rule, Integer>> present = new ArrayList<>();
            for (ImportMapping.Rule r : mapping.rulesOf(column.name())) {
                Integer p = position.get(ImportRun.key(r.column()));
                if (p != null) {
                    present.add(Map.entry(r, p));
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
                print(out, map(record));
            }
        } catch (UncheckedIOException e) {
            broken(e, out);
        }
        chunk = out.toString().getBytes(StandardCharsets.UTF_8);
        at = 0;
    }

    /** One record of the file as the record of the import file. */
    List<String> map(CSVRecord record) {
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
            for (Map.Entry<ImportMapping.Rule, Integer> source : sources.get(f)) {
                ImportMapping.Rule rule = source.getKey();
                int p = source.getValue();
                String cell = p < record.size() ? record.get(p).strip() : "";
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
                        column = rule.column();
                    } else if (raw == null) {
                        raw = cell;
                        column = rule.column();
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
