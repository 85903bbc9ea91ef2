package io.accountable.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.TestUsers;
import io.accountable.facts.FactStore;
import io.accountable.security.Role;
import io.accountable.settings.SettingsService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Another instance's change (simulated by moving the row as it would) reaches this one within 5 s. */
@QuarkusTest
class DataVersionTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    FactStore facts;
    @Inject
    SettingsService settings;

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    private long dataVersion() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select data_version from data_version where id = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean within(long millis, java.util.function.BooleanSupplier condition) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    @Test
    void shouldRebuildTheFactsWhenAnotherInstanceChangedTheData() throws Exception {
        facts.facts();
        long generation = facts.generation();
        sql("update data_version set data_version = data_version + 1 where id = 1");
        assertTrue(within(5_000, () -> facts.generation() > generation), "the facts were rebuilt within 5 s");
    }

    @Test
    void shouldReloadTheSettingsWhenAnotherInstanceSavedThem() throws Exception {
        long version = settings.version();
        sql("update data_version set settings_version = settings_version + 1 where id = 1");
        assertTrue(within(5_000, () -> settings.version() > version), "the settings were reloaded within 5 s");
    }

    @Test
    void shouldTellTheOtherInstancesOfAnImportHere() throws Exception {
        long before = dataVersion();
        TestUsers.api(Role.ANALYST).contentType("text/csv").body("id,name\nDATAVER1,Data Version Ltd\n")
                .post("/api/import/accounts").then().statusCode(200);
        assertTrue(dataVersion() > before, "the import moved data_version on");
    }
}
