package io.accountable.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.accountable.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Item 1: no forged cookie gets in; the generated key is stored once and reused. */
@QuarkusTest
class SessionKeyTest {

    @Inject
    SessionKey key;

    @Test
    void shouldGenerateThirtyTwoRandomBytesOnceAndReuseThem() throws Exception {
        byte[] first = key.storedOrGenerated();
        byte[] second = key.storedOrGenerated();
        assertEquals(32, first.length);
        assertArrayEquals(first, second);
        String stored = QuarkusTransaction.requiringNew().call(() -> ((AppSecret) AppSecret.findById(SessionKey.NAME)).secret);
        assertArrayEquals(first, Base64.getDecoder().decode(stored));
        // LogSecretsIT checks that the generated key appears nowhere in the test run's log.
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "generated-session-key.txt"), stored);
    }

    @Test
    void shouldPreferTheConfiguredKey() {
        // %test sets QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY: the signing key is derived from it, not the stored one.
        assertArrayEquals(SessionKey.sha256("test-only-session-key-0123456789abcdef".getBytes()), key.key());
    }

    @Test
    void shouldRefuseACookieForgedWithAnotherKey() {
        TestUsers.ensure();
        long now = System.currentTimeMillis() / 1000;
        byte[] guessed = new byte[32];
        new SecureRandom().nextBytes(guessed);
        String forged = SessionCookie.encode(new SessionCookie.Session("admin", 0, now, now), guessed);
        given().redirects().follow(false).cookie(SessionCookie.NAME, forged).get("/users").then().statusCode(302)
                .header("Location", equalTo("/login?next=%2Fusers"));
        given().cookie(SessionCookie.NAME, forged).get("/api/kpis").then().statusCode(401);
        // The same cookie signed with the real key is accepted, so the refusal above is the signature's doing.
        String genuine = SessionCookie.encode(new SessionCookie.Session("test-admin", 0, now, now), key.key());
        given().redirects().follow(false).cookie(SessionCookie.NAME, genuine).get("/users").then().statusCode(200);
    }

    @Test
    void shouldRefuseATamperedCookie() {
        TestUsers.ensure();
        long now = System.currentTimeMillis() / 1000;
        String genuine = SessionCookie.encode(new SessionCookie.Session("test-viewer", 0, now, now), key.key());
        String[] parts = genuine.split("\\.");
        parts[0] = Base64.getUrlEncoder().withoutPadding().encodeToString("test-admin".getBytes());
        String tampered = String.join(".", parts);
        given().redirects().follow(false).cookie(SessionCookie.NAME, tampered).get("/users").then().statusCode(302);
        assertNotNull(SessionCookie.decode(genuine, key.key()).orElse(null));
        assertEquals(java.util.Optional.empty(), SessionCookie.decode(tampered, key.key()));
        assertEquals(java.util.Optional.empty(), SessionCookie.decode("garbage", key.key()));
    }
}
