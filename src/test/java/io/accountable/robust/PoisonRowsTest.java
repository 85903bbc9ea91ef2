package io.accountable.robust;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.facts.FactStore;
import io.accountable.facts.Facts;
import io.accountable.security.Role;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows that an import no longer accepts but that may already be stored (an older version, a
 * hand edit): an instant of year -999,999,999 (H2; PostgreSQL cannot store it, so year 200,000
 * there) in every table that has one. The facts leave exactly these rows out, every page and
 * API route still answers 200, admins see a warning, readiness stays UP and says what was left out.
 */
@QuarkusTest
class PoisonRowsTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    FactStore facts;

    private OffsetDateTime poison;
    private LocalDate poisonDate;

    static final List<String> PAGES = List.of("/", "/?period=year_to_date", "/accounts", "/accounts/PZ-A1",
            "/accounts/export.csv", "/reports", "/import", "/settings", "/users", "/reports/executive.pdf",
            "/reports/accounts/PZ-A1.pdf");
    static final List<String> API = List.of("/api/kpis", "/api/kpis/stages", "/api/kpis/engagement-tiers",
            "/api/attribution", "/api/attribution?model=markov", "/api/attribution?model=shapley",
            "/api/attribution/compare", "/api/attribution/compare?lookbackDays=all&target=any",
            "/api/attribution/opportunity/PZ-O2", "/api/accounts/PZ-A1", "/api/imports", "/api/export/touchpoints",
            "/api/export/opportunities");

    @BeforeEach
    void insertPoison() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            boolean postgres = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
            poison = postgres ? OffsetDateTime.of(200_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                    : OffsetDateTime.of(-999_999_999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            poisonDate = poison.toLocalDate();
            st.execute("insert into account (external_id, name, segment, target) values ('PZ-A1', 'Poison', 'pz', true)");
            insert(c, "insert into contact (external_id, account_id, role, created_at) select 'PZ-c1', id, 'user', ? "
                    + "from account where external_id = 'PZ-A1'");
            insert(c, "insert into touchpoint (external_id, account_id, channel, type, occurred_at) select 'PZ-t1', id, "
                    + "'email', 'email_sent', ? from account where external_id = 'PZ-A1'");
            st.execute("insert into touchpoint (external_id, account_id, channel, type, occurred_at) select 'PZ-t2', id, "
                    + "'email', 'email_open', current_timestamp from account where external_id = 'PZ-A1'");
            insert(c, "insert into opportunity (external_id, account_id, amount, status, created_at) select 'PZ-O1', id, "
                    + "1000, 'open', ? from account where external_id = 'PZ-A1'");
            st.execute("insert into opportunity (external_id, account_id, amount, status, created_at, closed_at) select "
                    + "'PZ-O2', id, 1000, 'won', current_timestamp, current_timestamp from account where external_id = 'PZ-A1'");
            insert(c, "insert into stage_change (opportunity_id, stage, entered_at) select id, 'proposal', ? "
                    + "from opportunity where external_id = 'PZ-O2'");
            st.execute("insert into stage_change (opportunity_id, stage, entered_at) select id, 'discovery', "
                    + "current_timestamp from opportunity where external_id = 'PZ-O1'");
            insert(c, "insert into nps_response (external_id, account_id, score, responded_at) select 'PZ-n1', id, 9, ? "
                    + "from account where external_id = 'PZ-A1'");
            try (PreparedStatement ps = c.prepareStatement("insert into cost (external_id, cost_date, amount, channel, "
                    + "category, team) values ('PZ-k1', ?, 10, 'email', 'media', 'marketing')")) {
                ps.setObject(1, poisonDate);
                ps.executeUpdate();
            }
        }
        facts.invalidate();
    }

    private void insert(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, poison);
            ps.executeUpdate();
        }
    }

    @AfterEach
    void removePoison() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("delete from stage_change where opportunity_id in (select id from opportunity where external_id like 'PZ-%')");
            for (String table : List.of("nps_response", "cost", "touchpoint", "opportunity", "contact", "account")) {
                st.execute("delete from " + table + " where external_id like 'PZ-%'");
            }
        }
        facts.invalidate();
    }

    @Test
    void shouldLeaveOutExactlyThePoisonedRowsAndCountThem() {
        Facts f = facts.facts();
        // contact: the value left out, the row kept; touch, opportunity, stage change of the good
        // opportunity, the stage change of the left-out opportunity, NPS and cost: the rows left out
        assertEquals(1, f.unreadable.counts().get("contact"));
        assertEquals(1, f.unreadable.counts().get("touchpoint"));
        assertEquals(1, f.unreadable.counts().get("opportunity"));
        assertEquals(2, f.unreadable.counts().get("stage_change"));
        assertEquals(1, f.unreadable.counts().get("nps_response"));
        assertEquals(1, f.unreadable.counts().get("cost"));
        Integer account = f.accountIndexByExternalId("PZ-A1");
        assertEquals(1, f.touchStart[account + 1] - f.touchStart[account], "the good touch is kept");
        assertTrue(f.opportunityIndexByExternalId("PZ-O2") != null);
        assertEquals(null, f.opportunityIndexByExternalId("PZ-O1"));
        assertTrue(f.unreadable.rows().stream().anyMatch(r -> r.table().equals("touchpoint")
                && r.column().equals("occurred_at")), f.unreadable.rows().toString());
    }

    @Test
    void shouldAnswerEveryPageAndApiRouteWith200() {
        for (String path : PAGES) {
            as(Role.ADMIN).get(path).then().statusCode(200);
        }
        for (String path : API) {
            api(Role.ADMIN).get(path).then().statusCode(200);
        }
    }

    @Test
    void shouldWarnAdminsOnlyAndStayReady() {
        as(Role.ADMIN).get("/").then().statusCode(200).body(containsString("Data warning"))
                .body(containsString("touchpoint id"));
        as(Role.VIEWER).get("/").then().statusCode(200).body(not(containsString("Data warning")));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("left out of the numbers"));
    }
}
