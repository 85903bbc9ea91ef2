package io.accountable.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Paths of journeys: repeats collapsed, most frequent first, the rest in one row that adds up. */
class PathFrequenciesTest {

    private static final List<String> CHANNELS = List.of("paid_search", "email", "webinar");
    private static final int S = 0;
    private static final int E = 1;
    private static final int W = 2;

    /** Journeys over shared columns: conversions (value, channels) and non-converting paths (channels). */
    private static final class Sets {
        final List<Integer> channel = new ArrayList<>();
        final List<int[]> conversions = new ArrayList<>(); // from, to
        final List<Double> values = new ArrayList<>();
        final List<int[]> paths = new ArrayList<>();

        Sets conversion(double value, int... channels) {
            conversions.add(add(channels));
            values.add(value);
            return this;
        }

        Sets path(int... channels) {
            paths.add(add(channels));
            return this;
        }

        private int[] add(int... channels) {
            int from = channel.size();
            for (int c : channels) {
                channel.add(c);
            }
            return new int[] {from, channel.size()};
        }

        JourneySet build() {
            int n = channel.size();
            long[] time = new long[n];
            for (int i = 0; i < n; i++) {
                time[i] = 1000L * i;
            }
            JourneySet.Builder b = JourneySet.builder(channel.stream().mapToInt(Integer::intValue).toArray(), new byte[n],
                    time, CHANNELS, List.of("visit"), true);
            for (int c = 0; c < conversions.size(); c++) {
                int[] r = conversions.get(c);
                long end = r[1] > r[0] ? time[r[1] - 1] : 0;
                b.conversion(c, r[0], r[1], values.get(c), end, end, Long.MIN_VALUE);
            }
            paths.forEach(r -> b.nonConverting(r[0], r[1]));
            return b.build();
        }
    }

    @Test
    void shouldCollapseConsecutiveRepeatsOnly() {
        assertArrayEquals(new int[] {S, E, S}, PathFrequencies.collapse(new int[] {S, S, E, E, E, S}, 0, 6));
        assertArrayEquals(new int[] {}, PathFrequencies.collapse(new int[] {S}, 0, 0));
        assertArrayEquals(new int[] {E}, PathFrequencies.collapse(new int[] {S, E, E}, 1, 3));
    }

    @Test
    void shouldGroupByCollapsedPathWithConversionsRateAndValue() {
        JourneySet set = new Sets()
                .conversion(100, S, S, E) // paid_search > email
                .conversion(50, S, E, E)  // paid_search > email
                .path(S, E)               // paid_search > email, not converting
                .path(S, S, S, E)         // paid_search > email, not converting
                .conversion(30, W)        // webinar
                .path(W, W)               // webinar
                .path(E)                  // email
                .conversion(20)           // no touch: the empty path
                .build();
        PathFrequencies.Result r = PathFrequencies.of(set, 10);
        assertEquals(8, r.journeys());
        assertEquals(4, r.conversions());
        assertEquals(200.0, r.value(), 1e-9);
        assertEquals(4, r.paths());
        assertEquals(List.of(List.of("paid_search", "email"), List.of("webinar"), List.of(), List.of("email")),
                r.rows().stream().map(PathFrequencies.Row::path).toList());
        PathFrequencies.Row first = r.rows().get(0);
        assertEquals(4, first.journeys());
        assertEquals(2, first.conversions());
        assertEquals(0.5, first.conversionRate(), 1e-12);
        assertEquals(150.0, first.value(), 1e-9);
        PathFrequencies.Row webinar = r.rows().get(1);
        assertEquals(2, webinar.journeys());
        assertEquals(1, webinar.conversions());
        assertEquals(30.0, webinar.value(), 1e-9);
        // ties on journeys: by path, the empty path (a prefix of every path) first
        assertEquals(1, r.rows().get(2).conversions());
        assertEquals(1.0, r.rows().get(2).conversionRate(), 1e-12);
        assertEquals(0, r.rows().get(3).conversions());
        assertEquals(0.0, r.rows().get(3).conversionRate(), 1e-12);
        assertEquals(0, r.other().journeys());
        assertNull(r.other().path());
        assertNull(r.other().conversionRate());
    }

