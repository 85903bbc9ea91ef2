package io.accountable.view;

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
 * {@code /api/views}: the saved views the caller sees (their own and the team's), save one
 * (analysts and admins), delete one (a private view its owner, a team view its owner or an
 * admin), and the caller's default view.
 */
@Path("/api/views")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.APPLICATION_JSON)
public class ViewApi {

    /** What POST takes: the name, the dashboard query string, shared with the team, the caller's default. */
    public record NewView(String name, String query, boolean team, boolean makeDefault) {
    }

    @Inject
    SavedViewService views;
    @Inject
    SecurityIdentity identity;

    private String user() {
        return identity.getPrincipal().getName();
    }

    @Operation(summary = "The saved views the caller sees: their own and the team's, by name, each with its short link and whether it is the caller's default")
    @GET
    public List<SavedView> list() throws SQLException {
        return views.list(user());
    }

    @Operation(summary = "Save a dashboard filter as a view: {name, query (the dashboard's query string), team, makeDefault}; the query is checked like the dashboard's filter")
    @POST
    @RolesAllowed(Role.ANALYST_ID)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(NewView body) throws SQLException {
        NewView b = body == null ? new NewView(null, null, false, false) : body;
        SavedView v = views.save(b.name(), b.query(), b.team(), b.makeDefault(), user());
        return Response.created(URI.create("/api/views/" + v.id())).entity(v).build();
    }

    @Operation(summary = "One saved view the caller sees")
    @GET
    @Path("{id}")
    public SavedView get(@PathParam("id") String id) throws SQLException {
        return views.get(SavedViewService.id(id), user()).orElseThrow(() -> SavedViewService.missing(id));
    }

    @Operation(summary = "Delete a saved view (a private view: its owner; a team view: its owner or an admin); its schedules go with it")
    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ANALYST_ID)
    public Response delete(@PathParam("id") String id) throws SQLException {
        views.delete(SavedViewService.id(id), user(), identity.hasRole(Role.ADMIN_ID));
        return Response.noContent().build();
    }

    @Operation(summary = "Delete a saved view, as a POST (for clients that cannot send DELETE)")
    @POST
    @Path("{id}/delete")
    @RolesAllowed(Role.ANALYST_ID)
    public Response deleteByPost(@PathParam("id") String id) throws SQLException {
        return delete(id);
    }

    @Operation(summary = "Make a saved view the caller's default: the dashboard opened without parameters shows it")
    @POST
    @Path("{id}/default")
    public Response makeDefault(@PathParam("id") String id) throws SQLException {
        views.setDefault(user(), SavedViewService.id(id));
        return Response.noContent().build();
    }

    @Operation(summary = "Clear the caller's default view: the dashboard opens with the settings' defaults")
    @DELETE
    @Path("default")
    public Response clearDefault() throws SQLException {
        views.clearDefault(user());
        return Response.noContent().build();
    }
}
