package io.accountable.ops;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.jboss.logmanager.handlers.FileHandler;

/**
 * JSON logs as an option ({@code ACCOUNTABLE_LOG_JSON=true}): one JSON object per line on the
 * console and in the log file, with the request id among the MDC fields. Quarkus' own
 * {@code quarkus-logging-json} extension cannot be built here (its deployment artifact is not
 * served by the package repository), and the log manager's own JSON formatter needs a JSON-P
 * implementation on the boot class path; so a formatter written with Jackson is put on the
 * handlers at start. The few lines written before that stay in the text format.
 */
public class JsonLogs {

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "accountable.log.json", defaultValue = "false") boolean json) {
        if (json) {
            install(LogContext.getLogContext().getLogger("").getHandlers());
        }
    }

    /** Puts the JSON formatter on every console and file handler among these (and their children). */
    static List<Handler> install(Handler[] handlers) {
        List<Handler> changed = new ArrayList<>();
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler || handler instanceof FileHandler) {
                handler.setFormatter(new Formatter());
                changed.add(handler);
            }
            if (handler instanceof ExtHandler ext) {
                changed.addAll(install(ext.getHandlers()));
            }
        }
        return changed;
    }

    /** {@code {"timestamp","level","logger","thread","message","mdc":{...},"exception"}} and a newline. */
    static final class Formatter extends ExtFormatter {

        private static final JsonFactory JSON = new JsonFactory();

        @Override
        public String format(ExtLogRecord record) {
            StringWriter out = new StringWriter(256);
            try (JsonGenerator json = JSON.createGenerator(out)) {
                json.writeStartObject();
                json.writeStringField("timestamp", record.getInstant().toString());
                json.writeStringField("level", record.getLevel().getName());
                json.writeStringField("logger", record.getLoggerName());
                json.writeStringField("thread", record.getThreadName());
                json.writeStringField("message", formatMessage(record));
                Map<String, String> mdc = record.getMdcCopy();
                if (!mdc.isEmpty()) {
                    json.writeObjectFieldStart("mdc");
                    for (Map.Entry<String, String> e : new java.util.TreeMap<>(mdc).entrySet()) {
                        json.writeStringField(e.getKey(), e.getValue());
                    }
                    json.writeEndObject();
                }
                if (record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    json.writeStringField("exception", trace.toString());
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.append('\n').toString();
        }
    }
}
