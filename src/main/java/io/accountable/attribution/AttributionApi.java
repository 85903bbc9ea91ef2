package io.accountable.attribution;

import io.accountable.attribution.engine.ModelId;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /api/attribution}: the JSON API of data-and-api.md. */
@Path("/api/attribution")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.APPLICATION_JSON)
public class AttributionApi {

    @Inject
    AttributionService attribution;
    @Inject
    FilterParams filters;

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Credit by channel (or groupBy) under one model")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    public AttributionAnswer attribution(@Context UriInfo uri,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "Adds low and high to every row: a bootstrap interval at this level, between 0 and 1 (e.g. 0.9)")
            @jakarta.ws.rs.QueryParam("interval") String interval,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "Bootstrap resamples of the interval, 20 to 1000 (default 200)")
            @jakarta.ws.rs.QueryParam("resamples") String resamples) {
        DashboardFilter filter = filters.strict(uri);
        if (interval == null || interval.isBlank()) {
            if (resamples != null && !resamples.isBlank()) {
                throw new io.accountable.web.BadRequestException(
                        io.accountable.i18n.ErrorMsgs.text(m -> m.resamples_need_interval()));
            }
            return attribution.attribute(filter, filters.groupBy(uri));
        }
        double level;
        try {
            level = Double.parseDouble(interval.trim());
        } catch (NumberFormatException e) {
            level = Double.NaN;
        }
        if (!(level > 0 && level < 1)) {
            throw new io.accountable.web.BadRequestException(
                    io.accountable.i18n.ErrorMsgs.text(m -> m.interval_invalid(interval)));
        }
        int n = AttributionService.DEFAULT_RESAMPLES;
        if (resamples != null && !resamples.isBlank()) {
            try {
                n = Integer.parseInt(resamples.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 20 || n > 1000) {
                throw new io.accountable.web.BadRequestException(
                        io.accountable.i18n.ErrorMsgs.text(m -> m.resamples_invalid(resamples)));
            }
        }
        return attribution.withIntervals(filter, filters.groupBy(uri), level, n);
    }

    /** Every model's rows side by side: {@code {"models": {model: rows}}}, with each model's totals beside. */
    public record Comparison(String view, LocalDate from, LocalDate to, String groupBy, double total,
            double unattributed, int conversions, Map<String, List<AttributionAnswer.Row>> models,
            Map<String, AttributionAnswer> answers) {
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The most frequent channel paths (channels in order, consecutive repeats collapsed) of converting and non-converting journeys, with journeys, conversions, conversion rate and value; the rest in 'other', so that the rows add up to the totals")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    @Path("paths")
    public PathsAnswer paths(@Context UriInfo uri,
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "How many paths get a row, 1 to 100 (default 20, also when blank); the others add up in 'other'")
            @jakarta.ws.rs.QueryParam("top") String top) {
        DashboardFilter filter = filters.strict(uri);
        int n = AttributionService.DEFAULT_TOP_PATHS;
        if (top != null && !top.isBlank()) {
            try {
                n = Integer.parseInt(top.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > AttributionService.MAX_TOP_PATHS) {
                String shown = top.length() > 60 ? top.substring(0, 60) + "…" : top;
                throw new io.accountable.web.BadRequestException(
                        io.accountable.i18n.ErrorMsgs.text(m -> m.top_invalid(shown)));
            }
        }
        return attribution.paths(filter, n);
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "How the channel ranking moves with the lookback (and, for time decay, the half-life): credit per channel and Kendall's tau against the current ranking")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    @Path("sensitivity")
    public AttributionService.Sensitivity sensitivity(@Context UriInfo uri) {
        return attribution.sensitivity(filters.strict(uri));
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Which model fits your data: every model scored on outcomes simulated with known channel effects on your own journeys, and a held-out predictive check of the data-driven models")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    @Path("backtest")
    public BacktestAnswer backtest(@Context UriInfo uri) {
        return attribution.backtest(filters.strict(uri));
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "All ten models side by side, with totals that add up to the revenue")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    @Path("compare")
    public Comparison compare(@Context UriInfo uri) {
        DashboardFilter filter = filters.strict(uri);
        io.accountable.filter.GroupBy by = filters.groupBy(uri);
        Map<ModelId, AttributionAnswer> all = attribution.compare(filter, by);
        Map<String, List<AttributionAnswer.Row>> rows = new LinkedHashMap<>();
        Map<String, AttributionAnswer> answers = new LinkedHashMap<>();
        all.forEach((model, answer) -> {
            rows.put(model.id(), answer.rows());
            answers.put(model.id(), answer);
        });
        AttributionAnswer any = all.values().iterator().next();
        return new Comparison(filter.view().id(), filter.from(), filter.to(), by.id(), any.total(),
                any.unattributed(), any.conversions(), rows, answers);
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Why one deal's credit is what it is: credited touches, milestones, removal effects or Shapley values")
    @org.eclipse.microprofile.openapi.annotations.extensions.Extension(name = "x-dashboard-filter", value = "true")
    @GET
    @Path("opportunity/{id}")
    public AttributionService.Explanation opportunity(@PathParam("id") String id, @Context UriInfo uri) {
        boolean datesGiven = uri.getQueryParameters().containsKey("from") || uri.getQueryParameters().containsKey("to")
                || uri.getQueryParameters().containsKey("period");
        return attribution.explain(id, filters.strict(uri), datesGiven);
    }
}
