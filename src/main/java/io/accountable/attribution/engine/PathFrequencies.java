package io.accountable.attribution.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The most frequent channel paths of a {@link JourneySet}, converting and non-converting
 * (docs/attribution.md, section 11). The path of a journey is the sequence of the channels of
 * its touches in order with consecutive repeats collapsed ({@code a a b a} is {@code a b a}),
 * as for the Markov chain. A conversion without an eligible touch has the empty path, so that
 * the conversions add up to those of the attribution answer. Paths are sorted by journeys
 * (most first), then by path (channel by channel, a prefix first); the first {@code top} are
 * rows, the others add up to one {@code other} row, so that the rows and the other row add up
 * to the totals.
 */
public final class PathFrequencies {

    private PathFrequencies() {
    }

    /** One path (null for the other row) with its journeys, converting journeys and their value. */
    public record Row(List<String> path, int journeys, int conversions, double value) {
        /** Conversions / journeys; null for a row without journeys. */
        public Double conversionRate() {
            return journeys == 0 ? null : (double) conversions / journeys;
        }
    }

    /**
     * @param paths the number of distinct paths, those of the rows and those in {@code other}
     * @param other the paths after the first {@code top}, added up ({@code path} null; zeros when none)
     */
    public record Result(int journeys, int conversions, double value, int paths, List<Row> rows, Row other) {
    }

    /** The first {@code top} paths of the set's journeys (top >= 1), and the rest as one row. */
    public static Result of(JourneySet set, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1: " + top);
        }
        int[] channel = set.channelColumn();
        Map<Key, Count> counts = new HashMap<>();
        for (int c = 0; c < set.conversions(); c++) {
            Count n = counts.computeIfAbsent(key(channel, set.touch(c, 0), set.touch(c, 0) + set.length(c)), Count::new);
            n.journeys++;
            n.conversions++;
            n.value += set.value(c);
        }
        for (int p = 0; p < set.paths(); p++) {
            counts.computeIfAbsent(key(channel, set.pathFrom(p), set.pathTo(p)), Count::new).journeys++;
        }
        List<String> names = set.channelNames();
        List<Count> sorted = new ArrayList<>(counts.values());
        sorted.sort(Comparator.<Count>comparingInt(n -> -n.journeys)
                .thenComparing((a, b) -> comparePaths(a.key.codes, b.key.codes, names)));
        List<Row> rows = new ArrayList<>();
        int journeys = 0;
        int conversions = 0;
        double value = 0;
        int otherJourneys = 0;
        int otherConversions = 0;
        double otherValue = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Count n = sorted.get(i);
            journeys += n.journeys;
            conversions += n.conversions;
            value += n.value;
            if (i < top) {
                rows.add(new Row(names(n.key.codes, names), n.journeys, n.conversions, n.value));
            } else {
                otherJourneys += n.journeys;
                otherConversions += n.conversions;
                otherValue += n.value;
            }
        }
        return new Result(journeys, conversions, value, sorted.size(), List.copyOf(rows),
                new Row(null, otherJourneys, otherConversions, otherValue));
    }

    /** The journeys, conversions and value of one path. */
    private static final class Count {
        final Key key;
        int journeys;
        int conversions;
        double value;

        Count(Key key) {
            this.key = key;
        }
    }

    /** The channel codes of touches {@code [from, to)} with consecutive repeats collapsed. */
    static int[] collapse(int[] channel, int from, int to) {
        int[] out = new int[to - from];
        int n = 0;
        for (int t = from; t < to; t++) {
            if (n == 0 || out[n - 1] != channel[t]) {
                out[n++] = channel[t];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Whether the touches {@code [from, to)}, consecutive repeats collapsed, are exactly the path
     * {@code codes} (channel codes; empty for the journeys without touches). No allocation.
     */
    public static boolean onPath(int[] channel, int from, int to, int[] codes) {
        int n = 0;
        for (int t = from; t < to; t++) {
            if (t > from && channel[t] == channel[t - 1]) {
                continue;
            }
            if (n == codes.length || channel[t] != codes[n]) {
                return false;
            }
            n++;
        }
        return n == codes.length;
    }

    private static Key key(int[] channel, int from, int to) {
        return new Key(collapse(channel, from, to));
    }

    private static List<String> names(int[] codes, List<String> names) {
        List<String> out = new ArrayList<>(codes.length);
        for (int code : codes) {
            out.add(names.get(code));
        }
        return List.copyOf(out);
    }

    private static int comparePaths(int[] a, int[] b, List<String> names) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = String.valueOf(names.get(a[i])).compareTo(String.valueOf(names.get(b[i])));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /** A collapsed path as a map key. */
    private static final class Key {
        final int[] codes;
        final int hash;

        Key(int[] codes) {
            this.codes = codes;
            this.hash = Arrays.hashCode(codes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(codes, k.codes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
