package io.accountable.facts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Touches are grouped by account and ordered by time, equal times by external id, whatever the table order. */
class FactsOrderTest {

    @Test
    void shouldGroupTouchesByAccountAndOrderThemByTimeThenId() {
        Facts f = FactsFixture.load("order",
                "insert into account (id, external_id, name, target) values (1, 'A1', 'One', true), (2, 'A2', 'Two', true),"
                        + " (3, 'A3', 'Three', true)",
                "insert into touchpoint (id, external_id, account_id, channel, type, occurred_at) values"
                        + " (1, 'z', 2, 'email', 'email_open', '2026-03-01T00:00:00Z'),"
                        + " (2, 'y', 1, 'email', 'email_open', '2026-02-01T00:00:00Z'),"
                        + " (3, 'b', 1, 'web', 'web_visit', '2026-01-01T00:00:00Z'),"
                        + " (4, 'a', 1, 'event', 'meeting', '2026-01-01T00:00:00Z'),"
                        + " (5, 'x', 2, 'web', 'web_visit', '2026-01-15T00:00:00Z')");
        int a1 = index(f, "A1");
        int a2 = index(f, "A2");
        int a3 = index(f, "A3");
        assertArrayEquals(new long[] {4, 3, 2}, touches(f, a1), "a, b, y: same instant, the smaller external id first");
        assertArrayEquals(new long[] {5, 1}, touches(f, a2), "x, z");
        assertEquals(0, touches(f, a3).length);
        assertEquals(5, f.touchCount);
    }

    private static int index(Facts f, String externalId) {
        return Arrays.asList(f.accountExternalId).indexOf(externalId);
    }

    private static long[] touches(Facts f, int account) {
        return Arrays.copyOfRange(f.touchId, f.touchStart[account], f.touchStart[account + 1]);
    }
}
