package io.accountable.ingest;

import io.accountable.ingest.ImportFormat.Column;
import io.accountable.ingest.ImportFormat.Kind;
import io.accountable.ingest.ImportFormat.Type;
import io.accountable.touchpoint.Channels;
import io.accountable.touchpoint.TouchType;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one import file and upserts it by {@code (kind, id)} with JDBC batches, a chunk of
 * rows at a time (the file is streamed; only the ids seen so far and the reference maps are
 * kept). The caller owns the transaction: it commits when {@link Result#written()} is true and
 * rolls back otherwise, so an all-or-nothing import with a bad last row leaves the database
 * exactly as it was.
 */
public final class CsvImport {

    static final int CHUNK = 1_000;
    static final int MAX_ERRORS = 1_000;

    public enum Mode {
        ALL_OR_NOTHING("all-or-nothing"), SKIP_INVALID("skip-invalid");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static java.util.Optional<Mode> fromId(String id) {
            return java.util.Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
        }
    }

    /** {@code progress} is told the number of rows read after each chunk (may be null). */
    public record Options(Mode mode, Charset charset, String reportingCurrency, ZoneId zone, int maxFieldLength,
            boolean dryRun, java.util.function.LongConsumer progress) {
    }

    public record RowError(long row, String column, String value, String message) {
    }

    /** The answer of data-and-api.md; {@code read = created + updated + unchanged + rejected}. */
    public record Result(String kind, long read, long created, long updated, long unchanged, long rejected,
            List<RowError> errors, List<String> warnings, boolean written, String encoding, String delimiter,
            Map<String, String> headerMapping, List<Map<String, String>> firstRows) {
    }

    /** The file is not a text file (or not in the encoding it claims): answered with a 415. */
    public static final class NotTextException extends RuntimeException {
        public NotTextException(String message) {
            super(message);
        }
    }

    private final Kind kind;
    private final Options options;
    private final Connection connection;
    private final List<Column> columns;
    private final Map<Kind, Map<String, Long>> refs = new HashMap<>();
    private final Map<String, Long> contactAccount = new HashMap<>();
    private final List<RowError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long read;
    private long created;
    private long updated;
    private long unchanged;
    private long rejected;

    private CsvImport(Kind kind, Options options, Connection connection) {
        this.kind = kind;
        this.options = options;
        this.connection = connection;
        this.columns = kind.columns();
    }

    public static Result run(InputStream in, Kind kind, Options options, Connection connection)
            throws IOException, SQLException {
        return new CsvImport(kind, options, connection).importFile(in);
    }

    private record Row(long number, Map<String, Object> values, Map<String, String> raw) {
    }

    private Result importFile(InputStream input) throws IOException, SQLException {
        BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
        Charset charset = options.charset() == null ? StandardCharsets.UTF_8 : options.charset();
        in.mark(8192);
        byte[] head = in.readNBytes(8192);
        in.reset();
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        for (byte b : head) {
            if (b == 0) {
                throw new NotTextException("This file is not a CSV text file (it holds binary data).");
            }
        }
        if (options.charset() == null && !validUtf8(head, bom ? 3 : 0)) {
            throw new NotTextException("This file is not UTF-8 text; if it is Windows-1252, import it with "
                    + "charset=windows-1252.");
        }
        if (bom) {
            in.skip(3);
        }
        String encoding = charset.name() + (bom ? " (with BOM)" : "");
        String firstLine = new String(head, bom ? 3 : 0, Math.max(0, head.length - (bom ? 3 : 0)), charset)
                .lines().findFirst().orElse("");
        char delimiter = detectDelimiter(firstLine);
        String delimiterName = delimiter == '\t' ? "tab" : String.valueOf(delimiter);
        Reader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        Map<String, String> mapping = new LinkedHashMap<>();
        List<Map<String, String>> firstRows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> headers = parser.getHeaderNames();
            if (headers.isEmpty()) {
                errors.add(new RowError(0, null, null, "The file is empty: the first line must name the columns."));
                return result(false, encoding, delimiterName, mapping, firstRows);
            }
            Map<String, Column> byKey = new HashMap<>();
            columns.forEach(c -> byKey.put(ImportFormat.key(c.name()), c));
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                Column column = byKey.get(ImportFormat.key(headers.get(i)));
                if (column == null) {
                    warnings.add("Unknown column '" + headers.get(i) + "' was ignored.");
                } else if (position.putIfAbsent(column.name(), i) == null) {
                    mapping.put(headers.get(i), column.name());
                }
            }
            List<String> missing = columns.stream().filter(Column::required).map(Column::name)
                    .filter(n -> !position.containsKey(n)).toList();
            if (!missing.isEmpty()) {
                for (String m : missing) {
                    errors.add(new RowError(0, m, null, "Required column '" + m + "' is missing (delimiter read as '"
                            + delimiterName + "'; columns found: " + headers + ")."));
                }
                return result(false, encoding, delimiterName, mapping, firstRows);
            }
            loadReferences();
            Map<String, Long> seen = new HashMap<>();
            List<Row> chunk = new ArrayList<>(CHUNK);
            for (CSVRecord record : parser) {
                read++;
                long number = read;
                Map<String, String> raw = new LinkedHashMap<>();
                position.forEach((name, index) -> raw.put(name, index < record.size() ? record.get(index) : null));
                if (firstRows.size() < 10) {
                    firstRows.add(raw);
                }
                if (record.size() != headers.size()) {
                    reject(number, null, null, "This row has " + record.size() + " fields; the header has "
                            + headers.size() + ".");
                    continue;
                }
                Map<String, Object> values = validate(number, raw);
                if (values == null) {
                    continue;
                }
                String key = kind == Kind.STAGE_CHANGES ? values.get("opportunity_id") + "|" + values.get("stage")
                        + "|" + values.get("entered_at") : (String) values.get("id");
                Long first = seen.putIfAbsent(key, number);
                if (first != null) {
                    reject(number, kind == Kind.STAGE_CHANGES ? null : "id", kind == Kind.STAGE_CHANGES ? null : key,
                            "Duplicate " + (kind == Kind.STAGE_CHANGES ? "stage change" : "id '" + key + "'")
                                    + ": first seen on row " + first + ".");
                    continue;
                }
                chunk.add(new Row(number, values, raw));
                if (chunk.size() == CHUNK) {
                    write(chunk);
                    chunk.clear();
                    if (options.progress() != null) {
                        options.progress().accept(read);
                    }
                }
            }
            write(chunk);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            errors.add(new RowError(read + 1, null, null, "The file cannot be read as CSV after row " + read + ": "
                    + e.getMessage()));
            rejected++;
            read++;
        }
        boolean written = !options.dryRun() && (options.mode() == Mode.SKIP_INVALID || rejected == 0);
        if (errors.size() >= MAX_ERRORS) {
            warnings.add("Only the first " + MAX_ERRORS + " errors are listed; " + rejected + " rows were rejected.");
        }
        return result(written, encoding, delimiterName, mapping, firstRows);
    }

    private Result result(boolean written, String encoding, String delimiter, Map<String, String> mapping,
            List<Map<String, String>> firstRows) {
        return new Result(kind.id(), read, created, updated, unchanged, rejected, List.copyOf(errors),
                List.copyOf(warnings), written, encoding, delimiter, mapping, firstRows);
    }

    private void reject(long row, String column, String value, String message) {
        rejected++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(new RowError(row, column, value, message));
        }
    }

    static char detectDelimiter(String line) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private static boolean validUtf8(byte[] bytes, int from) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        int end = bytes.length;
        // A multi-byte character may be cut at the end of the sample: drop up to 3 trailing bytes.
        for (int cut = 0; cut < 4 && end - cut > from; cut++) {
            try {
                decoder.reset().decode(java.nio.ByteBuffer.wrap(bytes, from, end - cut - from));
                return true;
            } catch (java.nio.charset.CharacterCodingException e) {
                // try a shorter sample
            }
        }
        return end <= from;
    }

    // ---- validation -----------------------------------------------------------------------------

    /** The typed values of a row, or null when the row is rejected (the error is recorded). */
    private Map<String, Object> validate(long number, Map<String, String> raw) {
        Map<String, Object> values = new HashMap<>();
        for (Column column : columns) {
            String text = raw.get(column.name());
            text = text == null ? null : text.trim();
            if (text != null && text.length() > options.maxFieldLength()) {
                reject(number, column.name(), text.substring(0, 40) + "…", "The value is longer than "
                        + options.maxFieldLength() + " characters.");
                return null;
            }
            if (text == null || text.isEmpty()) {
                if (column.required()) {
                    reject(number, column.name(), text, "A value is required.");
                    return null;
                }
                continue;
            }
            Object value;
            try {
                value = parse(column, text);
            } catch (IllegalArgumentException e) {
                reject(number, column.name(), text, e.getMessage());
                return null;
            }
            values.put(column.name(), value);
        }
        return crossCheck(number, values);
    }

    private Object parse(Column column, String text) {
        switch (column.type()) {
            case TEXT:
                return text;
            case CHANNEL:
                return Channels.normalise(text);
            case TOUCH_TYPE: {
                String type = text.toLowerCase(Locale.ROOT);
                if (TouchType.fromId(type).isEmpty()) {
                    throw new IllegalArgumentException("Unknown touch type; one of the metrics spec's types such as "
                            + "meeting, web_visit, email_open.");
                }
                return type;
            }
            case ENUM: {
                String v = text.toLowerCase(Locale.ROOT);
                if (!column.values().contains(v)) {
                    throw new IllegalArgumentException("Must be one of " + column.values() + ".");
                }
                return v;
            }
            case BOOLEAN: {
                String v = text.toLowerCase(Locale.ROOT);
                if (!v.equals("true") && !v.equals("false")) {
                    throw new IllegalArgumentException("Must be true or false.");
                }
                return Boolean.valueOf(v);
            }
            case INTEGER: {
                try {
                    int v = Integer.parseInt(text);
                    if ("score".equals(column.name()) && (v < 0 || v > 10)) {
                        throw new IllegalArgumentException("A score is a whole number from 0 to 10.");
                    }
                    if (!"score".equals(column.name()) && v <= 0) {
                        throw new IllegalArgumentException("Must be a whole number above 0.");
                    }
                    return v;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Must be a whole number.");
                }
            }
            case DECIMAL: {
                BigDecimal v;
                try {
                    v = new BigDecimal(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Must be a decimal number with '.' (like 1234.50).");
                }
                if (v.signum() < 0) {
                    throw new IllegalArgumentException("Must not be negative.");
                }
                return v;
            }
            case DATE:
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("Must be a date like 2026-03-01.");
                }
            case INSTANT:
                return instant(text);
            case REF: {
                Long id = refs.get(column.ref()).get(text);
                if (id == null) {
                    throw new IllegalArgumentException("No " + column.ref().id().replaceAll("s$", "")
                            + " with this id; import the " + column.ref().id() + " first.");
                }
                return id;
            }
            default:
                throw new IllegalStateException(column.type().toString());
        }
    }

    private Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay(options.zone()).toInstant();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("Must be an ISO-8601 instant like 2026-03-01T14:05:00Z, with an "
                        + "offset, or a date like 2026-03-01.");
            }
        }
    }

    private Map<String, Object> crossCheck(long number, Map<String, Object> v) {
        if (kind == Kind.OPPORTUNITIES) {
            String status = (String) v.get("status");
            Instant closed = (Instant) v.get("closed_at");
            if (("won".equals(status) || "lost".equals(status)) && closed == null) {
                reject(number, "closed_at", null, "A " + status + " opportunity needs closed_at.");
                return null;
            }
            if (closed != null && closed.isBefore((Instant) v.get("created_at"))) {
                reject(number, "closed_at", closed.toString(), "closed_at is before created_at.");
                return null;
            }
            Object currency = v.get("currency");
            if (currency != null && !options.reportingCurrency().equalsIgnoreCase((String) currency)) {
                reject(number, "currency", (String) currency, "Amounts must be in the reporting currency "
                        + options.reportingCurrency() + ".");
                return null;
            }
            if (currency != null) {
                v.put("currency", ((String) currency).toUpperCase(Locale.ROOT));
            }
        }
        if ((kind == Kind.TOUCHPOINTS || kind == Kind.NPS) && v.get("contact_id") != null) {
            Long account = contactAccount.get(String.valueOf(v.get("contact_id")));
            if (!v.get("account_id").equals(account)) {
                reject(number, "contact_id", null, "This contact belongs to another account.");
                return null;
            }
        }
        if (kind == Kind.ACCOUNTS && v.get("target") == null) {
            v.put("target", Boolean.TRUE);
        }
        if (kind == Kind.COSTS && v.get("team") == null) {
            v.put("team", "marketing");
        }
        return v;
    }

    private void loadReferences() throws SQLException {
        Set<Kind> needed = new HashSet<>();
        columns.stream().filter(c -> c.ref() != null).forEach(c -> needed.add(c.ref()));
        for (Kind ref : needed) {
            Map<String, Long> ids = new HashMap<>();
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("select external_id, id" + (ref == Kind.CONTACTS ? ", account_id" : "")
                            + " from " + ref.table())) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                    if (ref == Kind.CONTACTS) {
                        contactAccount.put(String.valueOf(rs.getLong(2)), rs.getLong(3));
                    }
                }
            }
            refs.put(ref, ids);
        }
    }

    // ---- writing ----------------------------------------------------------------------------------

    private List<Column> stored() {
        return columns.stream().filter(c -> c.dbColumn() != null).toList();
    }

    private void write(List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        boolean skipWrites = options.dryRun() || options.mode() == Mode.ALL_OR_NOTHING && rejected > 0;
        if (kind == Kind.STAGE_CHANGES) {
            writeStageChanges(rows, skipWrites);
            return;
        }
        List<Column> stored = stored();
        Map<String, Map<String, String>> existing = existing(rows, stored);
        List<Row> inserts = new ArrayList<>();
        List<Row> updates = new ArrayList<>();
        for (Row row : rows) {
            Map<String, String> current = existing.get((String) row.values().get("id"));
            if (current == null) {
                inserts.add(row);
            } else if (same(current, row.values(), stored)) {
                unchanged++;
            } else {
                updates.add(row);
            }
        }
        created += inserts.size();
        updated += updates.size();
        if (skipWrites) {
            return;
        }
        if (!inserts.isEmpty()) {
            StringBuilder sql = new StringBuilder("insert into " + kind.table() + " (external_id");
            stored.forEach(c -> sql.append(", ").append(c.dbColumn()));
            sql.append(") values (?").append(", ?".repeat(stored.size())).append(')');
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                for (Row row : inserts) {
                    ps.setString(1, (String) row.values().get("id"));
                    bind(ps, 2, stored, row.values());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!updates.isEmpty()) {
            StringBuilder sql = new StringBuilder("update " + kind.table() + " set ");
            for (int i = 0; i < stored.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(stored.get(i).dbColumn()).append(" = ?");
            }
            sql.append(" where external_id = ?");
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                for (Row row : updates) {
                    bind(ps, 1, stored, row.values());
                    ps.setString(stored.size() + 1, (String) row.values().get("id"));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private void writeStageChanges(List<Row> rows, boolean skipWrites) throws SQLException {
        Set<String> existing = new HashSet<>();
        StringBuilder in = new StringBuilder();
        Set<Long> opps = new HashSet<>();
        rows.forEach(r -> opps.add((Long) r.values().get("opportunity_id")));
        for (Long o : opps) {
            in.append(in.isEmpty() ? "" : ",").append(o);
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "select opportunity_id, stage, entered_at from stage_change where opportunity_id in (" + in + ")")) {
            while (rs.next()) {
                existing.add(rs.getLong(1) + "|" + rs.getString(2) + "|"
                        + rs.getObject(3, OffsetDateTime.class).toInstant());
            }
        }
        List<Row> inserts = new ArrayList<>();
        for (Row row : rows) {
            String key = row.values().get("opportunity_id") + "|" + row.values().get("stage") + "|"
                    + row.values().get("entered_at");
            if (existing.contains(key)) {
                unchanged++;
            } else {
                inserts.add(row);
            }
        }
        created += inserts.size();
        if (skipWrites || inserts.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into stage_change (opportunity_id, stage, entered_at) values (?, ?, ?)")) {
            for (Row row : inserts) {
                bind(ps, 1, stored(), row.values());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private Map<String, Map<String, String>> existing(List<Row> rows, List<Column> stored) throws SQLException {
        StringBuilder sql = new StringBuilder("select external_id");
        stored.forEach(c -> sql.append(", ").append(c.dbColumn()));
        sql.append(" from ").append(kind.table()).append(" where external_id in (?")
                .append(", ?".repeat(rows.size() - 1)).append(')');
        Map<String, Map<String, String>> existing = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < rows.size(); i++) {
                ps.setString(i + 1, (String) rows.get(i).values().get("id"));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> values = new HashMap<>();
                    for (int i = 0; i < stored.size(); i++) {
                        values.put(stored.get(i).name(), canonical(stored.get(i), rs, i + 2));
                    }
                    existing.put(rs.getString(1), values);
                }
            }
        }
        return existing;
    }

    private static String canonical(Column column, ResultSet rs, int index) throws SQLException {
        return switch (column.type()) {
            case INSTANT -> {
                OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
                yield t == null ? "" : t.toInstant().toString();
            }
            case DATE -> {
                LocalDate d = rs.getObject(index, LocalDate.class);
                yield d == null ? "" : d.toString();
            }
            case DECIMAL -> {
                BigDecimal d = rs.getBigDecimal(index);
                yield d == null ? "" : d.stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> String.valueOf(rs.getBoolean(index));
            case INTEGER, REF -> {
                long v = rs.getLong(index);
                yield rs.wasNull() ? "" : String.valueOf(v);
            }
            default -> {
                String s = rs.getString(index);
                yield s == null ? "" : s;
            }
        };
    }

    private static String canonical(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static boolean same(Map<String, String> current, Map<String, Object> values, List<Column> stored) {
        for (Column c : stored) {
            if (!current.get(c.name()).equals(canonical(values.get(c.name())))) {
                return false;
            }
        }
        return true;
    }

    private static void bind(PreparedStatement ps, int first, List<Column> stored, Map<String, Object> values)
            throws SQLException {
        for (int i = 0; i < stored.size(); i++) {
            io.accountable.facts.Jdbc.bind(ps, first + i, values.get(stored.get(i).name()));
        }
    }
}
