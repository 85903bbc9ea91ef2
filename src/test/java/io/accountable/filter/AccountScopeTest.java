package io.accountable.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.accountable.attribution.engine.ModelId;
import io.accountable.attribution.engine.View;
import io.accountable.facts.Facts;
import io.accountable.facts.FactsFixture;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The account scope of a filter is computed once per facts and account criteria, and right. */
class AccountScopeTest {

    private static final Facts FACTS = FactsFixture.load("scope",
            "insert into account (id, external_id, name, target, segment) values (1, 'A1', 'One', true, 'enterprise'),"
                    + " (2, 'A2', 'Two', false, 'enterprise'), (3, 'A3', 'Three', true, 'smb')");

    private static DashboardFilter filter(String segment, DashboardFilter.Target target, LocalDate from) {
        return new DashboardFilter(from, from.plusDays(30), "custom", ModelId.LINEAR, View.REVENUE, 180, 7, null,
                segment, null, null, target, DashboardFilter.Compare.PREVIOUS);
    }

    @Test
    void shouldComputeTheScopeOncePerFactsAndCriteria() {
        DashboardFilter enterprise = filter("enterprise", DashboardFilter.Target.ANY, LocalDate.of(2026, 1, 1));
        boolean[] scope = enterprise.scope(FACTS);
        boolean[] expected = new boolean[FACTS.accountCount];
        for (int a = 0; a < FACTS.accountCount; a++) {
            expected[a] = enterprise.inScope(FACTS, a);
        }
        assertArrayEquals(expected, scope);
        // another period, the same accounts: the same array
        assertSame(scope, filter("enterprise", DashboardFilter.Target.ANY, LocalDate.of(2025, 3, 1)).scope(FACTS));
        // other criteria: another answer
        boolean[] targets = filter("enterprise", DashboardFilter.Target.TRUE, LocalDate.of(2026, 1, 1)).scope(FACTS);
        assertNotSame(scope, targets);
        int kept = 0;
        for (boolean b : targets) {
            kept += b ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertEquals(1, kept, "A1 alone is an enterprise target");
    }
}
