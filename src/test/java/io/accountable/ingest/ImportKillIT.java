package io.accountable.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application is killed (SIGKILL) in the middle of a large all-or-nothing import and
 * started again on the same H2 file: none of the file's rows are in the data, and the history says
 * the import failed because it was interrupted.
 */
class ImportKillIT {

    private static final String PASSWORD = "kill-secret";
    private static final int ROWS = 600_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path work;
    private Process app;
    private int port;

    @AfterEach
    void stop() throws IOException {
        if (app != null) {
            app.destroyForcibly();
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void shouldLeaveNoPartOfAnImportCutOffByAKill() throws Exception {
        work = Files.createTempDirectory("accountable-kill-");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        start();
        List<String> touchesBefore = exportIds("touchpoints");
        String account = exportIds("accounts").get(0);
        Path file = work.resolve("touchpoints.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,account_id,channel,type,occurred_at\n");
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            for (int i = 0; i < ROWS; i++) {
                out.write("KILL" + i + "," + account + ",web,web_visit," + t.plusSeconds(i) + "\n");
            }
        }
        CompletableFuture<HttpResponse<String>> upload = http.sendAsync(request("/api/import/touchpoints?fileName=kill.csv")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());

        // Wait until the import runs (the upload is spooled first), let it write for a while, kill.
        JsonNode last = awaitLastImport("running", Duration.ofSeconds(60));
        Thread.sleep(1500);
        last = lastImport();
        if (!"running".equals(last.get("status").asText())) {
            fail("The import ended before the kill (" + last + "); make the file larger.");
        }
        app.destroyForcibly().waitFor();
        assertTrue(upload.handle((r, e) -> e != null || r.statusCode() >= 500).get(), "the upload was cut off");

        start();
        last = lastImport();
        assertEquals("failed", last.get("status").asText(), last.toString());
        assertTrue(last.get("message").asText().startsWith("Interrupted"), last.toString());
        assertEquals("kill.csv", last.get("fileName").asText());
        List<String> touchesAfter = exportIds("touchpoints");
        assertEquals(touchesBefore.size(), touchesAfter.size(), "no touchpoint of the cut-off import is stored");
        assertTrue(touchesAfter.stream().noneMatch(id -> id.startsWith("KILL")));
    }

    private void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString());
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:h2:file:" + work.resolve("db").toAbsolutePath());
        pb.environment().put("QUARKUS_PROFILE", "prod");
        pb.environment().put("ACCOUNTABLE_DEMO_SCALE", "small");
        pb.environment().put("ACCOUNTABLE_ADMIN_PASSWORD", PASSWORD);
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("app.log").toFile()));
        app = pb.start();
        Instant limit = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(limit)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!app.isAlive()) {
                fail("The application did not start:\n" + Files.readString(work.resolve("app.log")));
            }
            Thread.sleep(250);
        }
        fail("The application was not ready within 90 s");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpRequest.Builder request(String path) {
        String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", "Basic " + auth)
                .timeout(Duration.ofSeconds(120));
    }

    private List<String> exportIds(String kind) throws Exception {
        HttpResponse<Stream<String>> r = http.send(request("/api/export/" + kind).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, r.statusCode());
        return r.body().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    private JsonNode lastImport() throws Exception {
        HttpResponse<String> r = http.send(request("/api/imports?limit=1").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode lines = JSON.readTree(r.body());
        return lines.isEmpty() ? JSON.createObjectNode().put("status", "none") : lines.get(0);
    }

    private JsonNode awaitLastImport(String status, Duration within) throws Exception {
        Instant limit = Instant.now().plus(within);
        JsonNode last;
        do {
            last = lastImport();
            if (status.equals(last.get("status").asText())) {
                return last;
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(limit));
        throw new AssertionError("No import became " + status + " within " + within + ": " + last);
    }
}
