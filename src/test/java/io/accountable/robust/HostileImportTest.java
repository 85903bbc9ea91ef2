package io.accountable.robust;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus of src/test/resources/import/poison: implausible dates in every kind (both
 * modes), invisible characters in ids, thousands of unknown columns, other content types, and
 * two identical imports at once. After each, every page and API route still answers 200.
 */
@QuarkusTest
class HostileImportTest {

    @Inject
    AgroalDataSource dataSource;

    static byte[] file(String name) throws IOException {
        try (InputStream in = HostileImportTest.class.getResourceAsStream("/import/poison/" + name)) {
            return in.readAllBytes();
        }
    }

    static JsonPath post(String kind, byte[] body, String mode) {
        return api(Role.ANALYST).contentType("text/csv").body(body).post("/api/import/" + kind + "?mode=" + mode)
                .then().extract().jsonPath();
    }

    @AfterEach
    void removeImported() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("delete from stage_change where stage = 'imp_poison'");
            for (String table : List.of("nps_response", "cost", "touchpoint", "opportunity", "contact", "campaign",
                    "account")) {
                st.execute("delete from " + table + " where external_id like 'IMP-%' or external_id like ' IMP%'");
            }
        }
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("accounts_far_past.csv", "accounts", "created_at", 2),
                Arguments.of("contacts_far_future.csv", "contacts", "created_at", 2),
                Arguments.of("campaigns_year_one.csv", "campaigns", "start_date", 2),
                Arguments.of("touchpoints_far_past.csv", "touchpoints", "occurred_at", 2),
                Arguments.of("opportunities_far_close.csv", "opportunities", "closed_at", 2),
                Arguments.of("stage_changes_before_1970.csv", "stage_changes", "entered_at", 1),
                Arguments.of("costs_far_future.csv", "costs", "date", 2),
                Arguments.of("nps_far_past.csv", "nps", "responded_at", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void shouldRejectTheRowWithAnImplausibleDateInBothModes(String name, String kind, String column, int read)
            throws IOException {
        JsonPath strict = post(kind, file(name), "all-or-nothing");
        assertEquals(1, strict.getInt("rejected"), name);
        assertEquals(0, strict.getInt("created"), "a 422 reports no row as created: " + name);
        assertEquals(column, strict.getString("errors[0].column"), name);
        assertTrue(strict.getString("errors[0].message").contains("not a plausible date"), name);
        assertEquals(read, strict.getInt("read"));
        assertEquals(strict.getInt("read"), strict.getInt("created") + strict.getInt("updated")
                + strict.getInt("unchanged") + strict.getInt("rejected"), "counts reconcile");
        JsonPath lenient = post(kind, file(name), "skip-invalid");
        assertEquals(1, lenient.getInt("rejected"), name);
        assertEquals(read - 1, lenient.getInt("created"), name);
        for (String path : PoisonRowsTest.PAGES) {
            if (!path.contains("PZ-")) {
                as(Role.ADMIN).get(path).then().statusCode(200);
            }
        }
        for (String path : PoisonRowsTest.API) {
            if (!path.contains("PZ-")) {
                api(Role.ADMIN).get(path).then().statusCode(200);
            }
        }
    }

    @Test
    void shouldRejectOnlyTheRowOfAnOverLongUnquotedValue() {
        byte[] body = ("id,name\nIMP-L1,Fine\nIMP-L2," + "x".repeat(2_000_000) + "\nIMP-L3,\"Also \"\"fine\"\"\"\n")
                .getBytes();
        JsonPath lenient = post("accounts", body, "skip-invalid");
        assertEquals(3, lenient.getInt("read"), lenient.prettify().substring(0, 400));
        assertEquals(2, lenient.getInt("created"));
        assertEquals(1, lenient.getInt("rejected"));
        assertEquals(2, lenient.getInt("errors[0].row"));
        assertEquals("name", lenient.getString("errors[0].column"));
        assertTrue(lenient.getString("errors[0].message").contains("rest of the row was skipped"));
        api(Role.VIEWER).get("/api/accounts/IMP-L3").then().statusCode(200).body("name",
                org.hamcrest.Matchers.equalTo("Also \"fine\""));
        JsonPath strict = post("accounts", body, "all-or-nothing");
        assertEquals(1, strict.getInt("rejected"));
        assertEquals(0, strict.getInt("created"));
    }

    @Test
    void shouldKeepSixDecimalsExactlyAndWarnWhenItRounds() throws Exception {
        byte[] body = ("id,account_id,amount,status,created_at\n"
                + "IMP-D1,ACC00001,1234.567891,open,2026-01-01T00:00:00Z\n"
                + "IMP-D2,ACC00001,100.1234565,open,2026-01-01T00:00:00Z\n").getBytes();
        JsonPath answer = post("opportunities", body, "all-or-nothing");
        assertEquals(2, answer.getInt("created"));
        List<String> warnings = answer.getList("warnings");
        assertEquals(List.of("Row 2: amount 100.1234565 has more than 6 decimals: rounded half-up to 100.123457."),
                warnings);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select amount from opportunity where external_id in ('IMP-D1', "
                        + "'IMP-D2') order by external_id")) {
            rs.next();
            assertEquals(new java.math.BigDecimal("1234.567891"), rs.getBigDecimal(1));
            rs.next();
            assertEquals(new java.math.BigDecimal("100.123457"), rs.getBigDecimal(1));
        }
        // the same file again is unchanged: the stored amounts compare equal
        assertEquals(2, post("opportunities", body, "all-or-nothing").getInt("unchanged"));
    }

    @Test
    void shouldTrimIdsAndRejectInvisibleCharacters() throws Exception {
        JsonPath answer = post("accounts", file("accounts_invisible_ids.csv"), "skip-invalid");
        assertEquals(2, answer.getInt("created"));
        assertEquals(2, answer.getInt("rejected"));
        assertTrue(answer.getString("errors[0].message").contains("U+200B"), answer.prettify());
        assertTrue(answer.getString("errors[1].message").contains("U+202E"), answer.prettify());
        api(Role.VIEWER).get("/api/accounts/IMP-ID2").then().statusCode(200);
    }

    @Test
    void shouldSummariseThousandsOfUnknownColumnsInOneWarning() throws Exception {
        JsonPath answer = post("accounts", file("accounts_5000_unknown_columns.csv"), "all-or-nothing");
        assertEquals(1, answer.getInt("created"));
        List<String> warnings = answer.getList("warnings");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("5000 columns are unknown"), warnings.get(0));
    }

    @Test
    void shouldRefuseAndRecordOtherContentTypesWithTheirHash() throws Exception {
        byte[] body = "id,name\nIMP-X1,Cross-site\n".getBytes();
        api(Role.ANALYST).contentType("text/plain").body(body).post("/api/import/accounts?fileName=plain.csv").then()
                .statusCode(415).body("error", containsString("text/csv"));
        api(Role.VIEWER).get("/api/accounts/IMP-X1").then().statusCode(404);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        api(Role.ANALYST).get("/api/imports?limit=1").then().statusCode(200)
                .body("[0].status", org.hamcrest.Matchers.equalTo("refused"))
                .body("[0].sha256", org.hamcrest.Matchers.equalTo(sha))
                .body("[0].fileName", org.hamcrest.Matchers.equalTo("plain.csv"));
    }

    @Test
    void shouldRecordTheHashOfTheWholeFileWhenRefusedEarly() throws Exception {
        byte[] body = "id,name\n\"IMP-Q1,unclosed\n".getBytes();
        post("accounts", body, "all-or-nothing");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        api(Role.ANALYST).get("/api/imports?limit=1").then().body("[0].sha256", org.hamcrest.Matchers.equalTo(sha));
    }

    @Test
    void shouldImportTwoIdenticalFilesAtOnceWithoutA500AndAddTheRowsOnce() throws Exception {
        StringBuilder csv = new StringBuilder("id,name,segment\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("IMP-C").append(i).append(",Concurrent ").append(i).append(",imp\n");
        }
        byte[] body = csv.toString().getBytes();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> api(Role.ANALYST).contentType("text/csv").body(body)
                        .post("/api/import/accounts")));
            }
            int created = 0;
            int unchanged = 0;
            for (Future<io.restassured.response.Response> f : answers) {
                io.restassured.response.Response r = f.get();
                assertTrue(r.statusCode() == 200 || r.statusCode() == 409, r.statusCode() + " " + r.asString());
                if (r.statusCode() == 200) {
                    created += r.jsonPath().getInt("created");
                    unchanged += r.jsonPath().getInt("unchanged");
                } else {
                    assertTrue(r.jsonPath().getString("error").contains("Another import is running"));
                }
            }
            assertEquals(3000, created, "the rows are created once");
            assertEquals(0, unchanged % 3000);
        } finally {
            pool.shutdown();
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*) from account where external_id like 'IMP-C%'")) {
            rs.next();
            assertEquals(3000, rs.getInt(1));
        }
    }
}
