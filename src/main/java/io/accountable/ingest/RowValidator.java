package io.accountable.ingest;

import io.accountable.i18n.Text;
import io.accountable.ingest.ImportColumn.Type;
import io.accountable.touchpoint.Channels;
import io.accountable.touchpoint.TouchType;
import io.accountable.web.CsvSafety;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the cells of one row into the values stored, or says why the row is rejected. Values
 * are made exactly what the database will hold (amounts at 6 decimals, instants at
 * microseconds), so that importing the same file again compares equal and counts as unchanged.
 */
final class RowValidator {

    /** Decimals an amount keeps. */
    static final int SCALE = 6;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
    private static final Pattern WHOLE = Pattern.compile("\\+?\\d{1,10}");
    /** numeric(21, 6): at most 15 digits before the point, 6 after. */
    private static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(15);
    private static final String TOUCH_TYPES = Arrays.stream(TouchType.values()).map(TouchType::id)
            .collect(Collectors.joining(", "));

    /** A rejected row: the column at fault (null for the whole row), its value and the reason. */
    static final class RowRejected extends Exception {
        final String column;
        final String value;
        final Text reason;

        RowRejected(String column, String value, Text reason) {
            // Many rows of a bad file may be rejected: no stack trace, it is not a bug. The English
            // message is written only when asked for.
            super(null, null, false, false);
            this.column = column;
            this.value = value;
            this.reason = reason;
        }

        @Override
        public String getMessage() {
            return reason.english();
        }
    }

    private final ImportKind kind;
    private final List<ImportColumn> columns;
    private final String currency;
    private final ZoneId zone;
    private final References refs;
    private final io.accountable.PlausibleRange plausible;
    /** The amounts of the last validated row that had more than 6 decimals, as warnings. */
    private final List<Text> roundings = new java.util.ArrayList<>();

    /** What the last {@link #validate} rounded: one message per amount, naming the column. */
    List<Text> roundings() {
        return roundings;
    }

    RowValidator(ImportKind kind, ImportOptions options, References refs) {
        this.plausible = options.plausible();
        this.kind = kind;
        this.columns = kind.columns();
        this.currency = options.reportingCurrency().trim();
        this.zone = options.zone();
        this.refs = refs;
    }

