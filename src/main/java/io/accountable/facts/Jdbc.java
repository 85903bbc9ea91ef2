package io.accountable.facts;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Binds plain Java values to JDBC parameters the same way on H2 and PostgreSQL. */
public final class Jdbc {

    private Jdbc() {
    }

    public static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        bind(ps, index, value, Types.NULL);
    }

    /** As {@link #bind(PreparedStatement, int, Object)}, a null bound with the column's {@code sqlType}. */
    public static void bind(PreparedStatement ps, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            ps.setNull(index, sqlType);
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof Long l) {
            ps.setLong(index, l);
        } else if (value instanceof Integer i) {
            ps.setInt(index, i);
        } else if (value instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else if (value instanceof BigDecimal d) {
            ps.setBigDecimal(index, d);
        } else if (value instanceof Instant t) {
            // timestamp with time zone: an OffsetDateTime in UTC is read back as the same instant everywhere
            ps.setObject(index, t.atOffset(ZoneOffset.UTC));
        } else if (value instanceof LocalDate d) {
            ps.setObject(index, d);
        } else {
            throw new IllegalArgumentException("Unsupported value " + value.getClass());
        }
    }
}
