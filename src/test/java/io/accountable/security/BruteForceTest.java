package io.accountable.security;

import static io.accountable.TestUsers.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.accountable.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Item 3: the 11th wrong password in 15 minutes gets a 429 (form and Basic alike); everything is audited. */
@QuarkusTest
class BruteForceTest {

    private static io.restassured.response.Response form(String name, String password) {
        return given().redirects().follow(false).cookie("accountable-csrf", "x").formParam("csrf-token", "x")
                .formParam("username", name).formParam("password", password).post("/login");
    }

    @Test
    void shouldThrottleTheEleventhWrongFormPassword() {
        String name = TestUsers.user("brute-form", Role.VIEWER);
        for (int i = 0; i < 10; i++) {
            form(name, "wrong-" + i).then().statusCode(401).body(containsString("not right"));
        }
        form(name, "wrong-10").then().statusCode(429).header("Retry-After", notNullValue())
                .body(containsString("Too many failed sign-ins"));
        // Even the right password waits now: the guesser cannot tell a right guess.
        form(name, PASSWORD).then().statusCode(429);
        // Basic counts for the same name and address.
        given().auth().preemptive().basic(name, PASSWORD).get("/api/kpis").then().statusCode(429);
    }

    @Test
    void shouldThrottleTheEleventhWrongBasicPasswordWithJson() {
        String name = TestUsers.user("brute-basic", Role.VIEWER);
        for (int i = 0; i < 10; i++) {
            given().auth().preemptive().basic(name, "wrong-" + i).get("/api/kpis").then().statusCode(401);
        }
        given().auth().preemptive().basic(name, "wrong-10").get("/api/kpis").then().statusCode(429)
                .contentType("application/json").header("Retry-After", notNullValue())
                .body("error", containsString("Too many failed sign-ins"));
    }

    @Test
    void shouldResetTheCountOnASuccessfulSignIn() {
        String name = TestUsers.user("brute-reset", Role.VIEWER);
        for (int i = 0; i < 9; i++) {
            form(name, "wrong-" + i).then().statusCode(401);
        }
        form(name, PASSWORD).then().statusCode(303);
        for (int i = 0; i < 10; i++) {
            form(name, "again-" + i).then().statusCode(401);
        }
        form(name, "again-10").then().statusCode(429);
    }

    @Test
    void shouldWriteSignInsFailuresAndSignOutsToTheAuditLog() {
        String name = TestUsers.user("audit-me", Role.VIEWER);
        form(name, "wrong").then().statusCode(401);
        var session = TestUsers.signIn(name, PASSWORD);
        given().redirects().follow(false).cookies(session).cookie("accountable-csrf", "t").header("X-CSRF-Token", "t")
                .post("/logout").then().statusCode(303);
        var actions = TestUsers.api(Role.ADMIN).queryParam("limit", 500).get("/api/audit").then().statusCode(200)
                .extract().jsonPath();
        java.util.List<String> mine = new java.util.ArrayList<>();
        java.util.List<String> actors = actions.getList("actor");
        java.util.List<String> kinds = actions.getList("action");
        for (int i = 0; i < actors.size(); i++) {
            if (name.equals(actors.get(i))) {
                mine.add(kinds.get(i));
            }
        }
        org.hamcrest.MatcherAssert.assertThat(mine, hasItem(AuditLog.SIGN_IN_FAILED));
        org.hamcrest.MatcherAssert.assertThat(mine, hasItem(AuditLog.SIGN_IN));
        org.hamcrest.MatcherAssert.assertThat(mine, hasItem(AuditLog.SIGN_OUT));
        TestUsers.as(Role.ADMIN).get("/audit").then().statusCode(200).body(containsString(name))
                .body(containsString("sign-in-failed"));
        TestUsers.api(Role.ADMIN).queryParam("limit", "lots").get("/api/audit").then().statusCode(400);
        TestUsers.api(Role.ADMIN).queryParam("limit", 0).get("/api/audit").then().statusCode(400);
    }

    @Test
    void shouldNeverWriteAPasswordToTheAuditLog() {
        String name = TestUsers.user("audit-secret", Role.VIEWER);
        form(name, "my-secret-guess-77").then().statusCode(401);
        TestUsers.api(Role.ADMIN).queryParam("limit", 500).get("/api/audit").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("my-secret-guess-77")));
    }
}