    /**
     * @param cells the row's cells by column of {@link ImportKind#columns()}; null when the file
     *     has no such column
     * @return the values to store, by the same index; an empty optional cell is its default
     */
    Object[] validate(String[] cells) throws RowRejected {
        roundings.clear();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            ImportColumn column = columns.get(i);
            String text = cells[i] == null ? "" : cells[i].strip();
            if (text.isEmpty()) {
                if (column.required()) {
                    String name = column.name();
                    throw new RowRejected(name, text, l -> ImportTexts.of(l).required(name));
                }
                values[i] = column.defaultValue();
            } else {
                values[i] = parse(column, text);
            }
        }
        crossCheck(values, cells);
        return values;
    }

    private Object parse(ImportColumn column, String text) throws RowRejected {
        return switch (column.type()) {
            // An export's formula guard ('=...) is taken off again, so an export imports back unchanged.
            case ID -> limited(column, text, id(column.name(), text));
            case TEXT -> limited(column, text, CsvSafety.unescape(text));
            case CHANNEL -> limited(column, text, Channels.normalise(CsvSafety.unescape(text)));
            case TOUCH_TYPE -> {
                String type = text.toLowerCase(Locale.ROOT);
                if (TouchType.fromId(type).isEmpty()) {
                    throw new RowRejected(column.name(), text, l -> ImportTexts.of(l).unknown_touch_type(TOUCH_TYPES));
                }
                yield type;
            }
            case CHOICE -> {
                // The same spelling rule as channels: "Decision Maker" is decision_maker.
                String value = Channels.normalise(text);
                if (!column.choices().contains(value)) {
                    String choices = String.join(", ", column.choices());
                    throw new RowRejected(column.name(), text, l -> ImportTexts.of(l).one_of(choices));
                }
                yield value;
            }
            case BOOLEAN -> {
                if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                    yield Boolean.valueOf(text.equalsIgnoreCase("true"));
                }
                throw new RowRejected(column.name(), text, l -> ImportTexts.of(l).true_or_false());
            }
            case INSTANT -> {
                Instant instant = instant(column.name(), text, zone);
                if (!plausible.contains(instant, zone)) {
                    throw implausible(column.name(), text);
                }
                yield instant;
            }
            case DATE -> {
                LocalDate date;
                try {
                    date = LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new RowRejected(column.name(), text, l -> ImportTexts.of(l).iso_date());
                }
                if (!plausible.contains(date)) {
                    throw implausible(column.name(), text);
                }
                yield date;
            }
            case AMOUNT -> amount(column.name(), text);
            case POSITIVE_INT -> {
                long n = WHOLE.matcher(text).matches() ? Long.parseLong(text) : -1;
                if (n <= 0 || n > Integer.MAX_VALUE) {
                    throw new RowRejected(column.name(), text, l -> ImportTexts.of(l).whole_above_zero());
                }
                yield (int) n;
            }
            case SCORE -> {
                long n = WHOLE.matcher(text).matches() ? Long.parseLong(text) : -1;
                if (n < 0 || n > 10) {
                    throw new RowRejected(column.name(), text, l -> ImportTexts.of(l).score());
                }
                yield (int) n;
            }
            case CURRENCY -> {
                if (!text.equalsIgnoreCase(currency)) {
                    throw new RowRejected(column.name(), text, l -> ImportTexts.of(l).other_currency(currency, text));
                }
                yield currency.toUpperCase(Locale.ROOT);
            }
            case REFERENCE -> {
                Long id = refs.find(column.ref(), id(column.name(), text));
                if (id == null) {
                    String table = column.ref().table();
                    String refKind = column.ref().id();
                    throw new RowRejected(column.name(), text,
                            l -> ImportTexts.of(l).unknown_reference(table, text, ImportTexts.kindLabel(l, refKind)));
                }
                yield id;
            }
        };
    }

    /**
     * An id as stored: trimmed (done by the caller), the export's formula guard taken off, in
     * Unicode NFC (so "é" typed two ways is one id). An id with an invisible character (zero-width,
     * a bidirectional control, any other format or control character) is rejected: it would look
     * like another id on every page.
     */
    static String id(String column, String text) throws RowRejected {
        String value = java.text.Normalizer.normalize(CsvSafety.unescape(text), java.text.Normalizer.Form.NFC);
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.CONTROL) {
                String code = String.format("%04X", c);
                long position = value.offsetByCodePoints(0, 0) + value.codePointCount(0, i) + 1;
                throw new RowRejected(column, shorten(text),
                        l -> ImportTexts.of(l).invisible_character(column, code, position));
            }
            i += Character.charCount(c);
        }
        return value;
    }

    private RowRejected implausible(String column, String text) {
        String value = shorten(text);
        String earliest = plausible.earliest().toString();
        String latest = plausible.latest().toString();
        return new RowRejected(column, value, l -> ImportTexts.of(l).implausible_date(column, value, earliest, latest));
    }

    private static String limited(ImportColumn column, String text, String value) throws RowRejected {
        if (value.length() > column.maxLength()) {
            String name = column.name();
            long max = column.maxLength();
            long length = value.length();
            throw new RowRejected(name, shorten(text), l -> ImportTexts.of(l).too_long(name, max, length));
        }
        return value;
    }

    /** ISO-8601 with Z or an offset, or a date read as midnight in the reporting zone. */
    static Instant instant(String column, String text, ZoneId zone) throws RowRejected {
        try {
            Instant instant = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
            // timestamp with time zone keeps microseconds: store what will be read back
            return instant.truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            Text message = l -> ImportTexts.of(l).iso_instant();
            try {
                LocalDateTime.parse(text);
                message = l -> ImportTexts.of(l).no_offset();
            } catch (DateTimeParseException notLocal) {
                // not a local date-time either: the general message
            }
            throw new RowRejected(column, text, message);
        }
    }

    private BigDecimal amount(String column, String text) throws RowRejected {
        if (!DECIMAL.matcher(text).matches()) {
            throw new RowRejected(column, text, DECIMAL_COMMA.matcher(text).matches()
                    ? l -> ImportTexts.of(l).decimal_comma()
                    : l -> ImportTexts.of(l).not_decimal());
        }
        BigDecimal value = new BigDecimal(text);
        if (value.signum() < 0) {
            throw new RowRejected(column, text, l -> ImportTexts.of(l).negative(column));
        }
        if (value.compareTo(AMOUNT_LIMIT) >= 0) {
            throw new RowRejected(column, text, l -> ImportTexts.of(l).too_large_amount(column));
        }
        // kept exactly to 6 decimals (numeric(21, 6)); more are rounded half-up, never silently
        BigDecimal stored = value.setScale(SCALE, RoundingMode.HALF_UP);
        if (value.stripTrailingZeros().scale() > SCALE) {
            String shown = shorten(text);
            String written = stored.toPlainString();
            roundings.add(l -> ImportTexts.of(l).rounded(column, shown, SCALE, written));
        }
        return stored;
    }

    private int index(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(kind + " has no column " + name);
    }

    /** The rules between columns of a row. */
    private void crossCheck(Object[] values, String[] cells) throws RowRejected {
        switch (kind) {
            case OPPORTUNITIES -> {
                String status = (String) values[index("status")];
                Instant created = (Instant) values[index("created_at")];
                int closedIndex = index("closed_at");
                Instant closed = (Instant) values[closedIndex];
                if (closed == null && !status.equals("open")) {
                    throw new RowRejected("closed_at", cells[closedIndex], l -> ImportTexts.of(l).needs_closed_at(status));
                }
                if (closed != null && closed.isBefore(created)) {
                    throw new RowRejected("closed_at", cells[closedIndex],
                            l -> ImportTexts.of(l).closed_before_created(closed.toString(), created.toString()));
                }
            }
            case CAMPAIGNS -> {
                int endIndex = index("end_date");
                LocalDate start = (LocalDate) values[index("start_date")];
                LocalDate end = (LocalDate) values[endIndex];
                if (start != null && end != null && end.isBefore(start)) {
                    throw new RowRejected("end_date", cells[endIndex],
                            l -> ImportTexts.of(l).end_before_start(end.toString(), start.toString()));
                }
            }
            case TOUCHPOINTS, NPS -> {
                int contactIndex = index("contact_id");
                Long contact = (Long) values[contactIndex];
                Long account = (Long) values[index("account_id")];
                if (contact != null && !account.equals(refs.accountOf(contact))) {
                    String accountId = cells[index("account_id")].strip();
                    String contactId = cells[contactIndex].strip();
                    throw new RowRejected("contact_id", contactId,
                            l -> ImportTexts.of(l).contact_other_account(contactId, accountId));
                }
            }
            default -> {
            }
        }
    }

    /** A value for an error message: long values are cut at 100 characters. */
    static String shorten(String value) {
        return io.accountable.web.Quoted.shorten(value);
    }
}
