package io.accountable.security;

import io.accountable.web.BadRequestException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * The audit log for admins: the page {@code /audit} and {@code GET /api/audit}, newest first,
 * paged by {@code before} (an id) and {@code limit} (1 to 500, default 100).
 */
@Path("/")
@RolesAllowed(Role.ADMIN_ID)
public class AuditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(List<AuditEvent> events, Long older);
    }

    /** One entry as the API answers it. */
    public record Entry(long id, Instant at, String actor, String action, String subject, String address,
            String detail) {
    }

    @Inject
    AuditLog log;

    @GET
    @Path("audit")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("before") String before) {
        List<AuditEvent> events = log.newest(parse(before, "before", Long.MAX_VALUE), 100);
        Long older = events.size() == 100 ? events.get(events.size() - 1).id : null;
        return Templates.audit(events, older).data("nav", "audit");
    }

    @GET
    @Path("api/audit")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Entry> api(@QueryParam("before") String before, @QueryParam("limit") String limit) {
        Long size = parse(limit, "limit", 500);
        if (size != null && size < 1) {
            throw new BadRequestException("'limit' is from 1 to 500.");
        }
        return log.newest(parse(before, "before", Long.MAX_VALUE), size == null ? 100 : size.intValue()).stream()
                .map(e -> new Entry(e.id, e.at, e.actor, e.action, e.subject, e.address, e.detail)).toList();
    }

    private static Long parse(String value, String name, long max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed < 0 || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadRequestException("'" + name + "' is a whole number from 0 to " + max + "; got '"
                    + io.accountable.web.Quoted.shorten(value) + "'.");
        }
    }
}
