package io.accountable.ingest;

import java.sql.Types;
import java.util.List;

/**
 * One column of an import file (data-and-api.md) and where it is stored.
 *
 * @param name the spec name, as in the import file's header
 * @param type how the text is read and checked
 * @param required whether the file must have this column (and every row a value in it)
 * @param dbColumn the column of the kind's table (the CSV {@code id} is {@code external_id})
 * @param maxLength for text: the length of the database column, so a long value is a rejected
 *     row and not a database error in the middle of a batch; 0 for other types
 * @param choices for {@link Type#CHOICE}: the allowed values
 * @param ref for {@link Type#REFERENCE}: the kind the value is an id of
 * @param defaultValue the value stored when the cell is empty (or the column absent, for a new row)
 */
record ImportColumn(String name, Type type, boolean required, String dbColumn, int maxLength, List<String> choices,
        ImportKind ref, Object defaultValue) {

    /** How a cell is read; each type has one Java value class and one SQL type. */
    enum Type {
        /** The record's id in the source system: text, unique per kind. */
        ID(Types.VARCHAR),
        TEXT(Types.VARCHAR),
        /** Free text normalised with {@code Channels.normalise}. */
        CHANNEL(Types.VARCHAR),
        /** A {@code TouchType} id, stored lower case. */
        TOUCH_TYPE(Types.VARCHAR),
        /** One of a closed list, stored lower case. */
        CHOICE(Types.VARCHAR),
        BOOLEAN(Types.BOOLEAN),
        /** ISO-8601 with an offset, or a date read as midnight in the reporting zone. */
        INSTANT(Types.TIMESTAMP_WITH_TIMEZONE),
        DATE(Types.DATE),
        /** A decimal with '.', never negative, stored as numeric(21, 6): 6 decimals kept exactly. */
        AMOUNT(Types.NUMERIC),
        /** A whole number above 0. */
        POSITIVE_INT(Types.INTEGER),
        /** An NPS score, a whole number from 0 to 10. */
        SCORE(Types.INTEGER),
        /** Must be the reporting currency; stored upper case. */
        CURRENCY(Types.VARCHAR),
        /** The id of a record of {@link ImportColumn#ref()}: stored as that record's internal id. */
        REFERENCE(Types.BIGINT);

        final int sqlType;

        Type(int sqlType) {
            this.sqlType = sqlType;
        }
    }

    static ImportColumn id() {
        return new ImportColumn("id", Type.ID, true, "external_id", 100, List.of(), null, null);
    }

    static ImportColumn text(String name, boolean required, int maxLength) {
        return new ImportColumn(name, Type.TEXT, required, name, maxLength, List.of(), null, null);
    }

    static ImportColumn of(String name, Type type, boolean required) {
        return new ImportColumn(name, type, required, name, 0, List.of(), null, null);
    }

    static ImportColumn channel(String name, boolean required) {
        return new ImportColumn(name, Type.CHANNEL, required, name, 100, List.of(), null, null);
    }

    static ImportColumn choice(String name, boolean required, String... choices) {
        return new ImportColumn(name, Type.CHOICE, required, name, 0, List.of(choices), null, null);
    }

    static ImportColumn ref(String name, boolean required, ImportKind kind) {
        return new ImportColumn(name, Type.REFERENCE, required, name, 0, List.of(), kind, null);
    }

    ImportColumn storedAs(String column) {
        return new ImportColumn(name, type, required, column, maxLength, choices, ref, defaultValue);
    }

    ImportColumn withDefault(Object value) {
        return new ImportColumn(name, type, required, dbColumn, maxLength, choices, ref, value);
    }
}
