package io.accountable.attribution.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where converting journeys start and where they end (docs/attribution.md, section 11): for each
 * conversion with at least one eligible touch, the channel of its first touch and the channel of
 * its last touch before the conversion, counted by pair with the conversions' value. The flows
 * add up to the conversions with touches; those without a touch are counted apart. Flows are
 * sorted by conversions (most first), then by value, then by first and last channel.
 */
public final class ChannelFlows {

    private ChannelFlows() {
    }

    /** One pair of first and last channel with its conversions and their value. */
    public record Flow(String first, String last, int conversions, double value) {
    }

    /**
     * @param conversions every conversion of the set, with or without touches
     * @param withoutTouches the conversions without an eligible touch (in no flow)
     * @param value the value of the conversions with touches (the flows' sum)
     */
    public record Result(int conversions, int withoutTouches, double value, List<Flow> flows) {
    }

    public static Result of(JourneySet set) {
        int[] channel = set.channelColumn();
        List<String> names = set.channelNames();
        Map<Long, double[]> pairs = new HashMap<>();
        int without = 0;
        double total = 0;
        for (int c = 0; c < set.conversions(); c++) {
            int n = set.length(c);
            if (n == 0) {
                without++;
                continue;
            }
            long key = ((long) channel[set.touch(c, 0)] << 32) | channel[set.touch(c, n - 1)];
            double[] count = pairs.computeIfAbsent(key, k -> new double[2]);
            count[0]++;
            count[1] += set.value(c);
            total += set.value(c);
        }
        List<Flow> flows = new ArrayList<>();
        pairs.forEach((key, count) -> flows.add(new Flow(names.get((int) (key >>> 32)), names.get((int) (long) key),
                (int) count[0], count[1])));
        flows.sort(Comparator.comparingInt((Flow f) -> -f.conversions()).thenComparingDouble(f -> -f.value())
                .thenComparing(Flow::first).thenComparing(Flow::last));
        return new Result(set.conversions(), without, total, List.copyOf(flows));
    }
}
