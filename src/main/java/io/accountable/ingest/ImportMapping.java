package io.accountable.ingest;

import io.accountable.i18n.Text;
import io.accountable.ingest.ImportColumn.Type;
import io.accountable.touchpoint.TouchType;
import io.accountable.web.BadRequestException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the file of another tool (a CRM export) reads as an import file of one kind: which file
 * column gives which field (or none), how enumerated values translate, the file's date format and
 * time zone. Pure computation: {@link MappedCsv} applies it to a file as it streams.
 *
 * <p>Rules for one field are tried in their order: the first whose column holds a value that
 * maps gives the field's value. A rule without a value map takes the value as it is; a rule with
 * one takes only a value it lists (keys compared ignoring case, spaces, {@code _} and {@code -};
 * the key {@code *} stands for any other value). When no rule maps, the first value found is
 * passed on as it is, so the importer rejects it with its usual reason.
 *
 * <p>A rule whose column holds a {@code *} is a <em>pattern</em>: it matches every file column
 * whose name fits ({@code *} stands for any text) and "unpivots" them: a file row gives one row
 * per matching column whose cell is not blank (none when all are blank), in which a pattern rule
 * gives that cell, or with the op {@code header} the text the first {@code *} matched in that
 * column's name (HubSpot's {@code Date entered "<stage> (<pipeline>)"}, one column per stage).
 * The other rules give the same values in each of those rows.
 *
 * @param name the name it is chosen by ({@code salesforce}, or a saved mapping's own)
 * @param kind the import kind it produces
 * @param rules file column to field, in order; a rule with a blank field ignores its column
 * @param dateFormat a {@link DateTimeFormatter} pattern ({@code MM/dd/yyyy hh:mm a}); blank for
 *     ISO-8601 alone. ISO values are always understood, as are {@code yyyy-MM-dd HH:mm[:ss]}.
 * @param timeZone the zone local date-times of the file are in; blank for the reporting zone
 */
public record ImportMapping(String name, ImportKind kind, List<Rule> rules, String dateFormat, String timeZone) {

    /** A saved mapping's name: lower case letters, digits, {@code -} and {@code _}. */
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,59}");
    /** The value-map key that stands for any other value. */
    public static final String ANY = "*";
    /** What a column name may hold between the characters that count: spaces, {@code _}, {@code -}. */
    private static final String IGNORED = "[\\s\\p{Zs}_-]*";

    /**
     * One file column read as one field.
     *
     * @param column the file's header name (matched ignoring case, spaces, {@code _} and {@code -})
     * @param field the field of the kind; blank: the column is ignored
     * @param values file value to field value; empty: the value as it is
     * @param op null; {@code first}: the first of a {@code ;}-separated list; {@code append}: added
     *     after the value of an earlier rule with a space (first and last name); {@code header}: the
     *     column's name instead of its cell (of a pattern, the text its first {@code *} matched)
     */
    public record Rule(String column, String field, Map<String, String> values, String op) {
        public Rule {
            values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            field = field == null || field.isBlank() ? null : field.strip();
            op = op == null || op.isBlank() ? null : op.strip().toLowerCase(Locale.ROOT);
        }

        static Rule of(String column, String field) {
            return new Rule(column, field, Map.of(), null);
        }

        static Rule map(String column, String field, String... pairs) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                values.put(pairs[i], pairs[i + 1]);
            }
            return new Rule(column, field, values, null);
        }

        static Rule ignore(String column) {
            return new Rule(column, null, Map.of(), null);
        }

        Rule withOp(String o) {
            return new Rule(column, field, values, o);
        }

        /** Whether the column is a pattern ({@code Date entered "* (*)"}) matching many file columns. */
        boolean isPattern() {
            return column != null && column.indexOf('*') >= 0;
        }

        /**
         * The column as a pattern over file column names: names compare ignoring case, spaces,
         * {@code _} and {@code -}, as plain columns do; each {@code *} is a group (greedy).
         */
        Pattern pattern() {
            StringBuilder re = new StringBuilder(IGNORED);
            for (char c : column.strip().toCharArray()) {
                if (c == '*') {
                    re.append("(.*)");
                } else if (c != '_' && c != '-' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    re.append(Pattern.quote(String.valueOf(c))).append(IGNORED);
                }
            }
            return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        /**
         * What the rule reads of a file column name: for a pattern, the text its first {@code *}
         * matched (stripped), or null when the name does not fit; for a plain column, the name.
         */
        String capture(String header) {
            if (!isPattern()) {
                return header;
            }
            java.util.regex.Matcher m = pattern().matcher(header.strip());
            return m.matches() ? m.group(1).strip() : null;
        }

        /** The field's value from a file value; null when the value map has no entry for it. */
        String apply(String value) {
            String v = value;
            if ("first".equals(op)) {
                int semi = v.indexOf(';');
                v = (semi >= 0 ? v.substring(0, semi) : v).strip();
            }
            if (values.isEmpty()) {
                return v;
            }
            String key = ImportRun.key(v);
            String any = null;
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (e.getKey().equals(ANY)) {
                    any = e.getValue();
                } else if (ImportRun.key(e.getKey()).equals(key)) {
                    return e.getValue();
                }
            }
            return any;
        }
    }

    public ImportMapping {
        rules = List.copyOf(rules);
        dateFormat = dateFormat == null || dateFormat.isBlank() ? null : dateFormat.strip();
        timeZone = timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
    }

    /** The rules that give a field, in order. */
    List<Rule> rulesOf(String field) {
        return rules.stream().filter(r -> field.equals(r.field())).toList();
    }

    /** The file's date-time format, or null for ISO alone. */
    DateTimeFormatter formatter() {
        return dateFormat == null ? null : formatter(dateFormat);
    }

    static DateTimeFormatter formatter(String pattern) {
        return new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    /** The zone of the file's local times: its own, or {@code fallback} (the reporting zone). */
    ZoneId zone(ZoneId fallback) {
        return timeZone == null ? fallback : ZoneId.of(timeZone);
    }

    /**
     * Checks what a user wrote: known fields of the kind, value-map targets among the field's
     * choices, a date format and a time zone that parse. Every problem is listed.
     *
     * @throws BadRequestException naming what is wrong
     */
    ImportMapping validated() {
        List<Text> problems = new ArrayList<>();
        Map<String, ImportColumn> byName = new LinkedHashMap<>();
        kind.columns().forEach(c -> byName.put(c.name(), c));
        String fields = String.join(", ", byName.keySet());
        String kindId = kind.id();
        if (rules.stream().noneMatch(r -> r.field() != null)) {
            problems.add(l -> ImportTexts.of(l).mapping_no_fields());
        }
        for (Rule r : rules) {
            String column = r.column() == null ? "" : r.column().strip();
            if (column.isEmpty()) {
                problems.add(l -> ImportTexts.of(l).mapping_column_blank());
                continue;
            }
            if (r.op() != null && !r.op().equals("first") && !r.op().equals("append")
                    && !r.op().equals("header")) {
                String op = r.op();
                problems.add(l -> ImportTexts.of(l).mapping_bad_op(column, op));
            }
            if (r.field() == null) {
                continue;
            }
            ImportColumn target = byName.get(r.field());
            if (target == null) {
                String field = r.field();
                problems.add(l -> ImportTexts.of(l).mapping_unknown_field(column, field, kindId, fields));
                continue;
            }
            List<String> allowed = choices(target);
            for (Map.Entry<String, String> e : r.values().entrySet()) {
                String to = e.getValue() == null ? "" : e.getValue().strip();
                if (!allowed.isEmpty() && !to.isEmpty() && !allowed.contains(to)) {
                    String field = target.name();
                    String from = e.getKey();
                    String list = String.join(", ", allowed);
                    problems.add(l -> ImportTexts.of(l).mapping_bad_value(from, to, field, list));
                }
            }
        }
        if (dateFormat != null) {
            try {
                formatter(dateFormat);
            } catch (IllegalArgumentException e) {
                String format = dateFormat;
                problems.add(l -> ImportTexts.of(l).mapping_bad_date_format(format));
            }
        }
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                String zone = timeZone;
                problems.add(l -> ImportTexts.of(l).mapping_bad_zone(zone));
            }
        }
        if (!problems.isEmpty()) {
            String shown = name == null ? "" : name;
            throw new BadRequestException(l -> ImportTexts.of(l).mapping_invalid(shown), problems);
        }
        return this;
    }

    /** The values a field allows when it is a closed list; empty for free values. */
    static List<String> choices(ImportColumn column) {
        return switch (column.type()) {
            case CHOICE -> column.choices();
            case BOOLEAN -> List.of("true", "false");
            case TOUCH_TYPE -> java.util.Arrays.stream(TouchType.values()).map(TouchType::id).toList();
            default -> List.of();
        };
    }

    /** Whether a field holds a moment or a day, so the mapping converts its dates. */
    static boolean isTime(ImportColumn column) {
        return column.type() == Type.INSTANT || column.type() == Type.DATE;
    }
}
