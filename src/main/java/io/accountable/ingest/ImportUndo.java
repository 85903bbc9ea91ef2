package io.accountable.ingest;

import io.accountable.facts.Jdbc;
import io.accountable.i18n.Text;
import io.accountable.i18n.TextException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Undoes one import inside the caller's transaction: removes the rows it created and gives the
 * rows it updated back the values it replaced, from what {@link ImportChanges} recorded. Only
 * the latest import of a kind that wrote rows can be undone, and only when no later import
 * changed the same rows; a created row that other data now references (a contact of a created
 * account) refuses the undo. A refusal is an {@link UndoRefused}; the caller rolls back.
 */
public final class ImportUndo {

    /** Why an import cannot be undone: answered with a 409 (404 when there is no such import). */
    public static final class UndoRefused extends TextException {
        final boolean notFound;

        UndoRefused(Text text) {
            this(text, false);
        }

        UndoRefused(Text text, boolean notFound) {
            super(text, false);
            this.notFound = notFound;
        }
    }

    /** What an undo did. */
    public record Outcome(long id, ImportKind kind, long removed, long restored) {
    }

    private static final int CHUNK = 1_000;

    private ImportUndo() {
    }

    /** Refuses, or undoes the import: the caller commits when this returns. */
    static Outcome run(Connection c, long id) throws SQLException {
        ImportKind kind;
        long written;
        try (PreparedStatement ps = c.prepareStatement(
                "select kind, status, created_count, updated_count from import_record where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new UndoRefused(l -> ImportTexts.of(l).undo_not_found(String.valueOf(id)), true);
                }
                String status = rs.getString(2);
                written = rs.getLong(3) + rs.getLong(4);
                if ("undone".equals(status)) {
                    throw new UndoRefused(l -> ImportTexts.of(l).undo_already(id));
                }
                kind = ImportKind.fromId(rs.getString(1)).orElse(null);
                if (!"succeeded".equals(status) || written == 0 || kind == null) {
                    throw new UndoRefused(l -> ImportTexts.of(l).undo_nothing(id));
                }
            }
        }
        Long later = single(c, "select min(id) from import_record where kind = ? and id > ? and status = 'succeeded' "
                + "and created_count + updated_count > 0", kind.id(), id);
        if (later != null) {
            long next = later;
            throw new UndoRefused(l -> ImportTexts.of(l).undo_not_latest(id, next));
        }
        Long recorded = single(c, "select count(*) from import_change where import_id = ?", null, id);
        if (recorded == null || recorded != written) {
            throw new UndoRefused(l -> ImportTexts.of(l).undo_not_recorded(id));
        }
        Long overlapping = single(c, "select min(l.import_id) from import_change m join import_change l "
                + "on l.table_name = m.table_name and l.row_key = m.row_key join import_record r on r.id = l.import_id "
                + "where m.import_id = ? and l.import_id > m.import_id and r.status = 'succeeded'", null, id);
        if (overlapping != null) {
            long next = overlapping;
            throw new UndoRefused(l -> ImportTexts.of(l).undo_overlap(id, next));
        }
        long[] counts = apply(c, id, kind);
        try (PreparedStatement ps = c.prepareStatement("delete from import_change where import_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        return new Outcome(id, kind, counts[0], counts[1]);
    }

    /** Removes the created rows and restores the updated ones: {removed, restored}. */
    private static long[] apply(Connection c, long id, ImportKind kind) throws SQLException {
        Map<String, ImportColumn> byColumn = new HashMap<>();
        kind.columns().forEach(col -> byColumn.put(col.dbColumn(), col));
        List<String[]> created = new ArrayList<>();
        long removed = 0;
        long restored = 0;
        Map<List<String>, PreparedStatement> restores = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select row_key, change_type, old_values from import_change "
                + "where import_id = ? order by id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    String values = rs.getString(3);
                    if (ImportChanges.CREATED.equals(rs.getString(2))) {
                        created.add(new String[] {key, values});
                        if (created.size() == CHUNK) {
                            removed += remove(c, kind, byColumn, created);
                            created.clear();
                        }
                    } else if (restore(c, kind, byColumn, restores, key, ImportChanges.map(values))) {
                        restored++;
                    } else {
                        throw new UndoRefused(l -> ImportTexts.of(l).undo_row_gone(id, key));
                    }
                }
            }
            removed += remove(c, kind, byColumn, created);
        } finally {
            for (PreparedStatement st : restores.values()) {
                st.close();
            }
        }
        return new long[] {removed, restored};
    }

    /** Gives one row its earlier values; false when it is no longer there. */
    private static boolean restore(Connection c, ImportKind kind, Map<String, ImportColumn> byColumn,
            Map<List<String>, PreparedStatement> statements, String key, Map<String, String> values)
            throws SQLException {
        List<String> names = new ArrayList<>(values.keySet());
        if (names.isEmpty()) {
            return true;
        }
        for (String name : names) {
            if (!byColumn.containsKey(name)) {
                throw new IllegalStateException("An unknown column in a change record: " + name);
            }
        }
        PreparedStatement ps = statements.get(names);
        if (ps == null) {
            StringBuilder sql = new StringBuilder("update ").append(kind.table()).append(" set ");
            for (int i = 0; i < names.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ?");
            }
            sql.append(" where external_id = ?");
            ps = c.prepareStatement(sql.toString());
            statements.put(names, ps);
        }
        for (int i = 0; i < names.size(); i++) {
            ImportColumn column = byColumn.get(names.get(i));
            Jdbc.bind(ps, i + 1, ImportChanges.value(values.get(names.get(i)), column.type()), column.type().sqlType);
        }
        ps.setString(names.size() + 1, key);
        return ps.executeUpdate() > 0;
    }

    /** Deletes created rows (those already gone are skipped); refuses when other data uses them. */
    private static long remove(Connection c, ImportKind kind, Map<String, ImportColumn> byColumn,
            List<String[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        String sql = kind.hasId() ? "delete from " + kind.table() + " where external_id = ?"
                : "delete from stage_change where opportunity_id = ? and stage = ? and entered_at = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String[] row : rows) {
                if (kind.hasId()) {
                    ps.setString(1, row[0]);
                } else {
                    Map<String, String> key = ImportChanges.map(row[1]);
                    int i = 1;
                    for (String name : List.of("opportunity_id", "stage", "entered_at")) {
                        ImportColumn column = byColumn.get(name);
                        Jdbc.bind(ps, i++, ImportChanges.value(key.get(name), column.type()), column.type().sqlType);
                    }
                }
                ps.addBatch();
            }
            long n = 0;
            for (int count : ps.executeBatch()) {
                n += Math.max(count, 0);
            }
            return n;
        } catch (SQLException e) {
            if (isReferenced(e)) {
                throw new UndoRefused(l -> ImportTexts.of(l).undo_referenced());
            }
            throw e;
        }
    }

    /** A foreign key violation (SQL state 23503), wherever in the exception's chain. */
    private static boolean isReferenced(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if ("23503".equals(n.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t instanceof BatchUpdateException b && b.getNextException() != null
                    && "23503".equals(b.getNextException().getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Long single(Connection c, String sql, String first, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (first != null) {
                ps.setString(i++, first);
            }
            ps.setLong(i, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                long value = rs.getLong(1);
                return rs.wasNull() ? null : value;
            }
        }
    }
}
