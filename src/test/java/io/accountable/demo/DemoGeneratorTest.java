package io.accountable.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoGeneratorTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 22);

    /** Keeps everything, for checks on a small data set. */
    static final class Recorder implements DemoSink {
        final List<Object> all = new ArrayList<>();
        final List<AccountRow> accounts = new ArrayList<>();
        final List<ContactRow> contacts = new ArrayList<>();
        final List<CampaignRow> campaigns = new ArrayList<>();
        final List<TouchRow> touches = new ArrayList<>();
        final List<OpportunityRow> opportunities = new ArrayList<>();
        final List<StageChangeRow> stageChanges = new ArrayList<>();
        final List<CostRow> costs = new ArrayList<>();
        final List<NpsRow> nps = new ArrayList<>();

        public void account(AccountRow r) { accounts.add(r); all.add(r); }
        public void contact(ContactRow r) { contacts.add(r); all.add(r); }
        public void campaign(CampaignRow r) { campaigns.add(r); all.add(r); }
        public void touch(TouchRow r) { touches.add(r); all.add(r); }
        public void opportunity(OpportunityRow r) { opportunities.add(r); all.add(r); }
        public void stageChange(StageChangeRow r) { stageChanges.add(r); all.add(r); }
        public void cost(CostRow r) { costs.add(r); all.add(r); }
        public void nps(NpsRow r) { nps.add(r); all.add(r); }
    }

    private static Recorder generate(long seed, int accounts) {
        Recorder recorder = new Recorder();
        new DemoGenerator(seed, END, accounts, 100).generate(recorder);
        return recorder;
    }

    @Test
    void shouldGiveTheSameDataForTheSameSeed() {
        assertEquals(generate(42, 60).all, generate(42, 60).all);
    }

    @Test
    void shouldGiveOtherDataForAnotherSeed() {
        assertNotEquals(generate(42, 60).all, generate(43, 60).all);
    }

    @Test
    void shouldNeverOpenMoreThanWasSentNorClickOrReplyMoreThanWasOpened() {
        Recorder r = new Recorder();
        DemoGenerator.small(20261122, END).generate(r);
        java.util.Map<Long, int[]> byContact = new java.util.HashMap<>();
        for (DemoSink.TouchRow t : r.touches) {
            int kind = switch (t.type()) {
                case "email_sent" -> 0;
                case "email_open" -> 1;
                case "email_click" -> 2;
                case "email_reply" -> 3;
                default -> -1;
            };
            if (kind >= 0) {
                byContact.computeIfAbsent(t.accountId(), c -> new int[4])[kind]++;
            }
        }
        assertTrue(byContact.size() > 100, "accounts with emails: " + byContact.size());
        byContact.forEach((contact, n) -> {
            assertTrue(n[1] <= n[0], "account " + contact + " opened more than was sent");
            assertTrue(n[2] <= n[1] && n[3] <= n[1], "account " + contact + " clicked or replied more than opened");
        });
    }

    @Test
    void shouldHaveTheSizeOfTheSmallScale() {
        Recorder r = new Recorder();
        DemoGenerator.small(20261122, END).generate(r);
        assertEquals(300, r.accounts.size());
        assertTrue(r.touches.size() > 20_000 && r.touches.size() < 45_000, "touches: " + r.touches.size());
        assertTrue(r.opportunities.size() > 250, "opportunities: " + r.opportunities.size());
    }

    @Test
    void shouldResolveEveryReferenceAndKeepTimeInOrder() {
        Recorder r = generate(7, 200);
        Set<Long> accounts = new HashSet<>();
        r.accounts.forEach(a -> accounts.add(a.id()));
        Map<Long, DemoSink.ContactRow> contacts = new HashMap<>();
        r.contacts.forEach(c -> contacts.put(c.id(), c));
        Set<Long> campaigns = new HashSet<>();
        r.campaigns.forEach(c -> campaigns.add(c.id()));
        Map<Long, DemoSink.OpportunityRow> opps = new HashMap<>();
        r.opportunities.forEach(o -> opps.put(o.id(), o));
        Instant end = END.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

        for (var c : r.contacts) {
            assertTrue(accounts.contains(c.accountId()));
        }
        for (var a : r.accounts) {
            assertTrue(a.annualRevenue().signum() >= 0, "annual revenue is never negative");
        }
        Set<String> touchIds = new HashSet<>();
        for (var t : r.touches) {
            assertTrue(touchIds.add(t.externalId()), "unique touch id");
            assertTrue(accounts.contains(t.accountId()));
            if (t.contactId() != null) {
                assertEquals(t.accountId(), contacts.get(t.contactId()).accountId(), "contact of the same account");
            }
            if (t.campaignId() != null) {
                assertTrue(campaigns.contains(t.campaignId()));
            }
            assertTrue(t.occurredAt().isBefore(end), "no touch in the future");
            assertTrue(io.accountable.touchpoint.TouchType.fromId(t.type()).isPresent(), "known type " + t.type());
        }
        for (var o : r.opportunities) {
            assertTrue(accounts.contains(o.accountId()));
            if ("won".equals(o.status()) || "lost".equals(o.status())) {
                assertNotNull(o.closedAt(), "closed opps have closed_at");
                assertFalse(o.closedAt().isBefore(o.createdAt()), "closed_at >= created_at");
            } else {
                assertEquals("open", o.status());
                assertEquals(null, o.closedAt());
            }
        }
        Map<Long, Instant> lastStage = new HashMap<>();
        for (var s : r.stageChanges) {
            var opp = opps.get(s.opportunityId());
            assertNotNull(opp);
            assertFalse(s.enteredAt().isBefore(opp.createdAt()));
            Instant previous = lastStage.put(s.opportunityId(), s.enteredAt());
            assertTrue(previous == null || !s.enteredAt().isBefore(previous), "stage changes in order");
        }
        for (var c : r.costs) {
            assertTrue(c.campaignId() == null || campaigns.contains(c.campaignId()));
            assertTrue(c.amount().signum() > 0);
        }
        for (var n : r.nps) {
            assertTrue(n.score() >= 0 && n.score() <= 10);
            assertTrue(accounts.contains(n.accountId()));
        }
    }

    @Test
    void shouldWinMoreOftenWithMoreEngagement() {
        Recorder r = generate(11, 600);
        Map<Long, Integer> touches = new HashMap<>();
        r.touches.forEach(t -> touches.merge(t.accountId(), 1, Integer::sum));
        double[] won = new double[2];
        double[] closed = new double[2];
        for (var o : r.opportunities) {
            if (!"new_business".equals(o.type()) || "open".equals(o.status())) {
                continue;
            }
            int bucket = touches.getOrDefault(o.accountId(), 0) >= 100 ? 1 : 0;
            closed[bucket]++;
            if ("won".equals(o.status())) {
                won[bucket]++;
            }
        }
        assertTrue(won[1] / closed[1] > won[0] / closed[0], "engaged accounts win more often");
    }

    @Test
    void shouldWriteImportFilesWithTheSpecHeaders() {
        StringWriter out = new StringWriter();
        DemoCsvWriter writer = new DemoCsvWriter("touchpoints", out);
        new DemoGenerator(1, END, 3, 10).generate(writer);
        writer.flush();
        String[] lines = out.toString().split("\r\n");
        assertEquals("id,account_id,contact_id,campaign_id,channel,type,occurred_at,funnel_stage", lines[0]);
        assertTrue(lines.length > 3);
    }
}
