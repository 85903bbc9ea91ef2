package io.accountable.web;

import io.accountable.i18n.ErrorMsg;
import io.accountable.i18n.ErrorMsgs;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error ends here: JSON {@code {"error", "details"}} for {@code /api}, a friendly page
 * otherwise, and never a stack trace. Unexpected errors are logged with an id that the
 * answer repeats, so a user can quote it.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    @Location("error.html")
    Template errorPage;
    @Inject
    io.vertx.ext.web.RoutingContext context;

    /** The request's language; English when there is no request behind this answer. */
    private static io.accountable.i18n.Language language() {
        return ErrorMsgs.current();
    }

    private ErrorMsg texts() {
        return ErrorMsgs.in(language());
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e, UriInfo uri) {
        io.accountable.i18n.Language l = language();
        return answer(uri, 400, texts().heading_bad_request(), e.text().in(l), e.details(l));
    }

    @ServerExceptionMapper
    public Response factsUnavailable(io.accountable.facts.FactStore.UnavailableException e, UriInfo uri) {
        return answer(uri, 503, texts().heading_unavailable(), e.text().in(language()), java.util.List.of());
    }

    @ServerExceptionMapper
    public Response busy(io.accountable.facts.ComputeGate.BusyException e, UriInfo uri) {
        Response answer = answer(uri, 503, texts().heading_busy(), e.text().in(language()), java.util.List.of());
        return Response.fromResponse(answer).header("Retry-After", "2").build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        String message;
        if (e instanceof TextNotFoundException t) {
            message = t.text().in(language());
        } else {
            // The framework's own words ("HTTP 404 Not Found", "Unable to find matching target resource
            // method") are no message for a reader: the friendly text instead.
            String own = e.getMessage();
            message = own == null || own.startsWith("HTTP 404") || own.startsWith("Unable to find matching")
                    ? texts().not_found() : own;
        }
        return answer(uri, 404, texts().heading_not_found(), message, java.util.List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(uri, 403, texts().heading_forbidden(), texts().forbidden(), java.util.List.of());
    }

    @ServerExceptionMapper
    public Response unsupportedType(jakarta.ws.rs.NotSupportedException e, UriInfo uri) {
        return answer(uri, 415, texts().heading_unsupported_type(), texts().unsupported_type(), java.util.List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        io.accountable.i18n.Language l = language();
        ErrorMsg m = ErrorMsgs.in(l);
        String message = e.getMessage() == null ? m.cannot_answer()
                : l != io.accountable.i18n.Language.EN && e.getMessage().startsWith("HTTP " + status) ? m.cannot_answer()
                : e.getMessage();
        Response.Status known = Response.Status.fromStatusCode(status);
        String heading = known == null ? m.heading_error() : l == io.accountable.i18n.Language.EN
                ? known.getReasonPhrase() : switch (status) {
                    case 400 -> m.heading_bad_request();
                    case 403 -> m.heading_forbidden();
                    case 404 -> m.heading_not_found();
                    case 405 -> m.heading_method_not_allowed();
                    case 406 -> m.heading_not_acceptable();
                    case 415 -> m.heading_unsupported_type();
                    default -> m.heading_error();
                };
        return answer(uri, status, heading, message, java.util.List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response unexpected(Throwable e, UriInfo uri) {
        String id = RequestIds.of(context);
        LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
        return answer(uri, 500, texts().heading_unexpected(), texts().unexpected(id), java.util.List.of());
    }

    private Response answer(UriInfo uri, int status, String heading, String message, java.util.List<?> details) {
        if (uri.getPath().startsWith("/api")) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(message, details)).build();
        }
        String html = errorPage.data("status", status).data("heading", heading).data("message", message)
                .data("reference", RequestIds.of(context)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").entity(html).build();
    }
}
