package io.accountable.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.accountable.TestUsers;
import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Prometheus metrics at /q/metrics, for admins (session, Basic or an admin's token) only. */
@QuarkusTest
class MetricsTest {

    @Test
    void shouldServeMetricsToAdminsOnly() {
        given().get("/q/metrics").then().statusCode(401);
        TestUsers.api(Role.VIEWER).get("/q/metrics").then().statusCode(403);
        TestUsers.api(Role.ANALYST).get("/q/metrics").then().statusCode(403);
        TestUsers.api(Role.ADMIN).get("/q/metrics").then().statusCode(200);
        String token = TestUsers.api(Role.ADMIN).contentType("application/json").body("{\"name\": \"prometheus\"}")
                .post("/api/tokens").then().statusCode(201).extract().path("token");
        given().auth().oauth2(token).get("/q/metrics").then().statusCode(200);
    }

    @Test
    void shouldCountRequestsFactsCachesImportsAndSignInFailures() {
        TestUsers.api(Role.VIEWER).get("/api/kpis").then().statusCode(200);
        TestUsers.api(Role.VIEWER).get("/api/kpis").then().statusCode(200);
        TestUsers.api(Role.VIEWER).get("/api/accounts/ACC00001").then().statusCode(200);
        given().auth().preemptive().basic("metrics-nobody", "wrong-password").get("/api/kpis").then().statusCode(401);
        TestUsers.api(Role.ANALYST).contentType("text/csv").body("id,name\n,no id\n").post("/api/import/accounts")
                .then().statusCode(422);
        TestUsers.api(Role.ADMIN).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/accounts/{id}\""))
                .body(containsString("accountable_facts_build_seconds_count"))
                .body(containsString("accountable_facts_rows{table=\"touchpoint\"}"))
                .body(containsString("accountable_cache_requests_total{cache=\"kpis\",result=\"hit\"}"))
                .body(containsString("accountable_sign_in_failures_total{reason=\"wrong\",via=\"basic\"}"))
                .body(containsString("accountable_import_rows_total{kind=\"accounts\",outcome=\"rejected\"}"))
                .body(containsString("accountable_reports_rendering"));
    }
}
