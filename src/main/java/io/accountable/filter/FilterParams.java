package io.accountable.filter;

import io.accountable.i18n.ErrorMsg;
import io.accountable.i18n.ErrorMsgs;
import io.accountable.settings.SettingsService;
import io.accountable.web.BadRequestException;
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
    /**
     * The grouping an attribution question asks for ({@code ?groupBy=}, channel when absent). An
     * unknown one is refused by {@link #strict} with the filter's other mistakes; here it falls
     * back to channel, as a lenient page does.
     */
    public GroupBy groupBy(UriInfo uri) {
        String id = uri.getQueryParameters().getFirst("groupBy");
        return id == null || id.isBlank() ? GroupBy.CHANNEL : GroupBy.of(id.trim()).orElse(GroupBy.CHANNEL);
    }

    public DashboardFilter strict(UriInfo uri) {
        DashboardFilter.Parsed parsed = DashboardFilter.parse(uri.getQueryParameters(), settings.current(), today(), plausible());
        List<io.accountable.i18n.Text> problems = parsed.invalid();
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems.get(0), problems);
        }
        return parsed.filter();
    }

    @Inject
    io.accountable.facts.FactStore store;

    /**
     * The account criteria of a filter that no account of the data has ({@code tier=platinum}):
     * each a notice naming the values there are. The filter keeps them (nothing matches, as
     * asked); a page says why it is empty. Empty when the facts are not available.
     */
    public List<io.accountable.i18n.Text> unmatched(DashboardFilter filter) {
        io.accountable.facts.Facts f;
        try {
            f = store.facts();
        } catch (RuntimeException e) {
            return List.of();
        }
        List<io.accountable.i18n.Text> out = new java.util.ArrayList<>();
        unmatched(filter.tier(), f.tiers, (m, v, k) -> m.no_such_tier(v, k), out);
        unmatched(filter.segment(), f.segments, (m, v, k) -> m.no_such_segment(v, k), out);
        unmatched(filter.region(), f.regions, (m, v, k) -> m.no_such_region(v, k), out);
        unmatched(filter.industry(), f.industries, (m, v, k) -> m.no_such_industry(v, k), out);
        return out;
    }

    private interface Unmatched {
        String say(ErrorMsg m, String value, String known);
    }

    private static void unmatched(String value, io.accountable.facts.Facts.Dictionary known, Unmatched message,
            List<io.accountable.i18n.Text> out) {
        if (value == null || value.isBlank() || known.values().contains(value)) {
            return;
        }
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        String list = known.values().stream().filter(v -> v != null && !v.isBlank()).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
        out.add(ErrorMsgs.text(m -> message.say(m, shown, list)));
    }

    /** For pages: invalid values fall back to defaults; the problems are shown as a notice. */
    public DashboardFilter.Parsed lenient(UriInfo uri) {
        return DashboardFilter.parse(uri.getQueryParameters(), settings.current(), today(), plausible());
    }
}
