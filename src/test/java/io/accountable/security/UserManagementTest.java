package io.accountable.security;

import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;

import io.accountable.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserManagementTest {

    @Test
    void shouldLetAnAdminAddAUserWhoCanThenSignIn() {
        as(Role.ADMIN).formParam("username", "new-viewer").formParam("password", "long-enough-1")
                .formParam("role", "viewer").post("/users").then().statusCode(200)
                .body(containsString("Added new-viewer as viewer"));
        org.junit.jupiter.api.Assertions.assertNotNull(TestUsers.signIn("new-viewer", "long-enough-1")
                .get("accountable-session"));
    }

    @Test
    void shouldRejectAShortPasswordWithAClearMessage() {
        as(Role.ADMIN).formParam("username", "shorty").formParam("password", "short").formParam("role", "viewer")
                .post("/users").then().statusCode(400).body(containsString("at least 12 characters"));
    }

    @Test
    void shouldRefuseAFormPostWithoutTheCsrfToken() {
        io.restassured.RestAssured.given().redirects().follow(false).cookies(TestUsers.session(Role.ADMIN))
                .formParam("username", "sneaky").formParam("password", "long-enough-1").formParam("role", "admin")
                .post("/users").then().statusCode(403);
    }

    @Test
    void shouldAcceptTheCsrfTokenAsAHiddenFormField() {
        io.restassured.RestAssured.given().redirects().follow(false).cookies(TestUsers.session(Role.ADMIN))
                .cookie("accountable-csrf", "form-token").formParam("csrf-token", "form-token")
                .formParam("username", "form-user").formParam("password", "long-enough-1").formParam("role", "viewer")
                .post("/users").then().statusCode(200);
    }
}
