package io.accountable.ingest;

import io.accountable.facts.Jdbc;
import io.accountable.ingest.ImportColumn.Type;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Upserts the valid rows of a file a chunk at a time: one query finds which of the chunk's ids
 * exist (and their stored values), then new rows are inserted and changed rows updated with
 * JDBC batches. Only the chunk is in memory, never the table. Rows written for earlier chunks
 * never change the answer for later ones: an id (or stage change) is in a file once.
 *
 * <p>On update only the columns the file has are compared and written: a file without, say,
 * {@code domain} leaves the stored domains alone; an empty cell in a column the file has clears
 * the value (or sets the column's default).
 */
final class TableWriter implements AutoCloseable {

    /** How the rows of one chunk were classified. */
    record Counts(int created, int updated, int unchanged) {
    }

    private final ImportKind kind;
    private final Connection connection;
    private final List<ImportColumn> columns;
    /** Indexes into {@link #columns} of the columns stored by an insert (all but the id). */
    private final int[] stored;
    /** Indexes of the stored columns the file has: compared and updated. */
    private final int[] present;
    private final int idIndex;
    /**
     * The table had no rows when the import started: every row of the file is new (an id is in a
     * file once), so a first import skips the lookups.
     */
    private final boolean emptyAtStart;
    private PreparedStatement lookup;
    private PreparedStatement insert;
    private PreparedStatement update;
    /** Where what is written is recorded for an undo; null when nothing is recorded. */
    private final ImportChanges changes;

    /**
     * @param inFile for each column of the kind, whether the file has it
     */
    TableWriter(ImportKind kind, boolean[] inFile, Connection connection) throws SQLException {
        this(kind, inFile, connection, null);
    }

    /**
     * @param changes records each created and updated row (with the values an update replaces);
     *     may be null
     */
    TableWriter(ImportKind kind, boolean[] inFile, Connection connection, ImportChanges changes)
            throws SQLException {
        this.changes = changes;
        this.kind = kind;
        this.connection = connection;
        this.columns = kind.columns();
        List<Integer> storedList = new ArrayList<>();
        List<Integer> presentList = new ArrayList<>();
        int id = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).type() == Type.ID) {
                id = i;
                continue;
            }
            storedList.add(i);
            if (inFile[i]) {
                presentList.add(i);
            }
        }
        this.idIndex = id;
        this.stored = storedList.stream().mapToInt(Integer::intValue).toArray();
        this.present = presentList.stream().mapToInt(Integer::intValue).toArray();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select 1 from " + kind.table() + " fetch first 1 rows only")) {
            this.emptyAtStart = !rs.next();
        }
    }

    /**
     * Classifies the rows against the database and, when {@code write} is true, writes them.
     *
     * @param rows the valid rows (values by column), an id at most once in the whole import
     */
    Counts write(List<Object[]> rows, boolean write) throws SQLException {
        if (rows.isEmpty()) {
            return new Counts(0, 0, 0);
        }
        return kind.hasId() ? upsert(rows, write) : insertNewStageChanges(rows, write);
    }

    private Counts upsert(List<Object[]> rows, boolean write) throws SQLException {
        Map<String, Object[]> existing = existing(rows);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (Object[] row : rows) {
            Object[] current = existing.get((String) row[idIndex]);
            if (current == null) {
                inserts.add(row);
            } else if (same(current, row)) {
                unchanged++;
            } else {
                updates.add(row);
            }
        }
        if (write) {
            if (!inserts.isEmpty()) {
                PreparedStatement ps = insertStatement();
                for (Object[] row : inserts) {
                    ps.setString(1, (String) row[idIndex]);
                    for (int i = 0; i < stored.length; i++) {
                        bind(ps, i + 2, columns.get(stored[i]).type(), row[stored[i]]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (!updates.isEmpty()) {
                PreparedStatement ps = updateStatement();
                for (Object[] row : updates) {
                    for (int i = 0; i < present.length; i++) {
                        bind(ps, i + 1, columns.get(present[i]).type(), row[present[i]]);
                    }
                    ps.setString(present.length + 1, (String) row[idIndex]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (changes != null) {
                for (Object[] row : inserts) {
                    changes.created((String) row[idIndex], null);
                }
                for (Object[] row : updates) {
                    Object[] current = existing.get((String) row[idIndex]);
                    Map<String, String> replaced = new java.util.LinkedHashMap<>();
                    for (int i : present) {
                        replaced.put(columns.get(i).dbColumn(), ImportChanges.text(current[i]));
                    }
                    changes.updated((String) row[idIndex], replaced);
                }
                changes.flush();
            }
        }
        return new Counts(inserts.size(), updates.size(), unchanged);
    }

    /** The stored values of the rows of the chunk that exist, by external id. */
    private Map<String, Object[]> existing(List<Object[]> rows) throws SQLException {
        Map<String, Object[]> existing = new HashMap<>();
        if (emptyAtStart) {
            return existing;
        }
        if (lookup == null) {
            StringBuilder sql = new StringBuilder("select external_id");
            for (int i : stored) {
                sql.append(", ").append(columns.get(i).dbColumn());
            }
            // one array parameter rather than "in (?, ?, ...)": one statement whatever the chunk's
            // size, and H2 checks it faster; both H2 and PostgreSQL use the unique index
            sql.append(" from ").append(kind.table()).append(" where external_id = any(?)");
            lookup = connection.prepareStatement(sql.toString());
        }
        lookup.setArray(1, connection.createArrayOf("varchar", rows.stream().map(r -> r[idIndex]).toArray()));
        try (ResultSet rs = lookup.executeQuery()) {
            while (rs.next()) {
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < stored.length; i++) {
                    values[stored[i]] = read(rs, i + 2, columns.get(stored[i]).type());
                }
                existing.put(rs.getString(1), values);
            }
        }
        return existing;
    }

    private boolean same(Object[] current, Object[] row) {
        for (int i : present) {
            Object a = current[i];
            Object b = row[i];
            boolean equal = a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0
                    : Objects.equals(a, b);
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    private PreparedStatement insertStatement() throws SQLException {
        if (insert == null) {
            StringBuilder sql = new StringBuilder("insert into " + kind.table() + " (external_id");
            for (int i : stored) {
                sql.append(", ").append(columns.get(i).dbColumn());
            }
            sql.append(") values (").append(placeholders(stored.length + 1)).append(')');
            insert = connection.prepareStatement(sql.toString());
        }
        return insert;
    }

    private PreparedStatement updateStatement() throws SQLException {
        if (update == null) {
            StringBuilder sql = new StringBuilder("update " + kind.table() + " set ");
            for (int i = 0; i < present.length; i++) {
                sql.append(i == 0 ? "" : ", ").append(columns.get(present[i]).dbColumn()).append(" = ?");
            }
            sql.append(" where external_id = ?");
            update = connection.prepareStatement(sql.toString());
        }
        return update;
    }

    /**
     * Stage changes have no id: the key is (opportunity, stage, entered_at). An existing
     * identical triple is unchanged; there is nothing else to update.
     */
    private Counts insertNewStageChanges(List<Object[]> rows, boolean write) throws SQLException {
        Set<List<Object>> existing = new HashSet<>();
        if (!emptyAtStart) {
            if (lookup == null) {
                lookup = connection.prepareStatement("select opportunity_id, stage, entered_at from stage_change "
                        + "where opportunity_id = any(?)");
            }
            Set<Object> opportunities = new HashSet<>();
            rows.forEach(r -> opportunities.add(r[0]));
            lookup.setArray(1, connection.createArrayOf("bigint", opportunities.toArray()));
            try (ResultSet rs = lookup.executeQuery()) {
                while (rs.next()) {
                    existing.add(List.of(rs.getLong(1), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant()));
                }
            }
        }
        List<Object[]> inserts = new ArrayList<>();
        for (Object[] row : rows) {
            if (!existing.contains(List.of(row[0], row[1], row[2]))) {
                inserts.add(row);
            }
        }
        if (write && !inserts.isEmpty()) {
            if (insert == null) {
                insert = connection.prepareStatement(
                        "insert into stage_change (opportunity_id, stage, entered_at) values (?, ?, ?)");
            }
            for (Object[] row : inserts) {
                for (int i = 0; i < 3; i++) {
                    bind(insert, i + 1, columns.get(i).type(), row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
            if (changes != null) {
                for (Object[] row : inserts) {
                    Map<String, String> key = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < 3; i++) {
                        key.put(columns.get(i).dbColumn(), ImportChanges.text(row[i]));
                    }
                    changes.created(ImportChanges.stageChangeKey(row[0], row[1], row[2]), key);
                }
                changes.flush();
            }
        }
        return new Counts(inserts.size(), 0, rows.size() - inserts.size());
    }

    private static String placeholders(int n) {
        return "?, ".repeat(n - 1) + "?";
    }

    /** Binds a value as the demo loader does; a null with its column's SQL type. */
    private static void bind(PreparedStatement ps, int index, Type type, Object value) throws SQLException {
        Jdbc.bind(ps, index, value, type.sqlType);
    }

    /** Reads a stored value as {@link RowValidator} makes it, so the two compare with equals. */
    private static Object read(ResultSet rs, int index, Type type) throws SQLException {
        Object value = switch (type) {
            case BOOLEAN -> rs.getBoolean(index);
            case INSTANT -> {
                OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
                yield t == null ? null : t.toInstant();
            }
            case DATE -> rs.getObject(index, LocalDate.class);
            case AMOUNT -> rs.getBigDecimal(index);
            case POSITIVE_INT, SCORE -> rs.getInt(index);
            case REFERENCE -> rs.getLong(index);
            default -> rs.getString(index);
        };
        return rs.wasNull() ? null : value;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : new PreparedStatement[] {lookup, insert, update}) {
            if (ps != null) {
                ps.close();
            }
        }
    }
}
