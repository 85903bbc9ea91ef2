package io.accountable.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Markov chain")
class MarkovChainTest {

    @Test
    void shouldConvertWithCertaintyAndMakeTheOnlyChannelIndispensableWhenEveryJourneyConverts() {
        MarkovChain chain = MarkovChain.fit(List.of(List.of("a", "a", "a")), List.of());

        assertEquals(1, chain.conversionProbability(), 1e-15);
        assertEquals(Map.of("a", 1.0), chain.removalEffects());
    }

    @Test
    void shouldCollapseRepeatsAndCountEveryTransitionOfACycle() {
        // a b a b -> conversion and a -> null: from a, 2 of 3 go to b; from b, 1 of 2 converts.
        MarkovChain chain = MarkovChain.fit(List.of(List.of("a", "a", "b", "a", "b")), List.of(List.of("a")));
        // x_a = 2/3 x_b, x_b = 1/2 x_a + 1/2  =>  x_a = 1/2.
        assertEquals(0.5, chain.conversionProbability(), 1e-15);
        assertEquals(Map.of("a", 1.0, "b", 1.0), chain.removalEffects());
    }

    @Test
    void shouldIgnoreEmptyPathsAndGiveZeroEverywhereWhenNothingConverts() {
        MarkovChain chain = MarkovChain.fit(List.of(List.of()), List.of(List.of("a", "b"), List.of()));

        assertEquals(0, chain.conversionProbability());
        assertEquals(Map.of("a", 0.0, "b", 0.0), chain.removalEffects());
        assertEquals(List.of("a", "b"), chain.channels());
    }

    @Test
    void shouldAgreeWithPowerIterationOfTheTransitionMatrixOnRandomChains() {
        Random random = new Random(424_242);
        for (int round = 0; round < 60; round++) {
            int channels = 1 + random.nextInt(7);
            List<List<String>> converting = randomPaths(random, channels, 1 + random.nextInt(40));
            List<List<String>> nonConverting = randomPaths(random, channels, random.nextInt(60));

            MarkovChain chain = MarkovChain.fit(converting, nonConverting);
            BruteForce brute = new BruteForce(converting, nonConverting);

            double p = brute.conversionProbability(null);
            assertEquals(p, chain.conversionProbability(), 1e-9, "round " + round);
            for (String channel : brute.channels()) {
                double expected = p == 0 ? 0 : 1 - brute.conversionProbability(channel) / p;
                assertEquals(expected, chain.removalEffects().get(channel), 1e-9, "round " + round + " " + channel);
            }
            assertEquals(brute.channels().size(), chain.removalEffects().size());
        }
    }

    private static List<List<String>> randomPaths(Random random, int channels, int count) {
        List<List<String>> paths = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<String> path = new ArrayList<>();
            int length = 1 + random.nextInt(6);
            for (int i = 0; i < length; i++) {
                path.add("c" + random.nextInt(channels));
            }
            paths.add(path);
        }
        return paths;
    }

    /**
     * The chain as the spec words it: probabilities from transition counts, the removed channel's
     * incoming transitions sent to null, and the conversion probability as the mass absorbed in
     * conversion after iterating the distribution from start until nothing is left in transit.
     */
    private static final class BruteForce {
        private static final String START = "(start)";
        private static final String CONVERSION = "(conversion)";
        private static final String NULL = "(null)";

        private final Map<String, Map<String, Integer>> counts = new HashMap<>();

        BruteForce(List<List<String>> converting, List<List<String>> nonConverting) {
            converting.forEach(path -> add(path, CONVERSION));
            nonConverting.forEach(path -> add(path, NULL));
        }

        private void add(List<String> path, String end) {
            List<String> states = new ArrayList<>();
            states.add(START);
            for (String channel : path) {
                if (!channel.equals(states.get(states.size() - 1))) {
                    states.add(channel);
                }
            }
            states.add(end);
            for (int i = 0; i + 1 < states.size(); i++) {
                counts.computeIfAbsent(states.get(i), s -> new HashMap<>()).merge(states.get(i + 1), 1, Integer::sum);
            }
        }

        List<String> channels() {
            return counts.keySet().stream().filter(s -> !s.equals(START)).toList();
        }

        double conversionProbability(String removed) {
            Map<String, Double> mass = new HashMap<>(Map.of(START, 1.0));
            double converted = 0;
            for (int step = 0; step < 100_000 && !mass.isEmpty(); step++) {
                Map<String, Double> next = new HashMap<>();
                for (Map.Entry<String, Double> entry : mass.entrySet()) {
                    Map<String, Integer> out = counts.get(entry.getKey());
                    double total = out.values().stream().mapToInt(Integer::intValue).sum();
                    for (Map.Entry<String, Integer> edge : out.entrySet()) {
                        String to = edge.getKey().equals(removed) ? NULL : edge.getKey();
                        double flow = entry.getValue() * edge.getValue() / total;
                        if (to.equals(CONVERSION)) {
                            converted += flow;
                        } else if (!to.equals(NULL)) {
                            next.merge(to, flow, Double::sum);
                        }
                    }
                }
                next.values().removeIf(m -> m < 1e-18);
                mass = next;
            }
            return converted;
        }
    }
}
