package io.accountable.kpi;

import io.accountable.filter.DashboardFilter;

import io.accountable.attribution.AttributionService;
import io.accountable.facts.FactStore.FactsReady;
import io.accountable.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Computes the dashboard's common views (the period presets, both views, every model) as soon
 * as new facts are ready, in the background: moving between presets and models then answers
 * from the cache instead of running the data-driven models while an executive waits. Then the
 * dashboards people opened lately (the last {@value #RECENT} filters) are computed again on the
 * new facts, so that an import does not leave everyone in front of a cold cache.
 */
@ApplicationScoped
public class Prewarm {

    private static final Logger LOG = Logger.getLogger(Prewarm.class);

    @Inject
    AttributionService attribution;
    @Inject
    KpiService kpis;
    @Inject
    SettingsService settings;
    @Inject
    DashboardService dashboard;

    static final int RECENT = 64;

    /** The dashboards opened lately, by their query: the newest {@value #RECENT}. */
    private final com.github.benmanes.caffeine.cache.Cache<String, DashboardFilter> recent =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(RECENT).build();

    /** The facts generation whose views were last computed ahead (for tests and logs). */
    private volatile long warmed = -1;

    long warmed() {
        return warmed;
    }

    /** A dashboard was opened with this filter. */
    public void remember(DashboardFilter filter) {
        recent.put(filter.queryString(), filter);
    }

    void onFactsReady(@ObservesAsync FactsReady ready) {
        long started = System.nanoTime();
        try {
            LocalDate today = LocalDate.now(settings.current().zone());
            for (String period : List.of("last_12_months", "this_quarter", "year_to_date", "last_quarter")) {
                for (String view : List.of("revenue", "pipeline")) {
                    DashboardFilter filter = DashboardFilter.parse(Map.of("period", List.of(period), "view",
                            List.of(view)), settings.current(), today).filter();
                    attribution.compare(filter, io.accountable.filter.GroupBy.CHANNEL);
                    attribution.compare(filter.previous(), io.accountable.filter.GroupBy.CHANNEL);
                    kpis.snapshot(filter);
                    kpis.panels(filter, settings.current().currency(), io.accountable.i18n.Language.EN);
                    attribution.attribute(filter, io.accountable.filter.GroupBy.CAMPAIGN);
                }
            }
            LOG.infof("Pre-computed the common dashboard views in %d ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Could not pre-compute the common dashboard views; they are computed on first use", e);
        }
        long again = System.nanoTime();
        List<DashboardFilter> lately = List.copyOf(recent.asMap().values());
        int done = 0;
        for (DashboardFilter filter : lately) {
            try {
                dashboard.view(filter, List.of(), io.accountable.i18n.Language.EN);
                done++;
            } catch (RuntimeException e) {
                // busy or no longer valid: computed on first use
            }
        }
        if (!lately.isEmpty()) {
            LOG.infof("Pre-computed %d of the %d dashboards opened lately in %d ms", done, lately.size(),
                    (System.nanoTime() - again) / 1_000_000);
        }
        warmed = ready.generation();
    }

    /** The filters that will be computed again on the next facts (for tests). */
    List<DashboardFilter> recent() {
        return List.copyOf(recent.asMap().values());
    }

}
