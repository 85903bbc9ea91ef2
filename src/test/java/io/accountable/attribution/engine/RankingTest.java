package io.accountable.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kendall's tau-b between two channel rankings. */
class RankingTest {

    @Test
    void shouldBeOneForTheSameOrderAndMinusOneForTheReverse() {
        Map<String, Double> a = Map.of("a", 3.0, "b", 2.0, "c", 1.0);
        assertEquals(1.0, Ranking.kendallTau(a, Map.of("a", 30.0, "b", 20.0, "c", 10.0)), 1e-12);
        assertEquals(-1.0, Ranking.kendallTau(a, Map.of("a", 1.0, "b", 2.0, "c", 3.0)), 1e-12);
    }

    @Test
    void shouldCountOneSwapAmongFourAndTiesAsTauBDoes() {
        Map<String, Double> a = Map.of("a", 4.0, "b", 3.0, "c", 2.0, "d", 1.0);
        // one discordant pair of six: (5 - 1) / 6
        assertEquals(4.0 / 6, Ranking.kendallTau(a, Map.of("a", 4.0, "b", 2.0, "c", 3.0, "d", 1.0)), 1e-12);
        // b and c tied on one side: 5 concordant, 0 discordant, one tie in b: 5 / sqrt(6 * 5)
        assertEquals(5 / Math.sqrt(30), Ranking.kendallTau(a, Map.of("a", 4.0, "b", 2.0, "c", 2.0, "d", 1.0)), 1e-12);
        // a key missing on one side has credit 0 there: d drops below every other
        assertEquals(1.0, Ranking.kendallTau(a, Map.of("a", 4.0, "b", 3.0, "c", 2.0)), 1e-12);
    }

    @Test
    void shouldBeBlankWhenThereIsNoOrderToCompare() {
        assertNull(Ranking.kendallTau(Map.of("a", 1.0), Map.of("a", 2.0)));
        assertNull(Ranking.kendallTau(Map.of("a", 1.0, "b", 1.0), Map.of("a", 1.0, "b", 2.0)));
    }
}
