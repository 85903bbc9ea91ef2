package io.accountable.web;

import io.accountable.kpi.DashboardFilter;
import io.accountable.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;

/** Parses the {@link DashboardFilter} of a request: strictly for the API, leniently for pages. */
@ApplicationScoped
public class FilterParams {

    @Inject
    SettingsService settings;
    @Inject
    io.accountable.AccountableConfig config;

    /** The dates a filter may name, around today. */
    public io.accountable.PlausibleRange plausible() {
        return io.accountable.PlausibleRange.of(config.plausible().earliest(), config.plausible().ahead(), today());
    }

    public LocalDate today() {
        return LocalDate.now(settings.current().zone());
    }

    /** For the API: any invalid value is a 400 listing every problem. Unknown parameters are ignored. */
    public DashboardFilter strict(UriInfo uri) {
        DashboardFilter.Parsed parsed = DashboardFilter.parse(uri.getQueryParameters(), settings.current(), today(), plausible());
        List<io.accountable.i18n.Text> problems = parsed.invalid();
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems.get(0), problems);
        }
        return parsed.filter();
    }

    /** For pages: invalid values fall back to defaults; the problems are shown as a notice. */
    public DashboardFilter.Parsed lenient(UriInfo uri) {
        return DashboardFilter.parse(uri.getQueryParameters(), settings.current(), today(), plausible());
    }
}
