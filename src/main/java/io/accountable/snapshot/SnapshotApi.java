package io.accountable.snapshot;

import io.accountable.report.ReportService;
import io.accountable.security.Role;
import io.accountable.filter.FilterParams;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code /api/snapshots}: freeze the dashboard of a filter for the board (analysts and admins),
 * list and read snapshots, download a snapshot's PDF as it was, and what changed since.
 */
@Path("/api/snapshots")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.APPLICATION_JSON)
public class SnapshotApi {

    @Inject
    SnapshotService snapshots;
    @Inject
    FilterParams filters;
    @Inject
    SecurityIdentity identity;

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Freeze the dashboard of these filters for the board: every KPI, the credit per channel and the PDF, with the data and settings versions")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @POST
    @RolesAllowed(Role.ANALYST_ID)
    public Response freeze(@Context UriInfo uri, @QueryParam("title") String title) throws SQLException {
        Snapshot s;
        try {
            s = snapshots.freeze(filters.strict(uri), title, identity.getPrincipal().getName());
        } catch (ReportService.BusyException e) {
            return Response.status(429).header("Retry-After", "5")
                    .entity(io.accountable.web.ApiError.of(e.text().in(io.accountable.i18n.ErrorMsgs.current()))).build();
        }
        return Response.created(URI.create("/api/snapshots/" + s.id())).entity(s).build();
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The snapshots, newest first (at most 200)")
    @GET
    public List<Snapshot> list() throws SQLException {
        return snapshots.list();
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "One snapshot: its filter, versions, author, time and frozen figures")
    @GET
    @Path("{id}")
    public Snapshot get(@PathParam("id") String id) throws SQLException {
        return snapshots.get(id(id)).orElseThrow(() -> missing(id));
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The snapshot's PDF, the same document as when it was frozen")
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") String id) throws SQLException {
        byte[] pdf = snapshots.pdf(id(id)).orElseThrow(() -> missing(id));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"accountable-snapshot-" + id(id) + ".pdf\"")
                .build();
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "What changed since the snapshot, per KPI and per channel credit, split into data imported, settings changed and the period moving")
    @GET
    @Path("{id}/diff")
    public SnapshotDiff diff(@PathParam("id") String id) throws SQLException {
        return snapshots.diff(id(id)).orElseThrow(() -> missing(id));
    }

    static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw missing(id);
        }
    }

    static NotFoundException missing(String id) {
        return new io.accountable.web.TextNotFoundException(io.accountable.i18n.ErrorMsgs.text(m -> m.no_snapshot(id)));
    }
}
