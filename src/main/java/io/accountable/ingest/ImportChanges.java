package io.accountable.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.ingest.ImportColumn.Type;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one import changed, written to {@code import_change} in the import's own transaction (so
 * a rolled-back import leaves none): each created row by its key, and each updated row with the
 * values the update replaced. {@link ImportUndo} reads it back.
 */
final class ImportChanges implements AutoCloseable {

    static final String CREATED = "created";
    static final String UPDATED = "updated";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private final long importId;
    private final String table;
    private final PreparedStatement insert;

    ImportChanges(long importId, ImportKind kind, Connection connection) throws SQLException {
        this.importId = importId;
        this.table = kind.table();
        this.insert = connection.prepareStatement("insert into import_change (import_id, table_name, row_key, "
                + "change_type, old_values) values (?, ?, ?, ?, ?)");
    }

    /** A row the import created; {@code values} (may be null) are what undo needs to find it. */
    void created(String key, Map<String, String> values) throws SQLException {
        add(key, CREATED, values);
    }

    /** A row the import updated, with the values (by database column) the update replaced. */
    void updated(String key, Map<String, String> replaced) throws SQLException {
        add(key, UPDATED, replaced);
    }

    private void add(String key, String change, Map<String, String> values) throws SQLException {
        insert.setLong(1, importId);
        insert.setString(2, table);
        insert.setString(3, key);
        insert.setString(4, change);
        insert.setString(5, values == null ? null : json(values));
        insert.addBatch();
    }

    /** Writes the changes of a chunk. */
    void flush() throws SQLException {
        insert.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }

    /** The key of a stage change, which has no id of its own: opportunity, stage and instant. */
    static String stageChangeKey(Object opportunity, Object stage, Object enteredAt) {
        return opportunity + "|" + stage + "|" + enteredAt;
    }

    /** A stored value as text that {@link #value} reads back to an equal value. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    /** A value written by {@link #text}, as the type of its column binds it. */
    static Object value(String text, Type type) {
        if (text == null) {
            return null;
        }
        return switch (type) {
            case BOOLEAN -> Boolean.parseBoolean(text);
            case INSTANT -> Instant.parse(text);
            case DATE -> LocalDate.parse(text);
            case AMOUNT -> new BigDecimal(text);
            case POSITIVE_INT, SCORE -> Integer.valueOf(text);
            case REFERENCE -> Long.valueOf(text);
            default -> text;
        };
    }

    static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> map(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An unreadable change record: " + e.getMessage(), e);
        }
    }
}
