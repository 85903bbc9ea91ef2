package io.accountable.dashboard.card;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.i18n.ErrorMsgs;
import io.accountable.filter.DashboardFilter;
import io.accountable.security.Role;
import io.accountable.filter.FilterParams;
import io.accountable.web.TextNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** {@code /api/cards}: the dashboard's cards as data (docs/data-and-api.md, "Cards"). */
@Path("/api/cards")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.APPLICATION_JSON)
public class CardsApi {

    @Inject
    CardCatalogue cards;
    @Inject
    FilterParams filters;
    @Inject
    CurrentLanguage language;

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The dashboard's cards: id and title of each")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    public List<Card.Entry> list(@Context UriInfo uri) {
        return cards.list(filters.strict(uri), language.get());
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "One dashboard card as data: its columns (key and label), its rows of unrounded values and its totals")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    @Path("{id}")
    public Card card(
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "The card: kpis, attribution-channel, models, campaign-roi, paths, flow, stages, engagement, funnel, nps or trend")
            @PathParam("id") String id, @Context UriInfo uri) {
        DashboardFilter filter = filters.strict(uri);
        return cards.card(id, filter, language.get()).orElseThrow(() -> unknown(id));
    }

    static TextNotFoundException unknown(String id) {
        String shown = id.length() > 60 ? id.substring(0, 60) + "…" : id;
        return new TextNotFoundException(ErrorMsgs.text(m -> m.no_card(shown, String.join(", ", CardCatalogue.IDS))));
    }
}
