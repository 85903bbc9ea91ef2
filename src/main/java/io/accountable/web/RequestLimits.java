package io.accountable.web;

import io.accountable.i18n.ErrorMsg;
import io.accountable.i18n.ErrorMsgs;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests too large to answer get the error format rather than an empty answer: an address
 * over 8 KB is a 414, a body announced larger than {@code quarkus.http.limits.max-body-size} is
 * a 413, both before anything is read or authenticated. On {@code /api} the body is the JSON
 * error, elsewhere a short text.
 */
@ApplicationScoped
public class RequestLimits {

    public static final int MAX_URI = 8192;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    void install(@Observes Router router) {
        router.route().order(-2000).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri != null && uri.length() > MAX_URI) {
            refuse(context, 414, errors(context).uri_too_long(String.valueOf(MAX_URI)));
            return;
        }
        String length = context.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBody.asLongValue()) {
                    refuse(context, 413, errors(context).body_too_large(
                            String.valueOf(maxBody.asLongValue() / (1024 * 1024))));
                    return;
                }
            } catch (NumberFormatException e) {
                refuse(context, 400, errors(context).content_length_not_a_number());
                return;
            }
        }
        context.next();
    }

    /** The error texts in the request's language (cookie, else Accept-Language: no user is known yet). */
    private static ErrorMsg errors(RoutingContext context) {
        return ErrorMsgs.in(RequestLanguage.of(context));
    }

    static void refuse(RoutingContext context, int status, String message) {
        var response = context.response().setStatusCode(status).putHeader("Cache-Control", "no-store")
                .putHeader("Connection", "close");
        String path = context.request().path();
        if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
            response.putHeader("Content-Type", "application/json").end(Json.of(ApiError.of(message)));
        } else {
            response.putHeader("Content-Type", "text/plain; charset=UTF-8").end(message);
        }
    }
}
