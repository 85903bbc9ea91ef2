package io.accountable.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.accountable.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Item 5: personal access tokens, created through the API or the page, used as Bearer, revoked. */
@QuarkusTest
class ApiTokenTest {

    private static String create(String name) {
        return TestUsers.api(Role.ANALYST).contentType("application/json").body("{\"name\": \"" + name + "\"}")
                .post("/api/tokens").then().statusCode(201).body("token", startsWith("acc_"))
                .body("name", equalTo(name)).extract().path("token");
    }

    @Test
    void shouldWorkAsBearerWithTheOwnersRoleAndStopWhenRevoked() {
        String token = create("script");
        int id = TestUsers.api(Role.ANALYST).get("/api/tokens").then().statusCode(200)
                .body("find { it.name == 'script' }.state", equalTo("active"))
                .body(not(containsString(token))).extract().path("find { it.name == 'script' }.id");
        given().auth().oauth2(token).get("/api/kpis").then().statusCode(200);
        given().auth().oauth2(token).get("/api/demo/accounts.csv").then().statusCode(200);
        // The owner is an analyst, not an admin.
        given().auth().oauth2(token).get("/api/audit").then().statusCode(403).contentType("application/json");
        TestUsers.api(Role.ANALYST).delete("/api/tokens/" + id).then().statusCode(204);
        given().auth().oauth2(token).get("/api/kpis").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        TestUsers.api(Role.ANALYST).delete("/api/tokens/999999").then().statusCode(404).body("error", not(equalTo(null)));
    }

    @Test
    void shouldNotLetATokenCreateTokensOrOpenPages() {
        String token = create("no-more");
        given().auth().oauth2(token).contentType("application/json").body("{\"name\": \"child\"}").post("/api/tokens")
                .then().statusCode(403);
        given().redirects().follow(false).auth().oauth2(token).get("/").then().statusCode(302);
    }

    @Test
    void shouldRefuseAnUnknownOrExpiredToken() {
        given().auth().oauth2("acc_" + "x".repeat(43)).get("/api/kpis").then().statusCode(401);
        given().auth().oauth2("nonsense").get("/api/kpis").then().statusCode(401);
        String token = TestUsers.api(Role.VIEWER).contentType("application/json")
                .body("{\"name\": \"short-lived\", \"expires\": \"" + LocalDate.now().plusDays(2) + "\"}")
                .post("/api/tokens").then().statusCode(201).extract().path("token");
        given().auth().oauth2(token).get("/api/kpis").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> ApiToken.update("expiresAt = ?1 where tokenHash = ?2",
                Instant.now().minusSeconds(1), Tokens.hash(token)));
        given().auth().oauth2(token).get("/api/kpis").then().statusCode(401);
    }

    @Test
    void shouldExplainABadTokenRequest() {
        TestUsers.api(Role.VIEWER).contentType("application/json").body("{\"name\": \"  \"}").post("/api/tokens")
                .then().statusCode(400).body("error", containsString("name"));
        TestUsers.api(Role.VIEWER).contentType("application/json").body("{\"name\": \"x\", \"expires\": \"2001-01-01\"}")
                .post("/api/tokens").then().statusCode(400).body("error", containsString("expiry"));
        TestUsers.api(Role.VIEWER).contentType("application/json").body("{not json").post("/api/tokens")
                .then().statusCode(400).body("error", not(equalTo(null)));
        given().contentType("application/json").body("{\"name\": \"anon\"}").post("/api/tokens").then().statusCode(401);
    }

    @Test
    void shouldCreateShowOnceAndRevokeATokenOnTheProfilePage() {
        String page = TestUsers.as(Role.VIEWER).formParam("name", "Power BI").formParam("expires", "")
                .post("/profile/tokens").then().statusCode(200).body(containsString("shown only this once"))
                .extract().asString();
        String token = page.replaceAll("(?s).*id=\"token-value\">(acc_[A-Za-z0-9_-]+)<.*", "$1");
        given().auth().oauth2(token).get("/api/kpis").then().statusCode(200);
        TestUsers.as(Role.VIEWER).get("/profile").then().statusCode(200).body(containsString("Power BI"))
                .body(not(containsString(token)));
        long id = QuarkusTransaction.requiringNew().call(() -> ((ApiToken) ApiToken.find("tokenHash", Tokens.hash(token))
                .firstResult()).id);
        // Another user cannot revoke it.
        TestUsers.as(Role.ANALYST).post("/profile/tokens/" + id + "/revoke").then().statusCode(404);
        TestUsers.as(Role.VIEWER).post("/profile/tokens/" + id + "/revoke").then().statusCode(200)
                .body(containsString("revoked"));
        given().auth().oauth2(token).get("/api/kpis").then().statusCode(401);
        TestUsers.as(Role.VIEWER).formParam("name", "").post("/profile/tokens").then().statusCode(400);
        TestUsers.as(Role.VIEWER).formParam("name", "x").formParam("expires", "soon").post("/profile/tokens").then()
                .statusCode(400).body(containsString("as a date"));
    }

    @Test
    void shouldAcceptTheSessionOnTheApiWithTheCsrfHeaderOnly() {
        TestUsers.as(Role.VIEWER).contentType("application/json").body("{\"name\": \"from-page\"}").post("/api/tokens")
                .then().statusCode(201);
        given().cookies(TestUsers.session(Role.VIEWER)).contentType("application/json").body("{\"name\": \"csrf\"}")
                .post("/api/tokens").then().statusCode(403).contentType("application/json");
    }
}
