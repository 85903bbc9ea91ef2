package io.accountable.dashboard.narrative;

import io.accountable.facts.ComputeGate;
import io.accountable.i18n.CurrentLanguage;
import io.accountable.i18n.Msg;
import io.accountable.i18n.Texts;
import io.accountable.filter.DashboardFilter;
import io.accountable.security.Role;
import io.accountable.filter.FilterParams;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** The narrative's region of the dashboard, loaded after the page like the trend card. */
@Path("/fragments/narrative")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.TEXT_HTML)
public class NarrativeController {

    @Inject
    NarrativeService narrative;
    @Inject
    FilterParams filters;
    @Inject
    CurrentLanguage language;
    @Location("dashboard/narrative.html")
    Template template;
    @Location("DashboardController/pending.html")
    Template pending;

    @GET
    public String region(@Context UriInfo uri) {
        DashboardFilter filter = filters.lenient(uri).filter();
        try {
            return template.data("told", narrative.tell(filter, language.get())).render();
        } catch (ComputeGate.BusyException e) {
            Msg m = Texts.msg(language.get());
            return pending.data("heading", m.narrative_heading()).data("text", m.narrative_loading())
                    .data("url", "/fragments/narrative?" + filter.queryString()).render();
        }
    }
}
