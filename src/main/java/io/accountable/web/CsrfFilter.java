package io.accountable.web;

import io.accountable.i18n.ErrorMsg;
import io.accountable.i18n.ErrorMsgs;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Every state-changing request made with the session cookie (pages, the sign-in form, and
 * {@code /api} calls without an {@code Authorization} header) must carry the CSRF token of its
 * cookie, as the header htmx sends or as the hidden form field. A mismatch is a 403 with a plain
 * message (JSON on {@code /api}). API calls with a token or HTTP Basic carry no cookie to abuse.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    @WithFormRead
    public void verify(ResteasyReactiveContainerRequestContext request) {
        boolean api = request.getUriInfo().getPath().startsWith("/api");
        if (SAFE.contains(request.getMethod()) || api && request.getHeaderString("Authorization") != null) {
            return;
        }
        Cookie cookie = request.getCookies().get(CsrfToken.COOKIE);
        String sent = request.getHeaderString(CsrfToken.HEADER);
        if (sent == null) {
            sent = formField(request);
        }
        if (cookie == null || sent == null || !MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            Cookie chosen = request.getCookies().get(io.accountable.i18n.CurrentLanguage.COOKIE);
            ErrorMsg errors = ErrorMsgs.in(RequestLanguage.of(chosen == null ? null : chosen.getValue(),
                    request.getHeaderString("Accept-Language")));
            String message = errors.csrf_form();
            request.abortWith(api
                    ? Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(ApiError.of(errors.csrf_api(CsrfToken.HEADER))).build()
                    : Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE).entity(message)
                            .build());
        }
    }

    private static String formField(ResteasyReactiveContainerRequestContext request) {
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object value = context.getFormParameter(CsrfToken.FIELD, true, false);
        if (value instanceof FormValue form) {
            return form.getValue();
        }
        return value == null ? null : value.toString();
    }
}
