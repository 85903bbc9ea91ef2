package io.accountable.security;

import static io.restassured.RestAssured.given;

import io.accountable.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Item 7: behind a proxy that ends TLS, ACCOUNTABLE_SESSION_SECURE_COOKIES=true marks every cookie Secure. */
@QuarkusTest
@TestProfile(SecureCookieTest.Secure.class)
class SecureCookieTest {

    public static class Secure implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accountable.session.secure-cookies", "true", "accountable.demo-scale", "none");
        }
    }

    @Test
    void shouldMarkTheSessionAndCsrfCookiesSecure() {
        TestUsers.ensure();
        Assertions.assertTrue(given().get("/login").detailedCookie("accountable-csrf").isSecured());
        var answer = given().redirects().follow(false).cookie("accountable-csrf", "x").formParam("csrf-token", "x")
                .formParam("username", "test-viewer").formParam("password", TestUsers.PASSWORD).post("/login");
        Assertions.assertEquals(303, answer.statusCode());
        Assertions.assertTrue(answer.detailedCookie(SessionCookie.NAME).isSecured());
    }
}
