package io.accountable.security;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12, items 6 and 7 (part): no cross-site API writes, and no authenticated answer cached. */
@QuarkusTest
class CrossSiteApiTest {

    private static final String CSV = "id,name\nXS-1,Cross site\n";

    @org.junit.jupiter.api.AfterEach
    void removeImported() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> io.accountable.account.Account.delete("externalId like 'XS-%'"));
    }

    @Test
    void shouldRefuseAForeignOriginImportAndWriteNothing() {
        api(Role.ANALYST).header("Origin", "https://evil.example").contentType("text/csv").body(CSV)
                .post("/api/import/accounts").then().statusCode(403).body("error", containsString("another site"));
        api(Role.ANALYST).header("Sec-Fetch-Site", "cross-site").contentType("text/csv").body(CSV)
                .post("/api/import/accounts").then().statusCode(403);
        api(Role.ANALYST).header("Origin", "null").contentType("text/csv").body(CSV).post("/api/import/accounts")
                .then().statusCode(403);
        api(Role.VIEWER).get("/api/accounts/XS-1").then().statusCode(404);
    }

    @Test
    void shouldRefuseATextPlainImportAndWriteNothing() {
        api(Role.ANALYST).contentType("text/plain").body(CSV).post("/api/import/accounts").then().statusCode(415);
        api(Role.VIEWER).get("/api/accounts/XS-1").then().statusCode(404);
    }

    @Test
    void shouldAcceptTheSameOriginAndScriptsWithoutOrigin() {
        String csv = "id,name\nXS-2,Same origin\n";
        api(Role.ANALYST).header("Origin", "http://localhost:8081").contentType("text/csv").body(csv)
                .post("/api/import/accounts?mode=skip-invalid").then().statusCode(200);
        api(Role.VIEWER).get("/api/accounts/XS-2").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/accounts", "/accounts/ACC00001", "/accounts/export.csv", "/reports",
            "/reports/executive.pdf", "/import", "/settings", "/users"})
    void shouldNotLetAnyAuthenticatedPageBeStored(String path) {
        as(Role.ADMIN).get(path).then().statusCode(200).header("Cache-Control", equalTo("no-store"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/kpis", "/api/attribution", "/api/accounts/ACC00001", "/api/export/accounts",
            "/api/imports", "/api/no/such"})
    void shouldNotLetAnyApiAnswerBeStored(String path) {
        api(Role.ADMIN).get(path).then().header("Cache-Control", equalTo("no-store"));
    }
}
