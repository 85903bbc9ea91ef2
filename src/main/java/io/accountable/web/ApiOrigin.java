package io.accountable.web;

import io.accountable.i18n.ErrorMsg;
import io.accountable.i18n.ErrorMsgs;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * No cross-site API writes: a state-changing {@code /api} call that a browser sends from another
 * site (an {@code Origin} other than this server's, or {@code Sec-Fetch-Site: cross-site}) is
 * refused with a 403 before anything is read, so cached HTTP Basic credentials cannot be used by
 * a form on another site. Scripts and BI tools send no {@code Origin} and are not affected.
 */
public class ApiOrigin {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api")) {
            return null;
        }
        String origin = request.getHeaderString("Origin");
        String site = request.getHeaderString("Sec-Fetch-Site");
        boolean foreign = "cross-site".equalsIgnoreCase(site) || origin != null && !sameOrigin(origin,
                request.getHeaderString("Host"));
        if (!foreign) {
            return null;
        }
        jakarta.ws.rs.core.Cookie chosen = request.getCookies().get(io.accountable.i18n.CurrentLanguage.COOKIE);
        ErrorMsg errors = ErrorMsgs.in(RequestLanguage.of(chosen == null ? null : chosen.getValue(),
                request.getHeaderString("Accept-Language")));
        return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(errors.foreign_origin(
                origin == null ? "unknown" : origin.substring(0, Math.min(origin.length(), 200))))).build();
    }

    /** The Origin's host and port equal the Host header's ("null" and unparsable origins are foreign). */
    static boolean sameOrigin(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            String wanted = host.contains(":") ? host : host + ":" + port;
            return (uri.getHost() + ":" + port).equalsIgnoreCase(wanted);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
