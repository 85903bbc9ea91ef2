package io.accountable.kpi;

import static io.accountable.TestUsers.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.accountable.facts.FactStore;
import io.accountable.security.Role;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/kpis} on a small data set added beside the demo data: its accounts have their
 * own segment and its dates lie in 2020, before any demo record, so every KPI below can be
 * computed by hand (the arithmetic is in the comments).
 */
@QuarkusTest
class KpiFixedDataTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    FactStore facts;

    private static final String[] INSERTS = {
        "insert into account (external_id, name, segment, target) values ('FX-A1', 'Fixture One', 'fixture', true),"
                + " ('FX-A2', 'Fixture Two', 'fixture', true)",
        "insert into contact (external_id, account_id, role) select 'FX-c1', id, 'decision_maker' from account where external_id = 'FX-A1'",
        "insert into contact (external_id, account_id, role) select 'FX-c2', id, 'champion' from account where external_id = 'FX-A1'",
        "insert into contact (external_id, account_id, role) select 'FX-c3', id, 'user' from account where external_id = 'FX-A2'",
        "insert into opportunity (external_id, account_id, amount, status, created_at, closed_at, contract_months)"
                + " select 'FX-O1', id, 120000, 'won', timestamp with time zone '2020-01-10 00:00:00+00',"
                + " timestamp with time zone '2020-02-19 00:00:00+00', 24 from account where external_id = 'FX-A1'",
        "insert into opportunity (external_id, account_id, amount, status, created_at, closed_at)"
                + " select 'FX-O2', id, 30000, 'lost', timestamp with time zone '2020-01-15 00:00:00+00',"
                + " timestamp with time zone '2020-03-01 00:00:00+00' from account where external_id = 'FX-A2'",
        "insert into touchpoint (external_id, account_id, contact_id, channel, type, occurred_at, funnel_stage)"
                + " select 'FX-t1', a.id, c.id, 'paid_social', 'ad_click', timestamp with time zone '2020-01-05 00:00:00+00', 'tofu'"
                + " from account a, contact c where a.external_id = 'FX-A1' and c.external_id = 'FX-c1'",
        "insert into touchpoint (external_id, account_id, contact_id, channel, type, occurred_at, funnel_stage)"
                + " select 'FX-t2', a.id, c.id, 'email', 'email_sent', timestamp with time zone '2020-01-20 00:00:00+00', 'mofu'"
                + " from account a, contact c where a.external_id = 'FX-A1' and c.external_id = 'FX-c2'",
        "insert into touchpoint (external_id, account_id, contact_id, channel, type, occurred_at, funnel_stage)"
                + " select 'FX-t3', a.id, c.id, 'sdr_outreach', 'meeting', timestamp with time zone '2020-02-01 00:00:00+00', 'bofu'"
                + " from account a, contact c where a.external_id = 'FX-A2' and c.external_id = 'FX-c3'",
        "insert into nps_response (external_id, account_id, score, responded_at) select 'FX-n1', id, 9,"
                + " timestamp with time zone '2020-03-01 00:00:00+00' from account where external_id = 'FX-A1'",
        "insert into cost (external_id, cost_date, amount, channel, category, team) values"
                + " ('FX-k1', date '2020-01-15', 12000, 'paid_social', 'media', 'marketing')"};

    private void run(String... statements) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
        facts.invalidate();
    }

    @BeforeEach
    void insertFixture() throws Exception {
        run(INSERTS);
    }

    @AfterEach
    void removeFixture() throws Exception {
        run("delete from nps_response where external_id like 'FX-%'", "delete from cost where external_id like 'FX-%'",
                "delete from touchpoint where external_id like 'FX-%'",
                "delete from opportunity where external_id like 'FX-%'",
                "delete from contact where external_id like 'FX-%'", "delete from account where external_id like 'FX-%'");
    }

    @Test
    void shouldAnswerTheKpisComputedByHand() {
        JsonPath k = api(Role.VIEWER).get("/api/kpis?from=2020-01-01&to=2020-03-31&segment=fixture").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(120_000.0, k.getDouble("kpis.revenue.value"), 1e-6);            // FX-O1 won
        assertEquals(120_000.0, k.getDouble("kpis.avg_deal_size.value"), 1e-6);
        assertEquals(150_000.0, k.getDouble("kpis.pipeline_created.value"), 1e-6);   // 120k + 30k
        assertEquals(120_000.0, k.getDouble("kpis.influenced_pipeline.value"), 1e-6); // FX-O2 had no touch before it
        assertEquals(120_000.0, k.getDouble("kpis.sourced_pipeline.value"), 1e-6);   // first touch paid_social
        assertEquals(0.5, k.getDouble("kpis.win_rate.value"), 1e-9);                  // 1 won, 1 lost
        assertEquals(40.0, k.getDouble("kpis.sales_cycle_days.value"), 1e-9);         // Jan 10 to Feb 19
        assertEquals(2 * 0.5 * 120_000 / 40, k.getDouble("kpis.pipeline_velocity.value"), 1e-6);
        assertEquals(60_000.0, k.getDouble("kpis.acv.value"), 1e-6);                  // 120k over 2 years
        assertEquals(120_000.0, k.getDouble("kpis.tam.value"), 1e-6);                 // 2 accounts * 60k
        assertEquals(12_000.0, k.getDouble("kpis.cac.value"), 1e-6);                  // 12k media / 1 new customer
        assertEquals(60_000 * 0.75 / 0.10 - 12_000, k.getDouble("kpis.clv.value"), 1e-6);
        assertEquals(2.0, k.getDouble("kpis.engaged_accounts.value"), 1e-9);
        assertEquals(1.0, k.getDouble("kpis.influenced_account_rate.value"), 1e-9);
        assertEquals(1.0, k.getDouble("kpis.account_penetration.value"), 1e-9);      // 2/2 and 1/1
        assertEquals(0.0, k.getDouble("kpis.buying_committee_coverage.value"), 1e-9);
        assertEquals(0.5, k.getDouble("kpis.meetings_per_account.value"), 1e-9);
        assertEquals(0.5, k.getDouble("kpis.account_conversion_rate.value"), 1e-9);
        assertEquals(100.0, k.getDouble("kpis.nps.value"), 1e-9);                     // one promoter
        assertEquals(1 / 3.0, k.getDouble("kpis.engagement_quality.value"), 1e-9);   // the meeting, of 3 touches
        assertEquals(0.0, k.getDouble("kpis.email_open_rate.value"), 1e-9);          // 1 sent, 0 opened
        assertEquals(3.0, k.getDouble("kpis.content_engagement_by_stage.value.total"), 1e-9);
        // The previous period (2019-10-03 to 2019-12-31) holds nothing: sums 0, ratios blank, deltas blank.
        assertEquals(0.0, k.getDouble("kpis.revenue.previous"), 1e-9);
        assertNull(k.get("kpis.revenue.delta"));
        assertNull(k.get("kpis.win_rate.previous"));
    }
}
