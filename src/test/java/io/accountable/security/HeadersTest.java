package io.accountable.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.accountable.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Item 7: CSP and Permissions-Policy, versioned static files, cookie flags, login CSRF, relative redirects. */
@QuarkusTest
class HeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/accounts", "/profile", "/import", "/reports"})
    void shouldSendAStrictContentSecurityPolicyOnEveryPage(String path) {
        TestUsers.as(Role.ADMIN).get(path).then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Permissions-Policy", containsString("camera=()"))
                .header("Cache-Control", equalTo("no-store"))
                // Nothing inline that such a policy would block.
                .body(not(containsString(" style=\""))).body(not(containsString("<style")))
                .body(not(containsString("<script>"))).body(not(containsString(" onclick=")));
    }

    @Test
    void shouldServeStaticFilesUnderVersionedUrlsOnly() {
        String page = TestUsers.as(Role.VIEWER).get("/").then().statusCode(200).extract().asString();
        String css = page.replaceAll("(?s).*href=\"(/static/app\\.css\\?v=[0-9a-f]{12})\".*", "$1");
        String htmx = page.replaceAll("(?s).*src=\"(/webjars/htmx\\.org/[0-9][^/]*/dist/htmx\\.min\\.js)\".*", "$1");
        org.junit.jupiter.api.Assertions.assertTrue(css.startsWith("/static/app.css?v="), css);
        org.junit.jupiter.api.Assertions.assertTrue(htmx.startsWith("/webjars/htmx.org/"), htmx);
        given().get(css).then().statusCode(200).header("Cache-Control", containsString("immutable"));
        given().get(htmx).then().statusCode(200).header("Cache-Control", containsString("immutable"));
        given().get("/static/app.css").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
        given().get("/static/app.css?v=000000000000").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
    }

    @Test
    void shouldMakeEveryCookieHttpOnlyAndStrict() {
        var login = given().get("/login");
        login.then().statusCode(200).header("Set-Cookie", org.hamcrest.Matchers.containsStringIgnoringCase("HttpOnly"))
                .header("Set-Cookie", containsString("SameSite=Strict"));
        TestUsers.ensure();
        var answer = given().redirects().follow(false).cookie("accountable-csrf", "x").formParam("csrf-token", "x")
                .formParam("username", "test-viewer").formParam("password", TestUsers.PASSWORD).post("/login");
        answer.then().statusCode(303).header("Location", equalTo("/"));
        io.restassured.http.Cookie session = answer.detailedCookie(SessionCookie.NAME);
        org.junit.jupiter.api.Assertions.assertTrue(session.isHttpOnly());
        org.junit.jupiter.api.Assertions.assertEquals("Strict", session.getSameSite());
        org.junit.jupiter.api.Assertions.assertFalse(session.isSecured(), "plain HTTP here; Secure over HTTPS");
    }

    @Test
    void shouldProtectTheLoginFormAgainstLoginCsrf() {
        TestUsers.ensure();
        given().redirects().follow(false).formParam("username", "test-viewer").formParam("password", TestUsers.PASSWORD)
                .post("/login").then().statusCode(403);
        given().redirects().follow(false).cookie("accountable-csrf", "a").formParam("csrf-token", "b")
                .formParam("username", "test-viewer").formParam("password", TestUsers.PASSWORD).post("/login").then()
                .statusCode(403);
        given().get("/login").then().body(containsString("name=\"csrf-token\""));
    }

    @Test
    void shouldNeverBuildARedirectFromTheHostHeader() {
        TestUsers.ensure();
        given().redirects().follow(false).header("Host", "evil.example").get("/accounts").then().statusCode(302)
                .header("Location", equalTo("/login?next=%2Faccounts"));
        given().redirects().follow(false).header("Host", "evil.example").cookie("accountable-csrf", "x")
                .formParam("csrf-token", "x").formParam("username", "test-viewer")
                .formParam("password", TestUsers.PASSWORD).formParam("next", "/accounts?q=a").post("/login").then()
                .statusCode(303).header("Location", equalTo("/accounts?q=a"));
        // A user of its own: signing out ends all of a user's sessions, and test-viewer's are shared.
        TestUsers.user("headers-logout", Role.VIEWER);
        given().redirects().follow(false).cookies(TestUsers.signIn("headers-logout", TestUsers.PASSWORD))
                .cookie("accountable-csrf", "t").header("X-CSRF-Token", "t").header("Host", "evil.example")
                .post("/logout").then().statusCode(303).header("Location", startsWith("/"));
    }

    @Test
    void shouldNotRedirectToAnotherSiteAfterSignIn() {
        TestUsers.ensure();
        for (String next : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "/api/kpis"}) {
            given().redirects().follow(false).cookie("accountable-csrf", "x").formParam("csrf-token", "x")
                    .formParam("username", "test-viewer").formParam("password", TestUsers.PASSWORD)
                    .formParam("next", next).post("/login").then().statusCode(303).header("Location", equalTo("/"));
        }
        org.junit.jupiter.api.Assertions.assertFalse(LoginResource.isSafeNext("/x\r\nSet-Cookie: a=b"));
    }
}
