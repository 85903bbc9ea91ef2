package io.accountable.security;

import static io.accountable.TestUsers.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.accountable.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookies;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Item 2: sign-out, a password change and a role change end sessions on the server; a lifetime caps them. */
@QuarkusTest
class SessionEndTest {

    @Inject
    SessionKey key;

    private static io.restassured.specification.RequestSpecification with(Cookies session) {
        return given().redirects().follow(false).cookies(session).cookie("accountable-csrf", "t")
                .header("X-CSRF-Token", "t");
    }

    @Test
    void shouldRefuseACopyOfTheCookieAfterSignOut() {
        Cookies session = TestUsers.signIn(TestUsers.user("end-logout", Role.VIEWER), PASSWORD);
        with(session).get("/").then().statusCode(200);
        with(session).post("/logout").then().statusCode(303).header("Location", equalTo("/login"));
        with(session).get("/").then().statusCode(302).header("Location", containsString("/login"));
        with(session).get("/api/kpis").then().statusCode(401);
    }

    @Test
    void shouldEndOtherSessionsOnAPasswordChangeButKeepThisOne() {
        String name = TestUsers.user("end-password", Role.VIEWER);
        Cookies here = TestUsers.signIn(name, PASSWORD);
        Cookies elsewhere = TestUsers.signIn(name, PASSWORD);
        var answer = with(here).formParam("current", PASSWORD).formParam("password", "a-much-longer-pass")
                .formParam("confirm", "a-much-longer-pass").post("/profile/password");
        answer.then().statusCode(200).body(containsString("Your password is changed"));
        Cookies renewed = new Cookies(answer.detailedCookies().asList().stream()
                .filter(c -> c.getName().equals(SessionCookie.NAME)).toList());
        with(elsewhere).get("/").then().statusCode(302);
        with(renewed).get("/").then().statusCode(200);
        TestUsers.signIn(name, "a-much-longer-pass");
        given().redirects().follow(false).cookie("accountable-csrf", "x").formParam("csrf-token", "x")
                .formParam("username", name).formParam("password", PASSWORD).post("/login").then().statusCode(401);
    }

    @Test
    void shouldEndTheSessionsOfAUserWhoseRoleChanges() {
        String name = TestUsers.user("end-role", Role.ANALYST);
        Cookies session = TestUsers.signIn(name, PASSWORD);
        with(session).get("/import").then().statusCode(200);
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).id);
        TestUsers.as(Role.ADMIN).formParam("role", "viewer").post("/users/" + id + "/role").then().statusCode(200);
        with(session).get("/").then().statusCode(302);
        with(TestUsers.signIn(name, PASSWORD)).get("/import").then().statusCode(403);
    }

    @Test
    void shouldEndASessionAtItsAbsoluteLifetimeAndAfterTheIdleTimeout() {
        String name = TestUsers.user("end-lifetime", Role.VIEWER);
        long now = System.currentTimeMillis() / 1000;
        String fresh = SessionCookie.encode(new SessionCookie.Session(name, 0, now - 60, now - 30), key.key());
        given().redirects().follow(false).cookie(SessionCookie.NAME, fresh).get("/").then().statusCode(200);
        // Active all along (seen a minute ago) but signed in 12 h and a minute ago.
        String old = SessionCookie.encode(new SessionCookie.Session(name, 0, now - 12 * 3600 - 60, now - 60), key.key());
        given().redirects().follow(false).cookie(SessionCookie.NAME, old).get("/").then().statusCode(302);
        // Signed in recently, but no request for over an hour.
        String idle = SessionCookie.encode(new SessionCookie.Session(name, 0, now - 3700, now - 3700), key.key());
        given().redirects().follow(false).cookie(SessionCookie.NAME, idle).get("/").then().statusCode(302);
    }

    @Test
    void shouldRenewTheCookieOfASessionSeenOverAMinuteAgo() {
        String name = TestUsers.user("end-renew", Role.VIEWER);
        long now = System.currentTimeMillis() / 1000;
        String seen = SessionCookie.encode(new SessionCookie.Session(name, 0, now - 600, now - 120), key.key());
        String renewed = given().redirects().follow(false).cookie(SessionCookie.NAME, seen).get("/").then()
                .statusCode(200).extract().cookie(SessionCookie.NAME);
        SessionCookie.Session session = SessionCookie.decode(renewed, key.key()).orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(now - 600, session.issued());
        org.junit.jupiter.api.Assertions.assertTrue(session.seen() >= now);
    }
}
