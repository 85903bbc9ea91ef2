package io.accountable.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.MDC;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.jboss.logmanager.handlers.DelayedHandler;
import org.junit.jupiter.api.Test;

/** The JSON log option turns a console handler, also one nested as Quarkus nests it, into JSON lines. */
class JsonLogsTest {

    @Test
    void shouldWriteOneJsonObjectPerLineWithTheRequestId() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleHandler console = new ConsoleHandler();
        console.setOutputStream(out);
        DelayedHandler outer = new DelayedHandler();
        outer.addHandler(console);
        assertEquals(1, JsonLogs.install(new Handler[] {outer}).size(), "the nested console handler");

        MDC.put("requestId", "abc123");
        try {
            ExtLogRecord record = new ExtLogRecord(Level.WARNING, "Import of \"x\" refused", ExtLogRecord.FormatStyle.NO_FORMAT,
                    JsonLogsTest.class.getName());
            record.setLoggerName("io.accountable.ingest");
            record.copyMdc();
            console.publish(record);
            console.flush();
        } finally {
            MDC.remove("requestId");
        }
        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(!line.contains("\n"), "one line: " + line);
        JsonNode json = new ObjectMapper().readTree(line);
        assertEquals("WARNING", json.get("level").asText());
        assertTrue(json.get("thread").isTextual(), json.toString());
        assertEquals("Import of \"x\" refused", json.get("message").asText());
        assertEquals("io.accountable.ingest", json.get("logger").asText());
        assertEquals("abc123", json.get("mdc").get("requestId").asText());
        assertTrue(json.get("timestamp").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*"), json.toString());
    }
}
