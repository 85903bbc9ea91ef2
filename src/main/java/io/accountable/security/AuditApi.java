package io.accountable.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import io.accountable.web.BadRequestException;

/** {@code GET /api/audit}: the audit log for admins, newest first; {@code before} (an id) and {@code limit} (1 to 500, default 100). */
@Path("/api/audit")
@RolesAllowed(Role.ADMIN_ID)
public class AuditApi {

    /** One entry as the API answers it. */
    public record Entry(long id, Instant at, String actor, String action, String subject, String address,
            String detail) {
    }

    @Inject
    AuditLog log;
    @Inject
    io.accountable.i18n.CurrentLanguage language;

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The audit log, newest first (admins)")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Entry> api(@QueryParam("before") String before, @QueryParam("limit") String limit) {
        Long size = AuditResource.parse(limit, "limit", 500, language.get());
        if (size != null && size < 1) {
            throw new BadRequestException(io.accountable.i18n.ErrorMsgs.text(m -> m.audit_limit_range()));
        }
        return log.newest(AuditResource.parse(before, "before", Long.MAX_VALUE, language.get()), size == null ? 100 : size.intValue()).stream()
                .map(e -> new Entry(e.id, e.at, e.actor, e.action, e.subject, e.address, e.detail)).toList();
    }

}
