package io.accountable.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The backtest: known truth simulated on the user's journeys, the models ranked by how well they recover it. */
class BacktestTest {

    private static final List<String> CHANNELS = List.of("ads", "email", "events", "sdr", "web");
    private static final List<String> TYPES = List.of("web_visit");
    private static final long DAY = 86_400_000L;

    private record Data(JourneySet set, int[] conversionUnit, int[] pathUnit, int units) {
    }

    /**
     * {@code accounts} journeys of 1 to 6 touches; channel frequencies differ. With {@code adsMatter}
     * a journey with an ads touch converts with 60 %, else 10 %; otherwise every journey with 25 %.
     */
    private static Data data(int accounts, long seed, boolean adsMatter) {
        Random random = new Random(seed);
        int[] length = new int[accounts];
        int n = 0;
        for (int a = 0; a < accounts; a++) {
            length[a] = 1 + random.nextInt(6);
            n += length[a];
        }
        int[] channel = new int[n];
        long[] time = new long[n];
        double[] weight = {0.3, 0.25, 0.1, 0.15, 0.2};
        int t = 0;
        for (int a = 0; a < accounts; a++) {
            for (int i = 0; i < length[a]; i++, t++) {
                double u = random.nextDouble();
                int code = 0;
                while (code < weight.length - 1 && (u -= weight[code]) > 0) {
                    code++;
                }
                channel[t] = code;
                time[t] = 1_000 * DAY + i * 3 * DAY;
            }
        }
        JourneySet.Builder b = JourneySet.builder(channel, new byte[n], time, CHANNELS, TYPES, true);
        int[] cu = new int[accounts];
        int[] pu = new int[accounts];
        int nc = 0;
        int np = 0;
        t = 0;
        for (int a = 0; a < accounts; a++) {
            boolean ads = false;
            for (int i = 0; i < length[a]; i++) {
                ads |= channel[t + i] == 0;
            }
            double p = adsMatter ? (ads ? 0.6 : 0.1) : 0.25;
            if (random.nextDouble() < p) {
                long end = time[t + length[a] - 1];
                b.conversion(nc, t, t + length[a], 1000, end + DAY, end, Long.MIN_VALUE);
                cu[nc++] = a;
            } else {
                b.nonConverting(t, t + length[a]);
                pu[np++] = a;
            }
            t += length[a];
        }
        return new Data(b.build(), java.util.Arrays.copyOf(cu, nc), java.util.Arrays.copyOf(pu, np), accounts);
    }

    private static Backtest.Result run(Data d, long seed) {
        return Backtest.run(d.set(), d.conversionUnit(), d.pathUnit(), d.units(), ModelParams.defaults(), seed);
    }

    @Test
    void shouldRecoverOneDominantChannelWithTheBestModelWithinSevenPointsPerChannel() {
        Backtest.Result r = run(data(6000, 3, false), 11);
        Backtest.Scenario dominant = r.scenarios().get(0);
        assertEquals("one_dominant", dominant.id());
        assertEquals(10, dominant.scores().size());
        double sum = dominant.trueShares().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1.0, sum, 1e-9, "true shares add up to one");
        String strongest = dominant.trueShares().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
                .getKey();
        assertEquals("ads", strongest, "the most frequent channel is the dominant one: " + dominant.trueShares());
        assertTrue(dominant.trueShares().get("ads") > 0.5, dominant.trueShares().toString());
        Backtest.Score best = dominant.scores().get(0);
        // the tolerance stated in docs/attribution.md, section 10
        assertTrue(best.meanAbsoluteError() < 0.07, "best model " + best);
        assertTrue(best.model() == ModelId.SHAPLEY || best.model() == ModelId.MARKOV, "a data-driven model: " + best);
        // sorted by error, ranks 1..10
        for (int i = 1; i < dominant.scores().size(); i++) {
            assertTrue(dominant.scores().get(i - 1).meanAbsoluteError() <= dominant.scores().get(i).meanAbsoluteError());
            assertEquals(i + 1, dominant.scores().get(i).rank());
        }
        // a rule that spreads credit evenly cannot find one dominant channel
        Backtest.Score linear = dominant.scores().stream().filter(s -> s.model() == ModelId.LINEAR).findFirst()
                .orElseThrow();
        assertTrue(linear.meanAbsoluteError() > 2 * best.meanAbsoluteError(), "linear " + linear + " best " + best);
    }

    @Test
    void shouldGiveTheSameAnswerForTheSameSeed() {
        Data d = data(1500, 5, false);
        assertEquals(run(d, 9), run(d, 9));
    }

    @Test
    void shouldPredictHeldOutAccountsBetterThanTheBaselineWhenAChannelMatters() {
        Backtest.Result matters = run(data(6000, 7, true), 1);
        assertEquals(2, matters.predictiveChecks().size());
        for (Backtest.PredictiveCheck c : matters.predictiveChecks()) {
            assertTrue(c.testJourneys() > 900 && c.testJourneys() < 1500, c.toString());
            assertTrue(c.logLoss() < c.baselineLogLoss(), c.toString());
            assertTrue(c.improvement() > 0.01, c.toString());
        }
        Backtest.Result noise = run(data(6000, 7, false), 1);
        for (Backtest.PredictiveCheck c : noise.predictiveChecks()) {
            assertTrue(Math.abs(c.improvement()) < 0.02, "nothing to learn, nothing gained: " + c);
        }
    }

    @Test
    void shouldAnswerEmptyWithoutJourneys() {
        JourneySet empty = JourneySet.builder(new int[0], new byte[0], new long[0], CHANNELS, TYPES, true).build();
        Backtest.Result r = Backtest.run(empty, new int[0], new int[0], 0, ModelParams.defaults(), 1);
        assertEquals(0, r.journeys());
        assertTrue(r.scenarios().isEmpty());
    }
}
