package io.accountable.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void shouldBeReadyWhenTheDatabaseIsReachable() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
