package io.accountable.kpi;

import static io.accountable.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.facts.FactStore;
import io.accountable.security.Role;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** New facts (after an import) are warmed with the dashboards people opened lately, not only the presets. */
@QuarkusTest
class PrewarmTest {

    @Inject
    Prewarm prewarm;
    @Inject
    FactStore store;

    private static double kpiMisses() {
        var counter = Metrics.globalRegistry.find("accountable.cache.requests").tag("cache", "kpis").tag("result", "miss")
                .functionCounter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void shouldComputeAgainTheDashboardsOpenedLatelyWhenNewFactsArrive() throws Exception {
        String q = "/?period=last_12_months&target=any&lookbackDays=123&model=position_based";
        as(Role.VIEWER).get(q).then().statusCode(200);
        assertTrue(prewarm.recent().stream().anyMatch(f -> Integer.valueOf(123).equals(f.lookbackDays())),
                "the filter is remembered");

        // new facts with other numbers (a rebuild that finds the same numbers keeps the caches and warms nothing)
        store.invalidate();
        store.facts();
        long generation = store.generation();
        long deadline = System.currentTimeMillis() + 60_000;
        while (prewarm.warmed() < generation && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(prewarm.warmed() >= generation, "the new facts were warmed");
        double before = kpiMisses();
        as(Role.VIEWER).get(q).then().statusCode(200);
        assertEquals(before, kpiMisses(), "the dashboard opened lately answered from the warmed cache");
    }
}
