package io.accountable.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/** Runs against target/quarkus-app/quarkus-run.jar: catches classpath problems @QuarkusTest hides. */
@QuarkusIntegrationTest
class PackagedAppIT {

    @Test
    void shouldStartReadyAndServeTheLoginPage() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/login").then().statusCode(200).body(containsString("Sign in"));
        given().auth().preemptive().basic("admin", "admin-secret").get("/api/kpis").then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(404)));
    }
}
