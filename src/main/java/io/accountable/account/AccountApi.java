package io.accountable.account;

import io.accountable.filter.DashboardFilter;
import io.accountable.security.Role;
import io.accountable.filter.FilterParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** {@code GET /api/accounts/{id}}: the account with its contacts, touches, opportunities and score. */
@Path("/api/accounts")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.APPLICATION_JSON)
public class AccountApi {

    @Inject
    AccountService accounts;
    @Inject
    FilterParams filters;
    @Inject
    io.accountable.i18n.CurrentLanguage language;

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "One account's figures, buying committee, timeline and deals")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    @Path("{id}")
    public AccountDetail account(@PathParam("id") String id, @Context UriInfo uri) {
        DashboardFilter filter = filters.strict(uri);
        return accounts.detail(id, filter, null, null, language.get());
    }
}
