package io.accountable.web;

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

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e, UriInfo uri) {
        return answer(uri, 400, "That request cannot be answered", e.getMessage(), e.details());
    }

    @ServerExceptionMapper
    public Response factsUnavailable(io.accountable.facts.FactStore.UnavailableException e, UriInfo uri) {
        return answer(uri, 503, "The numbers are not available", e.getMessage(), java.util.List.of());
    }

    @ServerExceptionMapper
    public Response busy(io.accountable.facts.ComputeGate.BusyException e, UriInfo uri) {
        Response answer = answer(uri, 503, "Busy", e.getMessage(), java.util.List.of());
        return Response.fromResponse(answer).header("Retry-After", "2").build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        String message = e.getMessage() == null || e.getMessage().startsWith("HTTP 404")
                ? "There is nothing at this address. It may have been removed or mistyped." : e.getMessage();
        return answer(uri, 404, "Not found", message, java.util.List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(uri, 403, "Not allowed", "Your role does not allow this. Ask an administrator if you need it.",
                java.util.List.of());
    }

    @ServerExceptionMapper
    public Response unsupportedType(jakarta.ws.rs.NotSupportedException e, UriInfo uri) {
        return answer(uri, 415, "Unsupported content type", "This content type is not accepted here. Send a CSV file "
                + "as the body with Content-Type text/csv, or as the multipart/form-data part 'file'.",
                java.util.List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String message = e.getMessage() == null ? "The request cannot be answered." : e.getMessage();
        return answer(uri, status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), message, java.util.List.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response unexpected(Throwable e, UriInfo uri) {
        String id = RequestIds.of(context);
        LOG.errorf(e, "Unexpected error %s on %s", id, uri.getPath());
        return answer(uri, 500, "Something went wrong",
                "The error has been logged with reference " + id + ". Try again; if it persists, tell your administrator.",
                java.util.List.of());
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
