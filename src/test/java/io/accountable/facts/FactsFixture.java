package io.accountable.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A small, hand-written data set in an in-memory H2 database with the real schema, read into
 * {@link Facts} the way the application does: plain JUnit, no Quarkus.
 */
public final class FactsFixture {

    private FactsFixture() {
    }

    public static Facts load(String name, String... inserts) {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")) {
            try (Statement st = c.createStatement()) {
                st.execute("drop all objects");
                for (String ddl : schema().split(";")) {
                    if (!ddl.isBlank()) {
                        st.execute(ddl);
                    }
                }
                for (String insert : inserts) {
                    st.execute(insert);
                }
            }
            return Facts.load(c);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String schema() throws IOException {
        try (InputStream in = FactsFixture.class.getResourceAsStream("/db/migration/V1__schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        }
    }
}
