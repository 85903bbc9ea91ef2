package io.accountable;

import static io.restassured.RestAssured.given;

import io.accountable.security.Role;
import io.accountable.security.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.Cookies;
import io.restassured.specification.RequestSpecification;

/** Signs in for real (no test-security extension here): a form login per role, cached cookies. */
public final class TestUsers {

    public static final String PASSWORD = "password-123";
    private static final java.util.Map<String, Cookies> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Amounts reach hundreds of millions: read JSON numbers as doubles, not floats. */
    private static io.restassured.config.RestAssuredConfig doubles() {
        return io.restassured.RestAssured.config().jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private TestUsers() {
    }

    public static void ensure() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Role role : Role.values()) {
                String name = "test-" + role.id();
                if (User.findByUsername(name) == null) {
                    User.create(name, PASSWORD, role);
                }
            }
        });
    }

    /** A user of that role with {@link #PASSWORD}, created when missing; answers the name. */
    public static String user(String name, Role role) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (User.findByUsername(name) == null) {
                User.create(name, PASSWORD, role);
            }
        });
        return name;
    }

    /** The session cookies of a signed-in user of that role, with the CSRF cookie. */
    public static Cookies session(Role role) {
        ensure();
        return SESSIONS.computeIfAbsent(role.id(), id -> signIn("test-" + id, PASSWORD));
    }

    /** Signs in through the form (with its CSRF token) and answers the cookies of the new session. */
    public static Cookies signIn(String username, String password) {
        Cookies cookies = given().redirects().follow(false).cookie("accountable-csrf", "login-token")
                .formParam("csrf-token", "login-token").formParam("username", username).formParam("password", password)
                .post("/login").then().statusCode(303).extract().detailedCookies();
        return new Cookies(cookies.asList().stream().filter(c -> c.getName().equals("accountable-session")).toList());
    }

    /** A request as a signed-in user of that role, carrying a CSRF cookie and header. */
    public static RequestSpecification as(Role role) {
        return given().config(doubles()).redirects().follow(false).cookies(session(role)).cookie("accountable-csrf", "test-token")
                .header("X-CSRF-Token", "test-token");
    }

    /** An API request with HTTP Basic. */
    public static RequestSpecification api(Role role) {
        ensure();
        return given().config(doubles()).auth().preemptive().basic("test-" + role.id(), PASSWORD);
    }
}
