package io.accountable.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The double-submit CSRF token of this browser: kept in an HttpOnly, SameSite=Strict cookie and
 * rendered into every form (hidden field) and into a meta tag that htmx copies into the
 * {@code X-CSRF-Token} header. Templates read it as {@code {inject:csrf.value}}.
 *
 * <p>Why not quarkus-rest-csrf: it is not published for Quarkus 3.34.2 on the mirror this
 * project builds from; this class and {@link CsrfFilter} do the same, small job.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String COOKIE = "accountable-csrf";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext context;
    @Inject
    io.accountable.security.Sessions sessions;

    private String value;

    public String getValue() {
        if (value == null) {
            Cookie cookie = context.request().getCookie(COOKIE);
            if (cookie != null && !cookie.getValue().isBlank()) {
                value = cookie.getValue();
            } else {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                context.response().addCookie(sessions.base(context, Cookie.cookie(COOKIE, value)));
            }
        }
        return value;
    }

    public String value() {
        return getValue();
    }
}
