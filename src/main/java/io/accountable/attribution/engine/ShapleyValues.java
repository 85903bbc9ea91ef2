package io.accountable.attribution.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shapley values of channels over channel sets (spec section 4.2).
 *
 * <p>The worth {@code v(S)} of a set is the conversion rate of the journeys whose channel set is
 * exactly {@code S}, 0 for a set no journey has. {@link #phi} is computed once per distinct set of
 * players and cached; the cache is thread-safe.
 */
public final class ShapleyValues {

    /** Above this many channels a journey falls back to linear, as the spec says. */
    public static final int MAX_PLAYERS = 12;

    private static final double[] FACTORIAL = factorials(MAX_PLAYERS);

    private final Map<Set<String>, Double> worths;
    private final Map<String, Integer> index;
    /** The observed sets that can change a phi (see the constructor), as channel indices, with their worth. */
    private final int[][] coalitions;
    private final long[] signatures;
    private final double[] coalitionWorths;
    private final Map<Set<String>, Map<String, Double>> cache = new ConcurrentHashMap<>();

    private ShapleyValues(Map<Set<String>, long[]> counts) {
        Map<Set<String>, Double> worth = new HashMap<>();
        counts.forEach((set, c) -> worth.put(set, (double) c[0] / c[1]));
        this.worths = Collections.unmodifiableMap(worth);

        this.index = new HashMap<>();
        List<int[]> small = new ArrayList<>();
        List<Double> smallWorths = new ArrayList<>();
        // Sets worth 0 add nothing to any phi, and larger sets than MAX_PLAYERS are never a coalition.
        worth.forEach((set, v) -> {
            if (set.size() <= MAX_PLAYERS && v > 0) {
                int[] members = new int[set.size()];
                int m = 0;
                for (String channel : set) {
                    members[m++] = index.computeIfAbsent(channel, c -> index.size());
                }
                small.add(members);
                smallWorths.add(v);
            }
        });
        this.coalitions = small.toArray(new int[0][]);
        this.signatures = new long[coalitions.length];
        this.coalitionWorths = new double[coalitions.length];
        for (int s = 0; s < coalitions.length; s++) {
            signatures[s] = signature(coalitions[s]);
            coalitionWorths[s] = smallWorths.get(s);
        }
    }

    /**
     * Counts the channel set of every journey; a journey is given by its channels in any form (path
     * or set), repeats ignored. Empty journeys are ignored.
     */
    public static ShapleyValues fit(Collection<? extends Collection<String>> converting,
                                    Collection<? extends Collection<String>> nonConverting) {
        Map<Set<String>, long[]> counts = new HashMap<>();
        count(converting, true, counts);
        count(nonConverting, false, counts);
        return new ShapleyValues(counts);
    }

    private static void count(Collection<? extends Collection<String>> journeys, boolean converted,
                              Map<Set<String>, long[]> into) {
        for (Collection<String> journey : journeys) {
            if (!journey.isEmpty()) {
                long[] c = into.computeIfAbsent(new HashSet<>(journey), s -> new long[2]);
                c[0] += converted ? 1 : 0;
                c[1]++;
            }
        }
    }

    /** {@code v(S)}: conversion rate of the journeys whose channel set is exactly {@code S}. */
    public double worth(Set<String> set) {
        Double v = worths.get(set);
        return v == null ? 0 : v;
    }

    /**
     * The Shapley value of every channel of {@code channels} in the game {@code v} restricted to
     * them; values may be negative (the engine clips them). Sorted by channel.
     *
     * @throws IllegalArgumentException above {@link #MAX_PLAYERS} channels
     */
    public Map<String, Double> phi(Set<String> channels) {
        Objects.requireNonNull(channels, "channels");
        if (channels.size() > MAX_PLAYERS) {
            throw new IllegalArgumentException("Shapley values are computed for at most " + MAX_PLAYERS
                    + " channels, got " + channels.size());
        }
        Map<String, Double> phi = cache.get(channels);
        if (phi == null) {
            phi = compute(channels);
            cache.putIfAbsent(Set.copyOf(channels), phi);
        }
        return phi;
    }

    /**
     * The spec's sum regrouped by coalition: {@code phi_c = sum over S containing c of
     * coef(|S| - 1) v(S) - sum over S without c of coef(|S|) v(S)}, over the subsets S of the
     * players, with {@code coef(s) = s! (t - s - 1)! / t!}. Only the observed sets with
     * {@code v(S) > 0} contribute, so the cost is one pass over them instead of {@code t 2^t} terms.
     */
    private Map<String, Double> compute(Set<String> channels) {
        String[] players = channels.toArray(new String[0]);
        Arrays.sort(players);
        int t = players.length;

        // Local bit of each known channel, -1 for the others. A player no journey has gets no
        // index: no observed set contains it, so it only ever loses the worth of sets without it.
        int[] localBit = new int[index.size()];
        Arrays.fill(localBit, -1);
        long playerSignature = 0;
        for (int p = 0; p < t; p++) {
            Integer global = index.get(players[p]);
            if (global != null) {
                localBit[global] = p;
                playerSignature |= 1L << (global & 63);
            }
        }

        double[] phi = new double[t];
        for (int s = 0; s < coalitions.length; s++) {
            // The signature rejects a set with a channel outside the players in one AND, without
            // reading the set (exact below 64 channels; localMask settles the rest).
            if ((signatures[s] & ~playerSignature) != 0) {
                continue;
            }
            int mask = localMask(coalitions[s], localBit);
            if (mask < 0) {
                continue;
            }
            int size = coalitions[s].length;
            double joined = coalitionWorths[s] * coefficient(size - 1, t);
            double left = size < t ? coalitionWorths[s] * coefficient(size, t) : 0;
            for (int p = 0; p < t; p++) {
                phi[p] += (mask & (1 << p)) != 0 ? joined : -left;
            }
        }

        Map<String, Double> byChannel = new LinkedHashMap<>();
        for (int p = 0; p < t; p++) {
            byChannel.put(players[p], phi[p]);
        }
        return Collections.unmodifiableMap(byChannel);
    }

    /** The chance that, in a random order of {@code t} players, exactly a given {@code size} others precede a player. */
    private static double coefficient(int size, int t) {
        return FACTORIAL[size] * FACTORIAL[t - size - 1] / FACTORIAL[t];
    }

    /** The coalition as a bit mask over the players, or -1 when it has a channel outside them. */
    private static int localMask(int[] coalition, int[] localBit) {
        int mask = 0;
        for (int channel : coalition) {
            int bit = localBit[channel];
            if (bit < 0) {
                return -1;
            }
            mask |= 1 << bit;
        }
        return mask;
    }

    private static long signature(int[] channels) {
        long signature = 0;
        for (int channel : channels) {
            signature |= 1L << (channel & 63);
        }
        return signature;
    }

    private static double[] factorials(int n) {
        double[] f = new double[n + 1];
        f[0] = 1;
        for (int i = 1; i <= n; i++) {
            f[i] = f[i - 1] * i;
        }
        return f;
    }
}
