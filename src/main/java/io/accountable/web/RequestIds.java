package io.accountable.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request gets an id: the caller's {@code X-Request-Id} when it is a plain token (a proxy
 * may set one), else 12 random hex digits. It is in every log line of the request ({@code %X{requestId}}),
 * in the {@code X-Request-Id} answer header and on error pages, so a user can quote it.
 */
@ApplicationScoped
public class RequestIds {

    public static final String KEY = "requestId";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    void install(@Observes Router router) {
        router.route().order(-3000).handler(context -> {
            String sent = context.request().getHeader("X-Request-Id");
            String id = sent != null && VALID.matcher(sent).matches() ? sent : fresh();
            context.put(KEY, id);
            MDC.put(KEY, id);
            context.response().putHeader("X-Request-Id", id);
            context.addEndHandler(ignored -> MDC.remove(KEY));
            context.next();
        });
    }

    /** The id of the request being answered (for error pages), or a new one outside a request. */
    public static String of(RoutingContext context) {
        Object id = context == null ? null : context.get(KEY);
        return id == null ? fresh() : id.toString();
    }

    private static String fresh() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
