package io.accountable.kpi;

import io.accountable.kpi.formula.EngagementConversion;
import io.accountable.kpi.formula.PipelineStages;
import io.accountable.security.Role;
import io.accountable.web.FilterParams;
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
