package io.accountable.dashboard.card;

import io.accountable.i18n.CurrentLanguage;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /cards/{id}.csv}: a dashboard card's data for a signed-in user, the "Download data" link of the page. */
@Path("/cards")
@RolesAllowed(Role.VIEWER_ID)
public class CardCsvController {

    @Inject
    CardCatalogue cards;
    @Inject
    FilterParams filters;
    @Inject
    CurrentLanguage language;

    @GET
    @Path("{id}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id, @Context UriInfo uri) {
        DashboardFilter filter = filters.strict(uri);
        Card card = cards.card(id, filter, language.get()).orElseThrow(() -> CardsApi.unknown(id));
        return Response.ok(CardCsv.write(card), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"accountable-" + card.id() + "-" + filter.from()
                        + "-" + filter.to() + ".csv\"").build();
    }
}
