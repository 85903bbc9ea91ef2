package io.accountable.dashboard.card;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.i18n.Language;
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

/** The flow card's region of the dashboard (the Sankey-style SVG and its table), loaded after the page. */
@Path("/fragments/flow")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.TEXT_HTML)
public class FlowController {

    @Inject
    CardCatalogue cards;
    @Inject
    FilterParams filters;
    @Inject
    io.accountable.settings.SettingsService settings;
    @Inject
    CurrentLanguage language;
    @Location("dashboard/flow.html")
    Template template;

    @GET
    public String region(@Context UriInfo uri) {
        DashboardFilter filter = filters.lenient(uri).filter();
        Language lang = language.get();
        Msg m = Texts.msg(lang);
        Card flow = cards.card("flow", filter, lang).orElseThrow();
        return template.data("card", flow).data("svg", CardCatalogue.flowSvg(flow, m.flow_chart_label(), lang))
                .data("columns", columns(lang)).data("rows", rows(flow, settings.current().currency(), lang)).data("query", filter.queryString())
                .data("without", without(flow, lang)).render();
    }

    /** The headers of the flow card's table. */
    public static java.util.List<String> columns(Language lang) {
        Msg m = Texts.msg(lang);
        return java.util.List.of(m.flow_first(), m.flow_last(), m.conversions(), m.share(), m.path_value());
    }

    /** The flow card's rows as its table writes them. */
    public static java.util.List<java.util.List<String>> rows(Card flow, String currency, Language lang) {
        return flow.rows().stream().map(r -> java.util.List.of((String) r.get("first_label"),
                (String) r.get("last_label"),
                io.accountable.web.Numbers.number(((Number) r.get("conversions")).doubleValue(), lang),
                io.accountable.web.Numbers.percent((Double) r.get("share"), lang),
                io.accountable.web.Numbers.money(((Number) r.get("value")).doubleValue(), currency, lang))).toList();
    }

    /** The sentence under the flow when some conversions had no touch, else null. */
    public static String without(Card flow, Language lang) {
        int none = ((Number) flow.totals().get("without_touches")).intValue();
        int all = ((Number) flow.totals().get("conversions")).intValue();
        return none == 0 ? null : Texts.msg(lang).flow_without_touches(io.accountable.web.Numbers.number((double) none, lang),
                io.accountable.web.Numbers.number((double) all, lang));
    }
}
