package io.accountable.security;

import static io.accountable.TestUsers.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Item 4: the password rules, bcrypt's 72 bytes, changing one's own password and an admin's reset. */
@QuarkusTest
class PasswordRulesTest {

    @Test
    void shouldAcceptALongUncommonPassword() {
        assertEquals(java.util.List.of(), Passwords.problems("plum-river-ledger-7", "ana"));
        // 36 Cyrillic letters are 72 bytes: the most bcrypt reads, still accepted.
        assertEquals(java.util.List.of(), Passwords.problems("ж".repeat(36), "ana"));
    }

    @Test
    void shouldRefuseShortBlankCommonAndNamePasswords() {
        assertTrue(Passwords.problems("eleven-char", "ana").get(0).contains("at least 12 characters"));
        assertTrue(Passwords.problems("              ", "ana").get(0).contains("only spaces"));
        assertTrue(Passwords.problems("Password1234", "ana").get(0).contains("common passwords"));
        assertTrue(Passwords.problems("  qwerty123456 ", "ana").get(0).contains("common passwords"));
        assertTrue(Passwords.problems("ana.marketing", "ana.marketing").get(0).contains("user name"));
        assertTrue(Passwords.problems(null, "ana").get(0).contains("Enter a password"));
        // Twelve characters counted as characters, not UTF-16 units: 11 emoji are too short.
        assertFalse(Passwords.problems("😀".repeat(11), "ana").isEmpty());
    }

    @Test
    void shouldRefuseAPasswordLongerThan72BytesRatherThanCutIt() {
        String longer = "ж".repeat(37);
        assertEquals(74, longer.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(Passwords.problems(longer, "ana").get(0).contains("at most 72 bytes"));
        String hash = Passwords.hash("a".repeat(72));
        assertTrue(Passwords.matches("a".repeat(72), hash));
        // bcrypt alone would accept this one (same first 72 bytes): refused here.
        assertFalse(Passwords.matches("a".repeat(72) + "b", hash));
    }

    @Test
    void shouldLetAUserChangeTheirOwnPasswordOnlyWithTheCurrentOne() {
        TestUsers.user("pw-owner", Role.VIEWER);
        var session = TestUsers.signIn("pw-owner", PASSWORD);
        var as = given().redirects().follow(false).cookies(session).cookie("accountable-csrf", "t").header("X-CSRF-Token", "t");
        as.get("/profile").then().statusCode(200).body(containsString("Change your password"));
        given().redirects().follow(false).cookies(session).cookie("accountable-csrf", "t").header("X-CSRF-Token", "t")
                .formParam("current", "not-the-password").formParam("password", "violet-harbour-93")
                .formParam("confirm", "violet-harbour-93").post("/profile/password").then().statusCode(400)
                .body(containsString("current password is not right"));
        given().redirects().follow(false).cookies(session).cookie("accountable-csrf", "t").header("X-CSRF-Token", "t")
                .formParam("current", PASSWORD).formParam("password", "short").formParam("confirm", "short")
                .post("/profile/password").then().statusCode(400).body(containsString("at least 12 characters"));
        given().redirects().follow(false).cookies(session).cookie("accountable-csrf", "t").header("X-CSRF-Token", "t")
                .formParam("current", PASSWORD).formParam("password", "violet-harbour-93")
                .formParam("confirm", "violet-harbour-94").post("/profile/password").then().statusCode(400)
                .body(containsString("differ"));
    }

    @Test
    void shouldLetAnAdminResetAnotherUsersPassword() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            User user = User.findByUsername("pw-reset");
            return user != null ? user.id : User.create("pw-reset", PASSWORD, Role.VIEWER).id;
        });
        TestUsers.as(Role.ADMIN).formParam("password", "letmein").post("/users/" + id + "/password").then()
                .statusCode(400).body(containsString("at least 12 characters"));
        TestUsers.as(Role.ADMIN).formParam("password", "amber-quarry-5511").post("/users/" + id + "/password").then()
                .statusCode(200).body(containsString("Set a new password for pw-reset"));
        TestUsers.signIn("pw-reset", "amber-quarry-5511");
        TestUsers.as(Role.VIEWER).formParam("password", "amber-quarry-5512").post("/users/" + id + "/password").then()
                .statusCode(403);
    }
}
