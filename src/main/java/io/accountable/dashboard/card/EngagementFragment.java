package io.accountable.dashboard.card;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.filter.DashboardFilter;
import io.accountable.kpi.DashboardView;
import io.accountable.security.Role;
import io.accountable.settings.SettingsService;
import io.accountable.filter.FilterParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The dashboard's Engagement section, loaded after the page like the trend card. */
@Path("/fragments/engagement")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.TEXT_HTML)
public class EngagementFragment {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance engagement(List<DashboardView.ChartPanel> panels, String query);
    }

    @Inject
    EngagementCards cards;
    @Inject
    FilterParams filters;
    @Inject
    CurrentLanguage language;
    @Inject
    SettingsService settings;

    @GET
    public String section(@Context UriInfo uri) {
        DashboardFilter filter = filters.lenient(uri).filter();
        return Templates.engagement(cards.panels(filter, settings.current().currency(), language.get()),
                filter.queryString()).render();
    }
}
