package io.accountable.kpi.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.facts.Facts;
import io.accountable.facts.FactsFixture;
import io.accountable.touchpoint.TouchType;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engagement index regroups the score's sum; it must give the score of metrics.md at any instant. */
class EngagementIndexTest {

    private static final long YEAR_MS = 365L * 86_400_000L;
    private static final long START = Instant.parse("1990-01-01T00:00:00Z").toEpochMilli();

    /** 12 accounts (one without touches), 3,000 touches over 40 years, so short half-lives span many blocks. */
    private static Facts facts() {
        Random random = new Random(42);
        StringBuilder accounts = new StringBuilder("insert into account (id, external_id, name, target) values ");
        for (int a = 1; a <= 12; a++) {
            accounts.append(a == 1 ? "" : ", ").append("(").append(a).append(", 'A").append(a).append("', 'A', true)");
        }
        StringBuilder touches = new StringBuilder(
                "insert into touchpoint (id, external_id, account_id, channel, type, occurred_at) values ");
        List<TouchType> types = List.of(TouchType.values());
        for (int t = 1; t <= 3000; t++) {
            long at = START + (long) (random.nextDouble() * 40 * YEAR_MS);
            touches.append(t == 1 ? "" : ", ").append("(").append(t).append(", 'T").append(t).append("', ")
                    .append(1 + random.nextInt(11)).append(", 'email', '")
                    .append(types.get(random.nextInt(types.size())).id()).append("', '")
                    .append(Instant.ofEpochMilli(at)).append("')");
        }
        return FactsFixture.load("engagement_index", accounts.toString(), touches.toString());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 3, 30, 365})
    void shouldEqualTheScoreOfEveryAccountAtAnyInstant(double halfLife) {
        Facts f = facts();
        double[] weights = KpiParameters.of(f, 0.75, 0.1, halfLife, 180, TouchType.defaultWeights(), List.of(),
                List.of()).weightByType();
        Engagement.Index index = new Engagement.Index(f, weights, halfLife);
        Random random = new Random(7);
        int nonZero = 0;
        for (int i = 0; i < 400; i++) {
            long at = START - YEAR_MS + (long) (random.nextDouble() * 42 * YEAR_MS);
            for (int a = 0; a < f.accountCount; a++) {
                double expected = Engagement.score(f, a, at, weights, halfLife);
                double actual = index.score(a, at);
                assertEquals(expected, actual, 1e-12 * Math.max(1, expected), "account " + a + " at " + at);
                if (expected > 0) {
                    nonZero++;
                }
            }
        }
        assertTrue(nonZero > 1000, "the instants reach into the touches: " + nonZero);
        // at the exact time of a touch, that touch counts with its full weight
        int a = 1;
        long touchTime = f.touchTime[f.touchStart[a]];
        assertEquals(Engagement.score(f, a, touchTime, weights, halfLife), index.score(a, touchTime), 1e-12);
    }

    @Test
    void shouldRefuseToAnswerForOtherSettings() {
        Facts f = facts();
        double[] weights = KpiParameters.of(f, 0.75, 0.1, 30, 180, TouchType.defaultWeights(), List.of(), List.of())
                .weightByType();
        Engagement.Index index = new Engagement.Index(f, weights, 30);
        assertTrue(index.answers(f, weights.clone(), 30));
        assertFalse(index.answers(f, weights, 31));
        double[] other = weights.clone();
        other[0] += 1;
        assertFalse(index.answers(f, other, 30));
        KpiParameters k = KpiParameters.of(f, 0.75, 0.1, 14, 180, TouchType.defaultWeights(), List.of(), List.of());
        boolean[] scope = new boolean[f.accountCount];
        assertThrows(IllegalArgumentException.class, () -> ExecutiveKpis.compute(f, scope,
                new ExecutiveKpis.Period(0, 1, 0, 0), k, null, index));
    }
}
