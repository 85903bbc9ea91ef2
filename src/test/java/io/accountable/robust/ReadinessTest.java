package io.accountable.robust;

import static io.accountable.TestUsers.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.accountable.demo.DemoData.DataChanged;
import io.accountable.security.Role;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Readiness tells the truth: when the rebuild after a data change fails, the previous facts keep
 * the app answering, but {@code /q/health/ready} is DOWN with the reason until a rebuild succeeds.
 */
@QuarkusTest
class ReadinessTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Event<DataChanged> changed;

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    @Test
    void shouldBeDownWithTheReasonWhileTheFactsAreOlderThanTheData() throws Exception {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        sql("alter table nps_response rename to nps_response_hidden");
        try {
            changed.fire(new DataChanged("a test"));
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                    .body(containsString("older than the data"));
            // the previous facts still answer
            api(Role.VIEWER).get("/api/kpis").then().statusCode(200);
        } finally {
            sql("alter table nps_response_hidden rename to nps_response");
        }
        changed.fire(new DataChanged("a test, repaired"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
