package io.accountable.ingest;

import static io.accountable.TestUsers.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.demo.DemoCsvWriter;
import io.accountable.demo.DemoGenerator;
import io.accountable.security.Role;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sample files imported into an empty database, exported, the database emptied, the export
 * imported again and exported again: both exports are identical, byte for byte.
 */
@QuarkusTest
@TestProfile(RoundTripTest.EmptyDatabase.class)
class RoundTripTest {

    public static class EmptyDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accountable.demo-scale", "none", "quarkus.flyway.clean-at-start", "true",
                    "quarkus.flyway.clean-disabled", "false");
        }
    }

    /** Parents before children. */
    private static final List<String> ORDER = List.of("accounts", "contacts", "campaigns", "opportunities",
            "stage_changes", "touchpoints", "costs", "nps");

    @Inject
    AgroalDataSource dataSource;

    private void importAll(Map<String, String> files) {
        for (String kind : ORDER) {
            var answer = api(Role.ANALYST).contentType("text/csv").body(files.get(kind))
                    .post("/api/import/" + kind).then().statusCode(200).extract().jsonPath();
            assertEquals(answer.getInt("read"), answer.getInt("created"), kind + " all created");
        }
    }

    private Map<String, String> exportAll() {
        Map<String, String> exports = new LinkedHashMap<>();
        for (String kind : ORDER) {
            exports.put(kind, api(Role.VIEWER).get("/api/export/" + kind).then().statusCode(200).extract().asString());
        }
        return exports;
    }

    private void emptyTheData() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String table : List.of("nps_response", "cost", "touchpoint", "stage_change", "opportunity", "campaign",
                    "contact", "account")) {
                st.executeUpdate("delete from " + table);
            }
        }
    }

    @Test
    void shouldExportWhatWasImportedAndImportTheExportBackIdentically() throws Exception {
        Map<String, String> samples = new LinkedHashMap<>();
        DemoGenerator generator = new DemoGenerator(7, LocalDate.of(2026, 11, 22), 25, 40);
        for (String kind : ORDER) {
            StringWriter out = new StringWriter();
            DemoCsvWriter writer = new DemoCsvWriter(kind, out);
            generator.generate(writer);
            writer.flush();
            samples.put(kind, out.toString());
        }
        try {
            importAll(samples);
            Map<String, String> first = exportAll();
            emptyTheData();
            importAll(first);
            Map<String, String> second = exportAll();
            for (String kind : ORDER) {
                assertEquals(first.get(kind), second.get(kind), kind);
                assertEquals(samples.get(kind).split("\r\n").length, first.get(kind).split("\r\n").length, kind);
            }
        } finally {
            emptyTheData();
        }
    }
}
