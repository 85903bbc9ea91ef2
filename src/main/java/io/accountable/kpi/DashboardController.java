package io.accountable.kpi;

import io.accountable.filter.DashboardFilter;

import java.util.List;

import io.accountable.security.Role;
import io.accountable.filter.FilterParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * The executive dashboard, the home page. A plain request gets the whole page; an htmx
 * request (a filter changed) gets the regions and the refreshed filter fields only.
 */
@Path("/")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.TEXT_HTML)
public class DashboardController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardView view, boolean oob);

        static native TemplateInstance dashboard$regions(DashboardView view);

        static native TemplateInstance dashboard$filter_fields(DashboardView view, boolean oob);

        static native TemplateInstance intervals(io.accountable.attribution.AttributionAnswer answer, String currency,
                String query, io.accountable.attribution.AttributionService.Sensitivity sensitivity,
                java.util.Map<String, Object> chart);

        static native TemplateInstance backtest(io.accountable.attribution.BacktestAnswer backtest, String model,
                String query);

        static native TemplateInstance pending(String heading, String text, String url);

        static native TemplateInstance trend(DashboardView.ChartPanel panel, String query);
    }

    @Inject
    io.accountable.attribution.AttributionService attribution;
    @Inject
    KpiService kpis;
    @Inject
    io.accountable.settings.SettingsService settings;

    /**
     * The intervals card, loaded by the dashboard after the page (a bootstrap takes up to a
     * second or two on a year of large data; the page does not wait for it).
     */
    @GET
    @Path("fragments/intervals")
    public String intervals(@Context UriInfo uri) {
        DashboardFilter filter = filters.lenient(uri).filter();
        io.accountable.i18n.Language lang = language.get();
        io.accountable.i18n.Msg m = io.accountable.i18n.Texts.msg(lang);
        try {
            io.accountable.attribution.AttributionAnswer answer = attribution.withIntervals(filter, io.accountable.filter.GroupBy.CHANNEL, 0.9,
                    io.accountable.attribution.AttributionService.DEFAULT_RESAMPLES);
            var sensitivity = attribution.sensitivity(filter);
            var rows = answer.rows();
            String currency = settings.current().currency();
            java.util.Map<String, Object> chart = io.accountable.web.ChartSpec.intervals(
                    rows.stream().map(r -> r.label() == null ? r.key() : r.label()).toList(),
                    rows.stream().map(r -> r.credit()).toList(), rows.stream().map(r -> r.low()).toList(),
                    rows.stream().map(r -> r.high()).toList(), m.axis_attributed(
                            io.accountable.i18n.Texts.message(lang, "view_name_" + filter.view().id()), currency));
            return Templates.intervals(answer, currency, filter.queryString(), sensitivity, chart).render();
        } catch (io.accountable.facts.ComputeGate.BusyException e) {
            return pending(m.intervals_heading(), m.intervals_loading(), "/fragments/intervals?" + filter.queryString());
        }
    }

    /** The trend card (24 months), loaded after the page like the trust cards. */
    @GET
    @Path("fragments/trend")
    public String trend(@Context UriInfo uri) {
        DashboardFilter filter = filters.lenient(uri).filter();
        return Templates.trend(kpis.trendPanel(filter, settings.current().currency(), language.get()),
                filter.queryString()).render();
    }

    /** The model check card, loaded after the page like the intervals. */
    @GET
    @Path("fragments/backtest")
    public String backtest(@Context UriInfo uri) {
        DashboardFilter filter = filters.lenient(uri).filter();
        try {
            return Templates.backtest(attribution.backtest(filter), filter.model().id(), filter.queryString()).render();
        } catch (io.accountable.facts.ComputeGate.BusyException e) {
            io.accountable.i18n.Msg m = io.accountable.i18n.Texts.msg(language.get());
            return pending(m.backtest_heading(), m.backtest_loading(), "/fragments/backtest?" + filter.queryString());
        }
    }

    /**
     * A trust card whose gate is full (docs/operations.md): its heading and "computing", and the
     * card asks again by itself in a few seconds. Not an error: the page's numbers are all there.
     */
    private static String pending(String heading, String text, String url) {
        return Templates.pending(heading, text, url).render();
    }

    @Inject
    DashboardService dashboard;
    @Inject
    io.accountable.i18n.CurrentLanguage language;
    @Inject
    FilterParams filters;
    @Inject
    Prewarm prewarm;

    @Inject
    io.accountable.view.SavedViewService savedViews;
    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @GET
    public jakarta.ws.rs.core.Response page(@Context UriInfo uri, @HeaderParam("HX-Request") String htmx)
            throws java.sql.SQLException {
        // "/" without parameters opens the reader's default view, when they chose one (docs/saved-views-and-schedules.md)
        if (uri.getQueryParameters().isEmpty() && !"true".equals(htmx)) {
            java.util.Optional<String> preferred = savedViews.defaultQuery(identity.getPrincipal().getName());
            if (preferred.isPresent()) {
                return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create("/?" + preferred.get())).build();
            }
        }
        DashboardFilter.Parsed parsed = filters.lenient(uri);
        prewarm.remember(parsed.filter());
        io.accountable.i18n.Language lang = language.get();
        io.accountable.i18n.ErrorMsg errors = io.accountable.i18n.ErrorMsgs.in(lang);
        List<String> notices = new java.util.ArrayList<>(java.util.stream.Stream.concat(parsed.invalid().stream(),
                parsed.ignored().stream()).map(p -> errors.default_shown(p.in(lang))).toList());
        filters.unmatched(parsed.filter()).forEach(t -> notices.add(t.in(lang)));
        DashboardView view = dashboard.view(parsed.filter(), notices, lang);
        if ("true".equals(htmx)) {
            return jakarta.ws.rs.core.Response.ok(Templates.dashboard$regions(view).render()
                    + Templates.dashboard$filter_fields(view, true).render()).build();
        }
        return jakarta.ws.rs.core.Response.ok(Templates.dashboard(view, false).data("nav", "dashboard").render())
                .build();
    }
}
