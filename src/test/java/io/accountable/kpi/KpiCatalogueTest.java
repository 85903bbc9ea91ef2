package io.accountable.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.i18n.Language;
import io.accountable.kpi.formula.ExecutiveKpis;
import io.accountable.settings.Settings;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue is the one home of a KPI's facts: complete, each id once, definitions that read the settings. */
class KpiCatalogueTest {

    private static Settings with(double grossMargin, double churn, double engagementHalfLife, List<String> highIntent,
            List<String> sales) {
        Settings d = Settings.defaults();
        return new Settings(d.currency(), d.timeZone(), grossMargin, churn, d.touchTypeWeights(), highIntent, sales,
                engagementHalfLife, d.defaultModel(), d.defaultView(), d.lookbackDays(), d.timeDecayHalfLifeDays(),
                d.positionFirstShare(), d.positionLastShare());
    }

    @Test
    void shouldHoldEveryKpiOfTheApiExactlyOnce() {
        List<String> ids = KpiCatalogue.all().stream().map(KpiCatalogue.Kpi::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "each id once: " + ids);
        assertEquals(Set.of(ExecutiveKpis.IDS), Set.copyOf(ids), "the ids of /api/kpis");
        for (String id : ExecutiveKpis.IDS) {
            assertEquals(1, ids.stream().filter(id::equals).count(), id);
        }
        // every group has tiles, and the groups in order cover the catalogue
        int total = 0;
        for (KpiCatalogue.Group g : KpiCatalogue.Group.values()) {
            assertFalse(KpiCatalogue.of(g).isEmpty(), g.name());
            total += KpiCatalogue.of(g).size();
        }
        assertEquals(ExecutiveKpis.IDS.length, total);
    }

    @Test
    void shouldCallCostsAndCycleTimesLowerIsBetter() {
        Set<String> lower = KpiCatalogue.all().stream()
                .filter(k -> k.polarity() == KpiCatalogue.Polarity.LOWER_IS_BETTER).map(KpiCatalogue.Kpi::id)
                .collect(Collectors.toSet());
        assertEquals(Set.of("cac", "cac_fully_loaded", "sales_cycle_days", "sales_cycle_days_median"), lower);
        assertEquals(lower, KpiCatalogue.LOWER_IS_BETTER);
        assertEquals(KpiCatalogue.Polarity.HIGHER_IS_BETTER, KpiCatalogue.get("revenue").polarity());
    }

    @Test
    void shouldDefineEveryKpiInOneSentenceInEveryLanguage() {
        Settings s = Settings.defaults();
        for (KpiCatalogue.Kpi k : KpiCatalogue.all()) {
            for (Language language : Language.values()) {
                String text = k.definition(s, language);
                assertFalse(text.isBlank(), k.id());
                assertFalse(text.contains("{"), k.id() + ": a parameter left unwritten: " + text);
                assertTrue(text.endsWith("."), k.id() + ": one sentence: " + text);
            }
        }
    }

    @Test
    void shouldWriteTheSettingsADefinitionReads() {
        Settings d = Settings.defaults();
        Settings other = with(0.6, 0.2, 45, List.of("meeting"), List.of("sdr_outreach", "events"));
        String score = KpiCatalogue.get("engagement_score").definition(d, Language.EN);
        assertTrue(score.contains("halved every 30 days of age"), score);
        String score45 = KpiCatalogue.get("engagement_score").definition(other, Language.EN);
        assertTrue(score45.contains("halved every 45 days of age"), score45);

        String clv = KpiCatalogue.get("clv").definition(d, Language.EN);
        assertTrue(clv.contains("75.0 %") && clv.contains("10.0 %"), clv);
        String clvOther = KpiCatalogue.get("clv").definition(other, Language.EN);
        assertTrue(clvOther.contains("60.0 %") && clvOther.contains("20.0 %"), clvOther);

        assertNotEquals(KpiCatalogue.get("engagement_quality").definition(d, Language.EN),
                KpiCatalogue.get("engagement_quality").definition(other, Language.EN));
        assertNotEquals(KpiCatalogue.get("sourced_pipeline").definition(d, Language.EN),
                KpiCatalogue.get("sourced_pipeline").definition(other, Language.EN));
        // a definition that reads no setting does not change
        assertEquals(KpiCatalogue.get("win_rate").definition(d, Language.EN),
                KpiCatalogue.get("win_rate").definition(other, Language.EN));
    }

    @Test
    void shouldDrillPipelineCreatedToTheOpportunitiesAndTheRestToTheAccounts() {
        assertEquals("/opportunities?period=last_12_months&drill=created&sort=amount&dir=desc",
                KpiCatalogue.get("pipeline_created").drill().url("period=last_12_months"));
        assertEquals("/accounts", KpiCatalogue.get("revenue").drill().path());
        assertTrue(KpiCatalogue.get("revenue").drill().query().startsWith("drill=won&sort=won_revenue"));
        assertTrue(Arrays.stream(ExecutiveKpis.IDS).map(KpiCatalogue::get)
                .allMatch(k -> k.drill().path().equals("/accounts") || k.id().equals("pipeline_created")));
    }

    @Test
    void shouldWriteValuesByTheFormat() {
        assertEquals(KpiService.display("win_rate", 0.5, "USD", Language.EN),
                KpiCatalogue.get("win_rate").format(0.5, "USD", Language.EN));
        assertEquals(KpiCatalogue.Format.DAYS, KpiCatalogue.get("sales_cycle_days").format());
        assertEquals(KpiCatalogue.Format.MONEY, KpiCatalogue.get("pipeline_created").format());
    }
}
