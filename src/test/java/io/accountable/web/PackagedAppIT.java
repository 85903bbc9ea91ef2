package io.accountable.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.Cookies;
import org.junit.jupiter.api.Test;

/** Runs against target/quarkus-app/quarkus-run.jar: catches classpath problems @QuarkusTest hides. */
@QuarkusIntegrationTest
class PackagedAppIT {

    @Test
    void shouldStartReadyAndServeTheLoginPage() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/login").then().statusCode(200).body(containsString("Sign in"));
        given().auth().preemptive().basic("admin", "admin-secret").get("/api/kpis").then().statusCode(200);
    }

    @Test
    void shouldDownloadAnExecutivePdfFromThePackagedJar() {
        Cookies session = io.accountable.TestUsers.signIn("admin", "admin-secret");
        byte[] pdf = given().cookies(session).get("/reports/executive.pdf?period=last_12_months").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals("%PDF", new String(pdf, 0, 4));
    }
}
