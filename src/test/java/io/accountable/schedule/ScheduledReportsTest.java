package io.accountable.schedule;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reports that arrive, against a real SMTP server (GreenMail) in the test: a due schedule is
 * claimed once and its PDF (the view's filter applied) arrives attached; a server that is not
 * there is a failed row of the log, never an exception or a 500. The SMTP settings are an
 * admin's; the password is never shown back.
 */
@QuarkusTest
class ScheduledReportsTest {

    private static final String SMTP_USER = "reports";
    private static final String SMTP_PASSWORD = "smtp-secret-4711";
    private static final String QUERY = "from=2026-01-01&to=2026-03-31&model=w_shaped&target=any";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(SMTP_USER, SMTP_PASSWORD));

    @Inject
    ScheduleService schedules;

    private static void smtp(int port, String username, String password) {
        as(Role.ADMIN).contentType("application/x-www-form-urlencoded").formParam("host", "127.0.0.1")
                .formParam("port", String.valueOf(port)).formParam("tls", "none").formParam("username", username)
                .formParam("password", password).formParam("fromAddress", "reports@accountable.test")
                .post("/settings/mail").then().statusCode(200).body(containsString("saved"));
    }

    private static long view(String name) {
        return api(Role.ANALYST).contentType("application/json").body(Map.of("name", name, "query", QUERY,
                "team", true)).post("/api/views").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath schedule(long viewId, String recipients) {
        return api(Role.ANALYST).contentType("application/json").body(Map.of("viewId", viewId, "frequency",
                "weekly", "day", 1, "hour", 8, "recipients", recipients, "language", "en")).post("/api/schedules")
                .then().statusCode(201).extract().jsonPath();
    }

    private static List<Map<String, Object>> deliveries(long scheduleId) {
        List<Map<String, Object>> all = api(Role.ANALYST).get("/api/schedules/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("");
        return all.stream().filter(d -> ((Number) d.get("scheduleId")).longValue() == scheduleId).toList();
    }

    private static byte[] pdfOf(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("application/pdf")) {
                assertTrue(part.getFileName().startsWith("accountable-executive-2026-Q1"), part.getFileName());
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no PDF attached");
    }

    @Test
    void shouldMailTheViewsPdfWhenDueOnceOnly() throws Exception {
        smtp(mail.getSmtp().getPort(), SMTP_USER, SMTP_PASSWORD);
        long viewId = view("Board weekly");
        JsonPath s = schedule(viewId, "ceo@example.com, cfo@example.com");
        long id = s.getLong("id");
        Instant due = Instant.parse(s.getString("nextRun"));
        assertTrue(due.isAfter(Instant.now()), "due in the future");

        assertEquals(0, deliveries(id).size());
        Instant now = due.plusSeconds(1);
        schedules.runDue(now);
        assertTrue(mail.waitForIncomingEmail(30_000, 2), "two recipients, two messages");
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(2, received.length);
        MimeMessage first = received[0];
        assertTrue(first.getSubject().contains("Board weekly"), first.getSubject());
        assertEquals("reports@accountable.test", first.getFrom()[0].toString());
        byte[] pdf = pdfOf(first);
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("2026-01-01 to 2026-03-31"), "the view's period");
        assertTrue(text.contains("W-shaped"), "the view's model");
        assertTrue(text.contains("all accounts"), "the view's account filter");

        List<Map<String, Object>> log = deliveries(id);
        assertEquals(1, log.size(), "" + log);
        assertEquals("sent", log.get(0).get("status"));
        assertEquals("schedule", log.get(0).get("trigger"));
        JsonPath after = api(Role.ANALYST).get("/api/schedules").then().statusCode(200).extract().jsonPath();
        String next = after.getString("find { it.id == " + id + " }.nextRun");
        assertEquals(due.plusSeconds(7 * 24 * 3600), Instant.parse(next), "a week later");

        // the same minute again, and two instances at once: claimed once each time it is due
        schedules.runDue(now);
        assertEquals(1, deliveries(id).size(), "not sent twice");
        Instant later = Instant.parse(next).plusSeconds(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(() -> schedules.runDue(later), () -> schedules.runDue(later));
            for (Future<Integer> f : two.invokeAll(both)) {
                f.get();
            }
        } finally {
            two.shutdown();
        }
        assertEquals(2, deliveries(id).size(), "one of the two instances sent it");

        as(Role.ANALYST).get("/reports/deliveries").then().statusCode(200).body(containsString("Board weekly"))
                .body(containsString("the schedule"));
        as(Role.ANALYST).get("/reports/schedules").then().statusCode(200).body(containsString("Board weekly"))
                .body(containsString("every Monday at 8:00")).body(containsString("ceo@example.com"));
    }

    @Test
    void shouldLogAFailedSendAndAnswerThePage() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        smtp(closed, "", "");
        long viewId = view("Nobody listens");
        long id = schedule(viewId, "cmo@example.com").getLong("id");
        as(Role.ANALYST).contentType("application/x-www-form-urlencoded").post("/reports/schedules/" + id + "/send")
                .then().statusCode(200).body(containsString("was not sent"))
                .body(not(containsString("Exception:"))).body(not(containsString("at io.")));
        Map<String, Object> failed = deliveries(id).get(0);
        assertEquals("failed", failed.get("status"));
        assertNotNull(failed.get("error"));
        assertTrue(((String) failed.get("error")).length() > 3, "" + failed);
        // the job too: no exception, a failed row
        Instant due = Instant.parse(api(Role.ANALYST).get("/api/schedules").then().extract().jsonPath()
                .getString("find { it.id == " + id + " }.nextRun"));
        schedules.runDue(due.plusSeconds(1));
        List<Map<String, Object>> log = deliveries(id);
        assertTrue(log.size() >= 2 && log.stream().allMatch(d -> "failed".equals(d.get("status"))), "" + log);
        api(Role.ANALYST).post("/api/schedules/" + id + "/send").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("failed"));
        as(Role.ANALYST).get("/reports/deliveries").then().statusCode(200).body(containsString("failed"));
        assertEquals(0, mail.getReceivedMessages().length);
    }

    @Test
    void shouldKeepThePasswordToItselfAndTheSettingsToAdmins() {
        smtp(2525, SMTP_USER, SMTP_PASSWORD);
        String page = as(Role.ADMIN).get("/settings/mail").then().statusCode(200)
                .body(containsString("A password is set")).extract().asString();
        assertFalse(page.contains(SMTP_PASSWORD), "the password is never shown back");
        // an empty password field keeps it
        as(Role.ADMIN).contentType("application/x-www-form-urlencoded").formParam("host", "mail.example.com")
                .formParam("port", "587").formParam("tls", "starttls").formParam("username", SMTP_USER)
                .formParam("password", "").formParam("fromAddress", "reports@example.com").post("/settings/mail")
                .then().statusCode(200).body(containsString("A password is set"));
        String audit = api(Role.ADMIN).get("/api/audit").then().statusCode(200).extract().asString();
        assertTrue(audit.contains("smtp-settings-changed"), "audited");
        assertFalse(audit.contains(SMTP_PASSWORD), "not in the audit log");
        as(Role.ANALYST).get("/settings/mail").then().statusCode(403);
        as(Role.ANALYST).contentType("application/x-www-form-urlencoded").formParam("host", "x")
                .post("/settings/mail").then().statusCode(403);
        as(Role.ADMIN).get("/settings").then().statusCode(200).body(containsString("/settings/mail"));
        // bad input beside its field, nothing saved
        as(Role.ADMIN).contentType("application/x-www-form-urlencoded").formParam("host", "mail.example.com")
                .formParam("port", "99999").formParam("tls", "starttls").formParam("fromAddress", "not an address")
                .post("/settings/mail").then().statusCode(400).body(containsString("99999 is not a port"))
                .body(containsString("is not an e-mail address"));
        given().redirects().follow(false).cookies(io.accountable.TestUsers.session(Role.ADMIN))
                .contentType("application/x-www-form-urlencoded").formParam("host", "x").post("/settings/mail")
                .then().statusCode(403);
    }

    @Test
    void shouldRefuseBadSchedulesClearlyAndViewers() {
        long viewId = view("For bad input");
        api(Role.ANALYST).contentType("application/json").body(Map.of("viewId", viewId, "frequency", "weekly",
                "day", 9, "hour", 8, "recipients", "a@example.com", "language", "en")).post("/api/schedules").then()
                .statusCode(400).body("error", containsString("from 1 (Monday) to 7"));
        api(Role.ANALYST).contentType("application/json").body(Map.of("viewId", viewId, "frequency", "monthly",
                "day", 31, "hour", 8, "recipients", "a@example.com, nope", "language", "en")).post("/api/schedules")
                .then().statusCode(400).body("error", containsString("nope is not an e-mail address"));
        as(Role.ANALYST).contentType("application/x-www-form-urlencoded").formParam("viewId", String.valueOf(viewId))
                .formParam("frequency", "monthly").formParam("day", "abc").formParam("hour", "25")
                .formParam("recipients", "").formParam("language", "en").post("/reports/schedules").then()
                .statusCode(400).body(containsString("A monthly report goes on a day from 1 to 31"))
                .body(containsString("The hour is a whole number")).body(containsString("Name at least one recipient"));
        as(Role.ANALYST).contentType("application/x-www-form-urlencoded").formParam("viewId", String.valueOf(viewId))
                .formParam("frequency", "monthly").formParam("day", "31").formParam("hour", "7")
                .formParam("recipients", "board@example.com").formParam("language", "ro").post("/reports/schedules")
                .then().statusCode(303);
        api(Role.VIEWER).get("/api/schedules").then().statusCode(403);
        as(Role.VIEWER).get("/reports/schedules").then().statusCode(403);
        api(Role.ANALYST).post("/api/schedules/999999/send").then().statusCode(404);
        as(Role.ANALYST).cookie("accountable-lang", "ru").get("/reports/schedules").then().statusCode(200)
                .body(containsString("Рассылка отчётов"));
        as(Role.ANALYST).cookie("accountable-lang", "ro").get("/reports/schedules").then().statusCode(200)
                .body(containsString("Rapoarte programate"));
    }
}
