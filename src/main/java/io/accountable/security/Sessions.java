package io.accountable.security;

import io.accountable.AccountableConfig;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Issues, renews, reads and clears the session cookie ({@link SessionCookie}): HttpOnly,
 * SameSite=Strict, path /, {@code Secure} over HTTPS or when configured. A session ends after
 * the idle timeout without a request, after the absolute lifetime in any case, and when the
 * user's session epoch moves on (sign-out, password change, role change).
 */
@ApplicationScoped
public class Sessions {

    /** A session seen again after this many seconds gets a renewed cookie (its idle clock restarts). */
    static final long RENEW_AFTER_SECONDS = 60;

    @Inject
    SessionKey key;
    @Inject
    AccountableConfig config;

    public void start(RoutingContext context, User user) {
        long now = now();
        write(context, new SessionCookie.Session(user.username, user.sessionEpoch, now, now));
    }

    /** The live session in the request's cookie, if any (not yet checked against the user's epoch). */
    public Optional<SessionCookie.Session> read(String cookieValue) {
        long now = now();
        return SessionCookie.decode(cookieValue, key.key()).filter(s -> s.liveAt(now,
                config.session().idle().toSeconds(), config.session().lifetime().toSeconds()));
    }

    /** Renews the cookie when it was last renewed over a minute ago. */
    public void touch(RoutingContext context, SessionCookie.Session session) {
        long now = now();
        if (now - session.seen() >= RENEW_AFTER_SECONDS) {
            write(context, session.seenAt(now));
        }
    }

    /** Keeps this browser signed in under the user's new epoch (after its own password change). */
    public void restart(RoutingContext context, User user, long issued) {
        write(context, new SessionCookie.Session(user.username, user.sessionEpoch, issued, now()));
    }

    public void clear(RoutingContext context) {
        context.response().addCookie(base(context, Cookie.cookie(SessionCookie.NAME, "")).setMaxAge(0));
    }

    private void write(RoutingContext context, SessionCookie.Session session) {
        long remaining = Math.max(0, session.issued() + config.session().lifetime().toSeconds() - session.seen());
        context.response().addCookie(base(context, Cookie.cookie(SessionCookie.NAME,
                SessionCookie.encode(session, key.key()))).setMaxAge(remaining));
    }

    /** HttpOnly, SameSite=Strict, path /, and Secure when it should be. */
    public Cookie base(RoutingContext context, Cookie cookie) {
        return cookie.setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(secure(context));
    }

    public boolean secure(RoutingContext context) {
        return config.session().secureCookies() || "https".equalsIgnoreCase(context.request().scheme())
                || context.request().isSSL();
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
