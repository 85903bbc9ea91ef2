package io.accountable.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh H2 in-memory database with the application's schema (V1__schema.sql), for testing the
 * importer with plain JDBC: no Quarkus, no Flyway.
 */
final class ImportTestDatabase implements AutoCloseable {

    private static final java.util.List<String> SCHEMA = java.util.List.of("db/migration/V1__schema.sql",
            "db/migration/V2__drop_touchpoint_time_index.sql", "db/migration/V3__amounts_six_decimals.sql");

    /** A connection with autoCommit off, as the service layer gives it to the importer. */
    final Connection connection;

    ImportTestDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Statement st = connection.createStatement()) {
            for (String file : SCHEMA) {
                for (String sql : schema(file).split(";")) {
                    if (!sql.isBlank()) {
                        st.execute(sql);
                    }
                }
            }
        }
        connection.setAutoCommit(false);
    }

    /**
     * From the classpath under Maven (src/main/resources is on the test classpath), from the
     * source tree when the tests run from /work/main without it.
     */
    private static String schema(String file) {
        try (InputStream in = ImportTestDatabase.class.getClassLoader().getResourceAsStream(file)) {
            String text;
            if (in != null) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                text = Files.readString(Path.of("src/main/resources", file));
            }
            // comments may hold anything, semicolons included: drop them before splitting
            return text.replaceAll("(?m)--.*$", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " (run from /work/main or with Maven)", e);
        }
    }

    /** Runs statements and commits. */
    ImportTestDatabase sql(String... statements) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
        connection.commit();
        return this;
    }

    /** Two accounts, a contact of each, a campaign and an open opportunity (ids as the demo data). */
    ImportTestDatabase seeded() throws SQLException {
        return sql("insert into account (external_id, name) values ('ACC00001', 'Acme'), ('ACC00002', 'Globex')",
                "insert into contact (external_id, account_id) select 'CON00001', id from account "
                        + "where external_id = 'ACC00002'",
                "insert into contact (external_id, account_id) select 'CON00002', id from account "
                        + "where external_id = 'ACC00001'",
                "insert into campaign (external_id, name, channel) values ('CMP00001', 'Spring', 'paid_social')",
                "insert into opportunity (external_id, account_id, amount, status, created_at) select 'OPP00001', id, "
                        + "1000, 'open', timestamp with time zone '2026-01-01 00:00:00+00' from account "
                        + "where external_id = 'ACC00001'");
    }

    /** Every row of a table, ordered by id, as text: to compare the database before and after. */
    List<String> rows(String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("select * from " + table + " order by id")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(i == 1 ? "" : " | ").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** Every table the importer writes, as text. */
    List<List<String>> snapshot() throws SQLException {
        List<List<String>> all = new ArrayList<>();
        for (String table : List.of("account", "contact", "campaign", "touchpoint", "opportunity", "stage_change",
                "cost", "nps_response")) {
            all.add(rows(table));
        }
        return all;
    }

    /** One value of a query. */
    String value(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** One instant of a query (a timestamp with time zone). */
    Instant instant(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1, OffsetDateTime.class).toInstant() : null;
        }
    }

    @Override
    public void close() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("shutdown");
        }
        connection.close();
    }
}
