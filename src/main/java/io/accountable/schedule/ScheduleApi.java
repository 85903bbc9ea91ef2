package io.accountable.schedule;

import io.accountable.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/schedules}: the report schedules (analysts and admins: they hold addresses), create
 * one, delete one (its owner or an admin), send one now, and the log of what was sent.
 */
@Path("/api/schedules")
@RolesAllowed(Role.ANALYST_ID)
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleApi {

    @Inject
    ScheduleService schedules;
    @Inject
    SecurityIdentity identity;

    @Operation(summary = "The report schedules, next due first")
    @GET
    public List<ReportSchedule> list() throws SQLException {
        return schedules.list();
    }

    @Operation(summary = "Schedule the executive PDF of a saved view: {viewId, frequency (weekly or monthly), day (1 Monday..7 Sunday, or 1..31: the month's last day when shorter), hour (0..23, reporting time zone), recipients (addresses separated by commas), language (en, ru, ro)}")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ScheduleService.NewSchedule body) throws SQLException {
        ScheduleService.NewSchedule b = body == null ? new ScheduleService.NewSchedule(null, null, null, null, null,
                null) : body;
        ReportSchedule s = schedules.create(b, identity.getPrincipal().getName());
        return Response.created(URI.create("/api/schedules/" + s.id())).entity(s).build();
    }

    @Operation(summary = "One report schedule")
    @GET
    @Path("{id}")
    public ReportSchedule get(@PathParam("id") String id) throws SQLException {
        return schedules.get(ScheduleService.id(id)).orElseThrow(() -> ScheduleService.missing(id));
    }

    @Operation(summary = "Delete a schedule (its owner or an admin); its log stays")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) throws SQLException {
        schedules.delete(ScheduleService.id(id), identity.getPrincipal().getName(), identity.hasRole(Role.ADMIN_ID));
        return Response.noContent().build();
    }

    @Operation(summary = "Delete a schedule, as a POST (for clients that cannot send DELETE)")
    @POST
    @Path("{id}/delete")
    public Response deleteByPost(@PathParam("id") String id) throws SQLException {
        return delete(id);
    }

    @Operation(summary = "Send a schedule's report now (its next due time stays); answers the log entry: sent, or failed and why")
    @POST
    @Path("{id}/send")
    public Delivery send(@PathParam("id") String id) throws SQLException {
        long n = ScheduleService.id(id);
        schedules.get(n).orElseThrow(() -> ScheduleService.missing(id));
        return schedules.send(n, identity.getPrincipal().getName());
    }

    @Operation(summary = "The log of reports sent and failed, newest first (at most 200)")
    @GET
    @Path("deliveries")
    public List<Delivery> deliveries() throws SQLException {
        return schedules.deliveries(200);
    }
}
