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
 * The audit log page for admins, {@code /audit}: the newest 100 entries, then older ones by
 * {@code before} (an id). The API is {@link AuditApi}.
 */
@Path("/audit")
@RolesAllowed(Role.ADMIN_ID)
public class AuditResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(List<AuditEvent> events, Long older);
    }

    @Inject
    AuditLog log;
    @Inject
    io.accountable.i18n.CurrentLanguage language;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("before") String before) {
        List<AuditEvent> events = log.newest(parse(before, "before", Long.MAX_VALUE, language.get()), 100);
        Long older = events.size() == 100 ? events.get(events.size() - 1).id : null;
        return Templates.audit(events, older).data("nav", "audit");
    }

    /** A whole number from 0 to {@code max}, or null when none is given; a bad one is a 400 in the reader's language. */
    static Long parse(String value, String name, long max, io.accountable.i18n.Language language) {
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
            throw new BadRequestException(io.accountable.settings.AdminLabels.msg(language)
                    .audit_bad_number(name, String.valueOf(max), io.accountable.web.Quoted.shorten(value)));
        }
    }
}
