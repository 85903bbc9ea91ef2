package io.accountable.view;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.security.Role;
import io.accountable.web.BadRequestException;
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
import java.util.List;

/**
 * The Views page: the views the reader sees, save the current filter as one (analysts and
 * admins; the filter comes in the query string, as on the page that sent the form), delete, and
 * choose one's default view (everyone).
 */
@Path("/views")
@RolesAllowed(Role.VIEWER_ID)
public class ViewController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance views(List<SavedView> views, java.util.Map<Long, String> summaries,
                String filterQuery, List<String> errors, String name, boolean team, boolean makeDefault);
    }

    @Inject
    SavedViewService views;
    @Inject
    FilterParams filters;
    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentLanguage language;

    private String user() {
        return identity.getPrincipal().getName();
    }

    private TemplateInstance page(String filterQuery, List<String> errors, String name, boolean team,
            boolean makeDefault) throws SQLException {
        List<SavedView> list = views.list(user());
        java.util.Map<Long, String> summaries = new java.util.HashMap<>();
        list.forEach(v -> summaries.put(v.id(), views.describe(v.query(), language.get())));
        return Templates.views(list, summaries, filterQuery, errors, name, team, makeDefault).data("nav", "views")
                .data("filterQuery", filterQuery);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@Context UriInfo uri) throws SQLException {
        return page(filters.lenient(uri).filter().queryString(), List.of(), "", false, false);
    }

    /** "Save view": the filter in the query string, the name and choices in the form. */
    @POST
    @RolesAllowed(Role.ANALYST_ID)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@Context UriInfo uri, @FormParam("name") String name, @FormParam("team") String team,
            @FormParam("makeDefault") String makeDefault) throws SQLException {
        String query = uri.getRequestUri().getRawQuery();
        try {
            views.save(name, query, team != null, makeDefault != null, user());
        } catch (BadRequestException e) {
            String shown = filters.lenient(uri).filter().queryString();
            return Response.status(400).entity(page(shown, e.details(language.get()), name == null ? "" : name,
                    team != null, makeDefault != null)).build();
        }
        return Response.seeOther(URI.create("/views?" + filters.lenient(uri).filter().queryString())).build();
    }

    @POST
    @Path("{id}/delete")
    @RolesAllowed(Role.ANALYST_ID)
    public Response delete(@PathParam("id") String id) throws SQLException {
        views.delete(SavedViewService.id(id), user(), identity.hasRole(Role.ADMIN_ID));
        return Response.seeOther(URI.create("/views")).build();
    }

    @POST
    @Path("{id}/default")
    public Response makeDefault(@PathParam("id") String id) throws SQLException {
        views.setDefault(user(), SavedViewService.id(id));
        return Response.seeOther(URI.create("/views")).build();
    }

    @POST
    @Path("default/clear")
    public Response clearDefault() throws SQLException {
        views.clearDefault(user());
        return Response.seeOther(URI.create("/views")).build();
    }
}
