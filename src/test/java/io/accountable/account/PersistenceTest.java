package io.accountable.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.accountable.campaign.Campaign;
import io.accountable.campaign.Cost;
import io.accountable.opportunity.Opportunity;
import io.accountable.opportunity.StageChange;
import io.accountable.touchpoint.Touchpoint;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Every entity is written and read back unchanged (on H2, and on PostgreSQL in CI). */
@QuarkusTest
class PersistenceTest {

    @Test
    void shouldWriteAndReadBackEveryKindOfRecord() {
        Instant at = Instant.parse("2026-03-01T14:05:00.123Z");
        QuarkusTransaction.requiringNew().run(() -> {
            Account account = new Account();
            account.externalId = "RT-ACC";
            account.name = "Round Trip Ltd";
            account.domain = "roundtrip.example";
            account.tier = "one_to_few";
            account.segment = "mid_market";
            account.region = "emea";
            account.industry = "software";
            account.target = false;
            account.employees = 120;
            account.annualRevenue = new BigDecimal("1234567.8900");
            account.createdAt = at;
            account.persist();
            Contact contact = new Contact();
            contact.externalId = "RT-CON";
            contact.account = account;
            contact.role = "champion";
            contact.createdAt = at;
            contact.persist();
            Campaign campaign = new Campaign();
            campaign.externalId = "RT-CMP";
            campaign.name = "Round trip";
            campaign.channel = "paid_social";
            campaign.startDate = LocalDate.of(2026, 1, 1);
            campaign.budget = new BigDecimal("5000.0000");
            campaign.persist();
            Touchpoint touch = new Touchpoint();
            touch.externalId = "RT-TCH";
            touch.account = account;
            touch.contact = contact;
            touch.campaign = campaign;
            touch.channel = "paid_social";
            touch.type = "ad_click";
            touch.occurredAt = at;
            touch.funnelStage = "tofu";
            touch.persist();
            Opportunity opp = new Opportunity();
            opp.externalId = "RT-OPP";
            opp.account = account;
            opp.amount = new BigDecimal("120000.0000");
            opp.status = "won";
            opp.createdAt = at;
            opp.closedAt = at.plus(45, ChronoUnit.DAYS);
            opp.contractMonths = 24;
            opp.oneTimeFees = new BigDecimal("1000.0000");
            opp.currency = "USD";
            opp.persist();
            StageChange stage = new StageChange();
            stage.opportunity = opp;
            stage.stage = "proposal";
            stage.enteredAt = at;
            stage.persist();
            Cost cost = new Cost();
            cost.externalId = "RT-COST";
            cost.date = LocalDate.of(2026, 3, 1);
            cost.amount = new BigDecimal("99.5000");
            cost.campaign = campaign;
            cost.category = "media";
            cost.persist();
            NpsResponse nps = new NpsResponse();
            nps.externalId = "RT-NPS";
            nps.account = account;
            nps.contact = contact;
            nps.score = 9;
            nps.respondedAt = at;
            nps.comment = "Ça marche — \"quoted\"";
            nps.persist();
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Account account = Account.findByExternalId("RT-ACC");
            assertEquals("Round Trip Ltd", account.name);
            assertEquals(0, new BigDecimal("1234567.89").compareTo(account.annualRevenue));
            assertEquals(at, account.createdAt);
            assertEquals(false, account.target);
            Touchpoint touch = Touchpoint.find("externalId", "RT-TCH").firstResult();
            assertEquals(at, touch.occurredAt);
            assertEquals("RT-CON", touch.contact.externalId);
            assertEquals("RT-CMP", touch.campaign.externalId);
            Opportunity opp = Opportunity.find("externalId", "RT-OPP").firstResult();
            assertEquals(at.plus(45, ChronoUnit.DAYS), opp.closedAt);
            assertEquals(24, opp.contractMonths);
            StageChange stage = StageChange.find("opportunity", opp).firstResult();
            assertEquals("proposal", stage.stage);
            Cost cost = Cost.find("externalId", "RT-COST").firstResult();
            assertEquals(LocalDate.of(2026, 3, 1), cost.date);
            assertEquals("marketing", cost.team);
            NpsResponse nps = NpsResponse.find("externalId", "RT-NPS").firstResult();
            assertEquals("Ça marche — \"quoted\"", nps.comment);
            assertNotNull(nps.id);
            // Leave the demo data as it was for the other tests.
            NpsResponse.delete("externalId", "RT-NPS");
            Cost.delete("externalId", "RT-COST");
            StageChange.delete("opportunity", opp);
            Opportunity.delete("externalId", "RT-OPP");
            Touchpoint.delete("externalId", "RT-TCH");
            Campaign.delete("externalId", "RT-CMP");
            Contact.delete("externalId", "RT-CON");
            Account.delete("externalId", "RT-ACC");
        });
    }
}
