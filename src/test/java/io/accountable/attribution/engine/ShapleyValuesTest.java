package io.accountable.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Shapley values")
class ShapleyValuesTest {

    @Test
    void shouldTakeTheWorthOfASetAsTheConversionRateOfTheJourneysWithExactlyThatSet() {
        ShapleyValues game = ShapleyValues.fit(List.of(List.of("a", "b", "a"), List.of("b", "a")),
                List.of(List.of("a", "b"), List.of("a"), List.of("a", "b", "c")));

        assertEquals(2.0 / 3, game.worth(Set.of("a", "b")), 1e-15);
        assertEquals(0, game.worth(Set.of("a")));
        assertEquals(0, game.worth(Set.of("b")), "no journey has exactly {b}");
    }

    @Test
    void shouldAgreeWithTheAverageMarginalContributionOverAllPlayerOrders() {
        Random random = new Random(99);
        for (int round = 0; round < 40; round++) {
            int channels = 1 + random.nextInt(6);
            List<Set<String>> converting = randomSets(random, channels, 1 + random.nextInt(30));
            List<Set<String>> nonConverting = randomSets(random, channels, random.nextInt(30));
            ShapleyValues game = ShapleyValues.fit(converting, nonConverting);
            Set<String> players = converting.get(0);

            Map<String, Double> phi = game.phi(players);

            Map<String, Double> expected = averageOverOrders(game, new ArrayList<>(players));
            assertEquals(expected.keySet(), phi.keySet());
            expected.forEach((channel, value) -> assertEquals(value, phi.get(channel), 1e-12, channel));
            double sum = phi.values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(game.worth(players), sum, 1e-12, "efficiency: the values add up to v(T)");
        }
    }

    @Test
    void shouldStayExactWithMoreThanSixtyFourChannels() {
        Random random = new Random(5);
        List<Set<String>> converting = new ArrayList<>();
        for (int c = 0; c < 70; c++) {
            converting.add(Set.of("c" + c));
        }
        // Channels 0, 64 and 128 share a bit of the 64-bit signature, so only the exact check tells them apart.
        List<String> pool = List.of("c0", "c64", "c1", "c65", "c2", "c66");
        List<Set<String>> nonConverting = new ArrayList<>();
        for (int s = 0; s < 60; s++) {
            Set<String> set = new HashSet<>();
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                set.add(pool.get(random.nextInt(pool.size())));
            }
            (random.nextBoolean() ? converting : nonConverting).add(set);
        }
        ShapleyValues game = ShapleyValues.fit(converting, nonConverting);

        for (Set<String> players : List.of(Set.of("c0", "c1", "c2"), Set.of("c64", "c65", "c66", "c0"),
                new HashSet<>(pool))) {
            Map<String, Double> phi = game.phi(players);
            averageOverOrders(game, new ArrayList<>(players))
                    .forEach((channel, value) -> assertEquals(value, phi.get(channel), 1e-12, channel));
        }
    }

    @Test
    void shouldComputeEachDistinctSetOnce() {
        ShapleyValues game = ShapleyValues.fit(List.of(List.of("a", "b")), List.of());

        assertSame(game.phi(Set.of("a", "b")), game.phi(new HashSet<>(List.of("b", "a"))));
    }

    @Test
    void shouldHandleTwelvePlayersAndRefuseThirteen() {
        Set<String> twelve = IntStream.range(0, 12).mapToObj(i -> "c" + i).collect(Collectors.toSet());
        ShapleyValues game = ShapleyValues.fit(List.of(twelve), List.of());

        Map<String, Double> phi = game.phi(twelve);
        phi.values().forEach(v -> assertEquals(1.0 / 12, v, 1e-12));

        Set<String> thirteen = new HashSet<>(twelve);
        thirteen.add("c12");
        assertThrows(IllegalArgumentException.class, () -> game.phi(thirteen));
    }

    @Test
    void shouldWorthZeroEverySetNoJourneyHasEvenWithAPlayerNoJourneyHas() {
        ShapleyValues game = ShapleyValues.fit(List.of(List.of("a")), List.of());

        // v({a}) = 1 but v({a, unknown}) = 0: adding the unknown player loses the conversion.
        assertEquals(Map.of("a", 0.5, "unknown", -0.5), game.phi(Set.of("a", "unknown")));
    }

    private static List<Set<String>> randomSets(Random random, int channels, int count) {
        List<Set<String>> sets = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            Set<String> set = new HashSet<>();
            int size = 1 + random.nextInt(channels);
            for (int i = 0; i < size; i++) {
                set.add("c" + random.nextInt(channels));
            }
            sets.add(set);
        }
        return sets;
    }

    private static Map<String, Double> averageOverOrders(ShapleyValues game, List<String> players) {
        Map<String, Double> total = new java.util.HashMap<>();
        players.forEach(p -> total.put(p, 0.0));
        List<List<String>> orders = new ArrayList<>();
        permutations(players, new ArrayList<>(), orders);
        for (List<String> order : orders) {
            Set<String> before = new HashSet<>();
            for (String player : order) {
                double without = game.worth(before);
                before.add(player);
                total.merge(player, game.worth(before) - without, Double::sum);
            }
        }
        total.replaceAll((p, sum) -> sum / orders.size());
        return total;
    }

    private static void permutations(List<String> left, List<String> prefix, List<List<String>> into) {
        if (left.isEmpty()) {
            into.add(new ArrayList<>(prefix));
            return;
        }
        for (int i = 0; i < left.size(); i++) {
            List<String> rest = new ArrayList<>(left);
            prefix.add(rest.remove(i));
            permutations(rest, prefix, into);
            prefix.remove(prefix.size() - 1);
        }
    }
}
