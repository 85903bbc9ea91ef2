package io.accountable.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The window searches over an account's touches agree with each other at every bound, ties included. */
class FactsSearchTest {

    @Test
    void shouldFindTheSameFirstTouchSearchingBackwardsFromTheWindowEnd() {
        Random random = new Random(3);
        StringBuilder accounts = new StringBuilder("insert into account (id, external_id, name, target) values ");
        for (int a = 1; a <= 20; a++) {
            accounts.append(a == 1 ? "" : ", ").append("(").append(a).append(", 'A").append(a).append("', 'A', true)");
        }
        StringBuilder touches = new StringBuilder(
                "insert into touchpoint (id, external_id, account_id, channel, type, occurred_at) values ");
        long day = 86_400_000L;
        long start = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        for (int t = 1; t <= 1500; t++) {
            // whole days only, so many touches share an instant; accounts 19 and 20 get none or one
            int account = t == 1500 ? 19 : 1 + random.nextInt(18);
            touches.append(t == 1 ? "" : ", ").append("(").append(t).append(", 'T").append(t).append("', ")
                    .append(account).append(", 'email', 'email_open', '")
                    .append(Instant.ofEpochMilli(start + random.nextInt(400) * day)).append("')");
        }
        Facts f = FactsFixture.load("search", accounts.toString(), touches.toString());
        int checked = 0;
        for (int a = 0; a < f.accountCount; a++) {
            for (int i = 0; i < 300; i++) {
                long from = start + (random.nextInt(420) - 10) * day - (random.nextBoolean() ? 0 : 1);
                long to = from + random.nextInt(90) * day;
                int end = f.touchesEndAtOrBefore(a, to);
                int expected = Math.min(f.firstTouchAtOrAfter(a, from), end);
                assertEquals(expected, Math.min(f.firstTouchAtOrAfter(a, from, end), end),
                        "account " + a + " from " + from + " to " + to);
                checked++;
            }
        }
        assertEquals(20 * 300, checked);
    }
}
