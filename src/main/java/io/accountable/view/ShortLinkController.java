package io.accountable.view;

import io.accountable.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;

/** {@code /v/{slug}}: the short link of a saved view, a redirect to the dashboard with its filter. */
@Path("/v")
@RolesAllowed(Role.VIEWER_ID)
public class ShortLinkController {

    @Inject
    SavedViewService views;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("{slug}")
    public Response open(@PathParam("slug") String slug) throws SQLException {
        SavedView v = views.bySlug(slug, identity.getPrincipal().getName())
                .orElseThrow(() -> SavedViewService.missing(slug));
        return Response.seeOther(URI.create("/?" + v.query())).build();
    }
}
