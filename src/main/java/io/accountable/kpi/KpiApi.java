package io.accountable.kpi;

import io.accountable.filter.DashboardFilter;

import io.accountable.kpi.formula.EngagementConversion;
import io.accountable.kpi.formula.PipelineStages;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code /api/kpis}: every KPI of metrics.md with its previous period and delta. */
@Path("/api/kpis")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.APPLICATION_JSON)
public class KpiApi {

    @Inject
    KpiService kpis;
    @Inject
    FilterParams filters;
    @Inject
    io.accountable.settings.SettingsService settings;
    @Inject
    io.accountable.i18n.CurrentLanguage language;

    public record KpiAnswer(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
            Map<String, KpiService.KpiValue> kpis) {
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Every KPI with its previous period and change")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    public KpiAnswer all(@Context UriInfo uri) {
        DashboardFilter filter = filters.strict(uri);
        DashboardFilter previous = filter.previous();
        return new KpiAnswer(filter.from(), filter.to(), previous.from(), previous.to(), kpis.kpis(filter));
    }

    /** A KPI of the catalogue as the API answers it. */
    public record CatalogueEntry(String id, String group, String label, String format, String polarity, String drill,
            String definition) {
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The KPI catalogue: every KPI of GET /api/kpis with its group, format, polarity, drill-down and definition", description = "One entry per KPI id of GET /api/kpis, in the order of the dashboard's tiles. 'group' is revenue, relationships or reputation; 'format' money, percent, count, decimal or days; 'polarity' HIGHER_IS_BETTER or LOWER_IS_BETTER (the tiles' better/worse reads it); 'drill' the list a tile opens, to which the dashboard adds its filter query; 'label' and 'definition' are in the language of Accept-Language, the definition written with the current settings.")
    @GET
    @Path("catalogue")
    public List<CatalogueEntry> catalogue() {
        io.accountable.i18n.Language lang = language.get();
        io.accountable.settings.Settings current = settings.current();
        return KpiCatalogue.all().stream().map(k -> new CatalogueEntry(k.id(), k.group().id(), k.label(lang),
                k.format().id(), k.polarity().name(), k.drill().toString(), k.definition(current, lang))).toList();
    }

    /** A trend: the interval, the KPIs asked for, and one point per month, oldest first. */
    public record TrendAnswer(String interval, List<String> kpis, List<Map<String, Object>> points) {
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "KPIs month by month over the 24 calendar months ending with the month of 'to'", description = "Each month is computed as GET /api/kpis computes a period (its last month ends at 'to'), for the account filters of the query; 'from' does not matter. A point is {from, to, <kpi>: value or null}.")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    @Path("trend")
    public TrendAnswer trend(
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "A KPI id of metrics.md, repeatable or comma-separated (default: revenue, pipeline_created, win_rate, pipeline_velocity); revenue_growth and roi are not available by month")
            @jakarta.ws.rs.QueryParam("kpi") List<String> kpi,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "The interval of the points: month (the default and the only one)")
            @jakarta.ws.rs.QueryParam("interval") String interval, @Context UriInfo uri) {
        DashboardFilter filter = filters.strict(uri);
        if (interval != null && !interval.isBlank() && !"month".equals(interval.trim())) {
            String shown = io.accountable.web.Quoted.shorten(interval);
            throw new io.accountable.web.BadRequestException(
                    io.accountable.i18n.ErrorMsgs.text(m -> m.trend_interval_invalid(shown)));
        }
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (String value : kpi == null ? List.<String>of() : kpi) {
            for (String id : value.split(",")) {
                String trimmed = id.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!KpiService.TREND_IDS.contains(trimmed)) {
                    String shown = io.accountable.web.Quoted.shorten(trimmed);
                    throw new io.accountable.web.BadRequestException(io.accountable.i18n.ErrorMsgs.text(
                            m -> m.trend_kpi_unknown(shown, String.join(", ", KpiService.TREND_IDS))));
                }
                ids.add(trimmed);
            }
        }
        List<String> asked = ids.isEmpty() ? KpiService.TREND_DEFAULT : List.copyOf(ids);
        List<Map<String, Object>> points = new java.util.ArrayList<>();
        for (KpiService.TrendMonth month : kpis.trend(filter, asked)) {
            Map<String, Object> point = new java.util.LinkedHashMap<>();
            point.put("from", month.from().toString());
            point.put("to", month.to().toString());
            asked.forEach(id -> point.put(id, month.values().get(id)));
            points.add(point);
        }
        return new TrendAnswer("month", asked, points);
    }

    public record StagesAnswer(LocalDate from, LocalDate to, List<PipelineStages.Stage> stages, String bottleneck) {
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Days per pipeline stage, conversion between stages and the bottleneck")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    @Path("stages")
    public StagesAnswer stages(@Context UriInfo uri) {
        DashboardFilter filter = filters.strict(uri);
        List<PipelineStages.Stage> stages = kpis.stages(filter);
        return new StagesAnswer(filter.from(), filter.to(), stages,
                stages.stream().filter(PipelineStages.Stage::bottleneck).map(PipelineStages.Stage::name).findFirst()
                        .orElse(null));
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Conversion by engagement tier, with the rank correlation")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    @Path("engagement-tiers")
    public EngagementConversion.Result engagementTiers(@Context UriInfo uri) {
        return kpis.engagementTiers(filters.strict(uri));
    }
}
