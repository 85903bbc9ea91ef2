package io.accountable.ops;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.formatters.JsonFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.jboss.logmanager.handlers.FileHandler;

/**
 * JSON logs as an option ({@code ACCOUNTABLE_LOG_JSON=true}): one JSON object per line on the
 * console and in the log file, with the request id among the MDC fields. Quarkus' own
 * {@code quarkus-logging-json} extension cannot be built here (its deployment artifact is not
 * served by the package repository), so the log manager's own {@link JsonFormatter} is put on
 * the handlers at start; the few lines written before that stay in the text format.
 */
public class JsonLogs {

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "accountable.log.json", defaultValue = "false") boolean json) {
        if (json) {
            install(LogContext.getLogContext().getLogger("").getHandlers());
        }
    }

    /** Puts a JSON formatter on every console and file handler among these (and their children). */
    static List<Handler> install(Handler[] handlers) {
        List<Handler> changed = new ArrayList<>();
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler || handler instanceof FileHandler) {
                handler.setFormatter(formatter());
                changed.add(handler);
            }
            if (handler instanceof ExtHandler ext) {
                changed.addAll(install(ext.getHandlers()));
            }
        }
        return changed;
    }

    static Formatter formatter() {
        JsonFormatter formatter = new JsonFormatter();
        formatter.setDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        formatter.setPrintDetails(false);
        return formatter;
    }
}