    @Test
    void shouldPutThePathsAfterTheTopInTheOtherRow() {
        JourneySet set = new Sets().path(S).path(S).path(S).conversion(10, E).conversion(5, E).conversion(7, S, W)
                .path(W, S).conversion(1, W).build();
        PathFrequencies.Result r = PathFrequencies.of(set, 2);
        assertEquals(List.of(List.of("paid_search"), List.of("email")), r.rows().stream().map(PathFrequencies.Row::path)
                .toList());
        assertEquals(3, r.other().journeys()); // paid_search > webinar, webinar, webinar > paid_search
        assertEquals(2, r.other().conversions());
        assertEquals(8.0, r.other().value(), 1e-9);
        assertEquals(5, r.paths());
        assertThrows(IllegalArgumentException.class, () -> PathFrequencies.of(set, 0));
    }

    @Test
    void shouldAddUpToTheTotalsOnRandomJourneys() {
        Random random = new Random(20);
        Sets sets = new Sets();
        int conversions = 0;
        int journeys = 0;
        double value = 0;
        for (int j = 0; j < 2000; j++) {
            int[] channels = random.ints(random.nextInt(6), 0, 3).toArray();
            if (random.nextInt(3) == 0) {
                double v = random.nextInt(1000);
                sets.conversion(v, channels);
                conversions++;
                journeys++;
                value += v;
            } else if (channels.length > 0) {
                sets.path(channels);
                journeys++;
            }
        }
        JourneySet set = sets.build();
        for (int top : new int[] {1, 5, 20, 1000}) {
            PathFrequencies.Result r = PathFrequencies.of(set, top);
            assertEquals(journeys, r.journeys());
            assertEquals(conversions, r.conversions());
            assertEquals(value, r.value(), 1e-6);
            assertEquals(Math.min(top, r.paths()), r.rows().size());
            int j = r.other().journeys();
            int c = r.other().conversions();
            double v = r.other().value();
            for (int i = 0; i < r.rows().size(); i++) {
                PathFrequencies.Row row = r.rows().get(i);
                j += row.journeys();
                c += row.conversions();
                v += row.value();
                for (int k = 1; k < row.path().size(); k++) {
                    assertNotEqualsAdjacent(row.path().get(k - 1), row.path().get(k));
                }
                if (i > 0) {
                    assertEquals(true, r.rows().get(i - 1).journeys() >= row.journeys(), "sorted by journeys");
                }
            }
            assertEquals(journeys, j, "top " + top);
            assertEquals(conversions, c, "top " + top);
            assertEquals(value, v, 1e-6);
            if (!r.rows().isEmpty() && r.other().journeys() > 0) {
                assertEquals(true, r.rows().get(r.rows().size() - 1).journeys() >= 1);
            }
        }
    }

    private static void assertNotEqualsAdjacent(String a, String b) {
        assertEquals(false, a.equals(b), "repeat not collapsed: " + a);
    }

    // ---- where converting journeys start and end (ChannelFlows) -----------------------------------

    @Test
    void shouldCountConversionsByFirstAndLastChannelAndLeaveOutNonConvertingPaths() {
        JourneySet set = new Sets().conversion(100, S, E, W).conversion(50, S, W).conversion(30, E)
                .conversion(20).conversion(10, S, E, S, W).path(S, E, W).path(W).build();
        ChannelFlows.Result r = ChannelFlows.of(set);
        assertEquals(5, r.conversions());
        assertEquals(1, r.withoutTouches());
        assertEquals(190, r.value(), 1e-9);
        assertEquals(List.of(new ChannelFlows.Flow("paid_search", "webinar", 3, 160),
                new ChannelFlows.Flow("email", "email", 1, 30)), r.flows());
        assertEquals(r.conversions() - r.withoutTouches(), r.flows().stream().mapToInt(ChannelFlows.Flow::conversions).sum());
    }

    @Test
    void shouldAddUpToTheConversionsWithTouchesOnRandomJourneys() {
        Random random = new Random(7);
        Sets sets = new Sets();
        int conversions = 500;
        double value = 0;
        for (int c = 0; c < conversions; c++) {
            int[] channels = new int[random.nextInt(6)];
            for (int i = 0; i < channels.length; i++) {
                channels[i] = random.nextInt(3);
            }
            double v = random.nextInt(1000);
            sets.conversion(v, channels);
            if (channels.length > 0) {
                value += v;
            }
        }
        ChannelFlows.Result r = ChannelFlows.of(sets.build());
        assertEquals(conversions, r.conversions());
        assertEquals(conversions - r.withoutTouches(), r.flows().stream().mapToInt(ChannelFlows.Flow::conversions).sum());
        assertEquals(value, r.flows().stream().mapToDouble(ChannelFlows.Flow::value).sum(), 1e-6);
        assertEquals(value, r.value(), 1e-6);
        for (int i = 1; i < r.flows().size(); i++) {
            assertTrue(r.flows().get(i - 1).conversions() >= r.flows().get(i).conversions());
        }
    }
}
