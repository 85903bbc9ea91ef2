package io.accountable.security;

import io.accountable.web.ApiError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How every request is authenticated. Pages use the session cookie ({@link Sessions}) and a
 * challenge redirects to {@code /login}. The API takes a token ({@code Authorization: Bearer}),
 * HTTP Basic, or the session cookie; its challenge is a JSON 401 with {@code WWW-Authenticate},
 * or a JSON 429 with {@code Retry-After} when Basic sign-ins are throttled. Static files need
 * no identity.
 */
@ApplicationScoped
public class AuthMechanism implements HttpAuthenticationMechanism {

    static final String RETRY_AFTER = "accountable.retry-after";
    static final String WWW_AUTHENTICATE = "Basic realm=\"Accountable\", Bearer realm=\"Accountable\"";

    @Inject
    Sessions sessions;
    @Inject
    LoginThrottle throttle;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String path = context.normalizedPath();
        if (path.startsWith("/static/") || path.startsWith("/webjars/")) {
            return Uni.createFrom().nullItem();
        }
        String authorization = context.request().getHeader("Authorization");
        if (isApi(path) && authorization != null) {
            return fromHeader(context, authorization, identities);
        }
        Cookie cookie = context.request().getCookie(SessionCookie.NAME);
        if (cookie == null) {
            return Uni.createFrom().nullItem();
        }
        Optional<SessionCookie.Session> session = sessions.read(cookie.getValue());
        if (session.isEmpty()) {
            sessions.clear(context);
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(new Credentials.SessionRequest(session.get()))
                .onItem().invoke(identity -> sessions.touch(context, session.get()))
                .onFailure().recoverWithUni(failure -> {
                    sessions.clear(context);
                    return Uni.createFrom().nullItem();
                });
    }

    private Uni<SecurityIdentity> fromHeader(RoutingContext context, String authorization,
            IdentityProviderManager identities) {
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return identities.authenticate(new Credentials.TokenRequest(authorization.substring(7).strip()));
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Uni.createFrom().failure(new AuthenticationFailedException("malformed Basic credentials"));
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Uni.createFrom().failure(new AuthenticationFailedException("malformed Basic credentials"));
            }
            String username = decoded.substring(0, colon);
            String address = address(context);
            OptionalLong wait = throttle.retryAfter(username, address);
            if (wait.isPresent()) {
                context.put(RETRY_AFTER, wait.getAsLong());
                return Uni.createFrom().failure(new AuthenticationFailedException("throttled"));
            }
            return identities.authenticate(new Credentials.PasswordRequest(username, decoded.substring(colon + 1), address));
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("unsupported Authorization scheme"));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (isApi(context.normalizedPath())) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", WWW_AUTHENTICATE));
        }
        return Uni.createFrom().item(new ChallengeData(302, "Location", loginLocation(context)));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        var response = context.response();
        if (response.ended() || response.headWritten()) {
            return Uni.createFrom().item(true);
        }
        response.headers().set("Cache-Control", "no-store");
        if (!isApi(context.normalizedPath())) {
            response.setStatusCode(302).putHeader("Location", loginLocation(context));
            response.end();
            return Uni.createFrom().item(true);
        }
        Long wait = context.get(RETRY_AFTER);
        ApiError error;
        if (wait != null) {
            response.setStatusCode(429).putHeader("Retry-After", Long.toString(wait));
            error = ApiError.of(io.accountable.i18n.ErrorMsgs.in(io.accountable.web.RequestLanguage.of(context))
                    .too_many_sign_ins(Long.toString(wait)));
        } else {
            response.setStatusCode(401).putHeader("WWW-Authenticate", WWW_AUTHENTICATE);
            error = ApiError.of(io.accountable.i18n.ErrorMsgs.in(io.accountable.web.RequestLanguage.of(context))
                    .sign_in_first());
        }
        response.putHeader("Content-Type", "application/json");
        response.end(io.accountable.web.Json.of(error));
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Credentials.SessionRequest.class, Credentials.TokenRequest.class,
                Credentials.PasswordRequest.class);
    }

    /** Addresses for scripts: the API, the OpenAPI document and the metrics take tokens and Basic and answer JSON. */
    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/q/openapi")
                || path.startsWith("/q/metrics"));
    }

    /** {@code /login}, with the page asked for as {@code next} (relative, never built from the Host header). */
    static String loginLocation(RoutingContext context) {
        String uri = context.request().uri();
        if (!"GET".equals(context.request().method().name()) || uri == null || uri.equals("/") || uri.length() > 1500
                || !LoginResource.isSafeNext(uri)) {
            return "/login";
        }
        return "/login?next=" + URLEncoder.encode(uri, StandardCharsets.UTF_8);
    }

    public static String address(RoutingContext context) {
        var remote = context.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }
}
