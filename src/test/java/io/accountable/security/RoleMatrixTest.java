package io.accountable.security;

import static io.accountable.TestUsers.as;
import static io.accountable.TestUsers.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RoleMatrixTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/users", "/accounts", "/settings", "/import", "/reports", "/fragments/intervals", "/fragments/backtest"})
    void shouldRedirectAnonymousPagesToTheLogin(String path) {
        given().redirects().follow(false).get(path).then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/attribution", "/api/attribution/backtest", "/api/attribution/sensitivity", "/api/kpis", "/api/export/accounts", "/api/accounts/ACC00001"})
    void shouldAnswerAnonymousApiCallsWith401(String path) {
        given().get(path).then().statusCode(401);
    }

    @Test
    void shouldRejectWrongBasicCredentials() {
        given().auth().preemptive().basic("test-admin", "wrong").get("/api/kpis").then().statusCode(401);
    }

    @Test
    void shouldShowTheLoginPageToAnyone() {
        given().get("/login").then().statusCode(200).body(containsString("action=\"/login\""));
    }

    @Test
    void shouldShowTheDashboardToAViewer() {
        as(Role.VIEWER).get("/").then().statusCode(200).body(containsString("Dashboard"))
                .body(not(containsString("href=\"/users\"")));
    }

    @Test
    void shouldForbidUserManagementToAViewerAndAnAnalyst() {
        as(Role.VIEWER).get("/users").then().statusCode(403).body(containsString("Not allowed"));
        as(Role.ANALYST).get("/users").then().statusCode(403);
        as(Role.ADMIN).get("/users").then().statusCode(200).body(containsString("test-viewer"));
    }

    @Test
    void shouldSendHtmxRequestsWithoutSessionToTheLoginPageAsAWhole() {
        given().redirects().follow(false).header("HX-Request", "true").get("/").then().statusCode(401)
                .header("HX-Redirect", equalTo("/login"));
    }

    @Test
    void shouldNotLeakAStackTraceForAnUnknownPage() {
        as(Role.VIEWER).get("/no/such/page").then().statusCode(404).body(containsString("Not found"))
                .body(not(containsString("Exception")));
        api(Role.VIEWER).get("/api/no/such").then().statusCode(404).body("error", not(equalTo(null)));
    }

    /** The routes of sign-in, profile, tokens and audit: the lowest role that may use each. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "GET, /profile, viewer",
        "GET, /audit, admin",
        "GET, /api/audit, admin",
        "GET, /api/tokens, viewer",
        "POST, /users/1/password, admin",
        "POST, /profile/tokens/999999/revoke, viewer",
        "DELETE, /api/tokens/999999, viewer"
    })
    void shouldAllowEachNewRouteFromItsRoleUp(String method, String path, String lowest) {
        Role least = Role.fromId(lowest).orElseThrow();
        for (Role role : Role.values()) {
            int status = (path.startsWith("/api") ? api(role) : as(role)).formParam("password", "x")
                    .request(method, path).then().extract().statusCode();
            if (role.ordinal() < least.ordinal()) {
                org.junit.jupiter.api.Assertions.assertEquals(403, status, role + " " + method + " " + path);
            } else {
                org.junit.jupiter.api.Assertions.assertTrue(status != 403 && status != 401 && status < 500,
                        role + " " + method + " " + path + " answered " + status);
            }
        }
        int anonymous = given().redirects().follow(false).request(method, path).then().extract().statusCode();
        org.junit.jupiter.api.Assertions.assertTrue(anonymous == 401 || anonymous == 302 || anonymous == 403,
                "anonymous " + method + " " + path + " answered " + anonymous);
    }
}
