package io.accountable.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Item 8: 401, 403, 413, 414 and 429 on /api answer the JSON error format. */
@QuarkusTest
class ErrorFormatTest {

    @Test
    void shouldAnswer401AsJsonWithAChallenge() {
        given().get("/api/kpis").then().statusCode(401).contentType("application/json")
                .header("WWW-Authenticate", containsString("Basic realm=\"Accountable\""))
                .header("WWW-Authenticate", containsString("Bearer")).body("error", containsString("Bearer"));
        given().auth().preemptive().basic("test-admin", "wrong").get("/api/kpis").then().statusCode(401)
                .contentType("application/json").body("error", notNullValue());
        given().header("Authorization", "Digest x").get("/api/kpis").then().statusCode(401).contentType("application/json");
        given().header("Authorization", "Basic !!!").get("/api/kpis").then().statusCode(401).contentType("application/json");
    }

    @Test
    void shouldAnswer403AsJson() {
        TestUsers.api(Role.VIEWER).get("/api/audit").then().statusCode(403).contentType("application/json")
                .body("error", containsString("role"));
    }

    @Test
    void shouldAnswer414AsJson() {
        TestUsers.api(Role.VIEWER).get("/api/kpis?q=" + "a".repeat(9000)).then().statusCode(414)
                .contentType("application/json").body("error", containsString("longer than"));
        TestUsers.as(Role.VIEWER).get("/accounts?q=" + "a".repeat(9000)).then().statusCode(414)
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldAnswer413AsJsonBeforeReadingTheBody() throws Exception {
        String answer = raw("POST /api/import/accounts HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                + "Content-Length: 999999999999\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/json") && answer.contains("\"error\""), answer);
    }

    @Test
    void shouldAnswer429AsJson() {
        TestUsers.user("errors-429", Role.VIEWER);
        for (int i = 0; i < 10; i++) {
            given().auth().preemptive().basic("errors-429", "wrong").get("/api/kpis").then().statusCode(401);
        }
        given().auth().preemptive().basic("errors-429", "wrong").get("/api/kpis").then().statusCode(429)
                .contentType("application/json").body("error", notNullValue());
    }

    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", 8081)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            int read;
            while (!answer.toString().endsWith("}") && (read = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
            return answer.toString();
        }
    }
}
