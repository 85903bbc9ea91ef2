package io.accountable.dashboard.narrative;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.security.Role;
import io.accountable.filter.FilterParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** {@code GET /api/narrative}: the executive narrative of a filter and the figures it cites (docs/narrative.md). */
@Path("/api/narrative")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.APPLICATION_JSON)
public class NarrativeApi {

    @Inject
    NarrativeService narrative;
    @Inject
    FilterParams filters;
    @Inject
    CurrentLanguage language;

    @Operation(summary = "The executive narrative: a few sentences drawn from the dashboard's cards by fixed rules", description = "Sentences in the order told (headline, largest_change, bottleneck, channel_shift, recommendation, or nothing), in the language of Accept-Language. Each sentence lists the figures it cites: the card, its API address with the query the figure was computed for (the comparison period for 'before' figures), the row and column, the unrounded value and the value as written.")
    @Extension(name = "x-dashboard-filter", value = "true")
    @GET
    public NarrativeService.Told narrative(@Context UriInfo uri) {
        return narrative.tell(filters.strict(uri), language.get());
    }
}
