package io.accountable.snapshot;

import io.accountable.filter.DashboardFilter;
import io.accountable.report.ReportService;
import io.accountable.security.Role;
import io.accountable.settings.SettingsService;
import io.accountable.filter.FilterParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.sql.SQLException;

/** The board snapshots on the Reports page: freeze, open one with what changed since, its PDF. */
@Path("/reports/snapshots")
@RolesAllowed(Role.VIEWER_ID)
public class SnapshotController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance snapshot(Snapshot snapshot, SnapshotDiff diff, String currency);

        static native TemplateInstance snapshots(java.util.List<Snapshot> snapshots, String filterQuery);
    }

    @Inject
    SnapshotService snapshots;
    @Inject
    FilterParams filters;
    @Inject
    SecurityIdentity identity;
    @Inject
    SettingsService settings;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@Context UriInfo uri) throws SQLException {
        return Templates.snapshots(snapshots.list(), filters.lenient(uri).filter().queryString()).data("nav", "reports");
    }

    /** "Freeze for the board": the filters come in the query string, as on the page that sent the form. */
    @POST
    @RolesAllowed(Role.ANALYST_ID)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response freeze(@Context UriInfo uri, @FormParam("title") String title) throws SQLException {
        DashboardFilter filter = filters.lenient(uri).filter();
        try {
            Snapshot s = snapshots.freeze(filter, title, identity.getPrincipal().getName());
            return Response.seeOther(URI.create("/reports/snapshots/" + s.id())).build();
        } catch (ReportService.BusyException e) {
            return Response.status(429).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).header("Retry-After", "5")
                    .entity(e.text().in(io.accountable.i18n.ErrorMsgs.current()))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("id") String id) throws SQLException {
        long n = SnapshotApi.id(id);
        Snapshot s = snapshots.get(n).orElseThrow(() -> SnapshotApi.missing(id));
        SnapshotDiff diff = snapshots.diff(n).orElseThrow(() -> SnapshotApi.missing(id));
        return Templates.snapshot(s, diff, settings.current().currency()).data("nav", "reports")
                .data("filterQuery", s.query());
    }

    @GET
    @Path("{id}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) throws SQLException {
        long n = SnapshotApi.id(id);
        byte[] pdf = snapshots.pdf(n).orElseThrow(() -> SnapshotApi.missing(id));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"accountable-snapshot-" + n + ".pdf\"").build();
    }
}
