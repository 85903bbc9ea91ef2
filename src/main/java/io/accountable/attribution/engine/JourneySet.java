package io.accountable.attribution.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The conversions of one request in columns, for the hot path (spec sections 1 and 2). Touches
 * are not copied: every journey is a slice {@code [from, to)} of shared touch columns (channel
 * code, type code, time in epoch milliseconds) that are already in journey order (time, then
 * id). The non-converting paths of the data-driven models are slices too. A weight per eligible
 * touch lives at {@code offset(c) + i} of a {@code double[]} of {@link #touches()} entries.
 *
 * <p>The records ({@link Journey}, {@link Touch}) stay for the explanation of one deal and for
 * tests; both paths give the same credit (tested to 1e-9).
 */
public final class JourneySet {

    final int[] channel;
    final byte[] type;
    final long[] time;
    final List<String> channelNames;
    final List<String> typeNames;
    final boolean revenue;

    final int conversions;
    final int[] from;
    final int[] to;
    final int[] offset;
    final double[] value;
    final long[] moment;
    /** Absolute touch index of the lead-creation and opportunity-creation touches, or -1. */
    final int[] lc;
    final int[] oc;
    final int[] id;

    final int paths;
    final int[] pathFrom;
    final int[] pathTo;

    private JourneySet(Builder b) {
        channel = b.channel;
        type = b.type;
        time = b.time;
        channelNames = b.channelNames;
        typeNames = b.typeNames;
        revenue = b.revenue;
        conversions = b.conversions;
        from = Arrays.copyOf(b.from, conversions);
        to = Arrays.copyOf(b.to, conversions);
        value = Arrays.copyOf(b.value, conversions);
        moment = Arrays.copyOf(b.moment, conversions);
        lc = Arrays.copyOf(b.lc, conversions);
        oc = Arrays.copyOf(b.oc, conversions);
        id = Arrays.copyOf(b.id, conversions);
        offset = new int[conversions + 1];
        for (int c = 0; c < conversions; c++) {
            offset[c + 1] = offset[c] + to[c] - from[c];
        }
        paths = b.paths;
        pathFrom = Arrays.copyOf(b.pathFrom, paths);
        pathTo = Arrays.copyOf(b.pathTo, paths);
    }

    /** Number of conversions, attributed or not. */
    public int conversions() {
        return conversions;
    }

    /** Number of eligible touches over all conversions: the length of a weights array. */
    public int touches() {
        return offset[conversions];
    }

    /** Where conversion {@code c}'s weights start in a weights array. */
    public int offset(int c) {
        return offset[c];
    }

    /** Number of eligible touches of conversion {@code c}. */
    public int length(int c) {
        return to[c] - from[c];
    }

    /** Index in the shared touch columns of touch {@code i} of conversion {@code c}. */
    public int touch(int c, int i) {
        return from[c] + i;
    }

    /** The caller's id of conversion {@code c} (for example the opportunity's index). */
    public int id(int c) {
        return id[c];
    }

    public double value(int c) {
        return value[c];
    }

    /** Milestone indices inside the journey of conversion {@code c}, -1 when undefined: ft, lc, oc, cw. */
    public int[] milestones(int c) {
        int n = length(c);
        return new int[] {n > 0 ? 0 : -1, lc[c] < 0 ? -1 : lc[c] - from[c], oc[c] < 0 ? -1 : oc[c] - from[c],
            revenue && n > 0 ? n - 1 : -1};
    }

    /** The shared channel column, indexed by touch (for grouping by channel). */
    public int[] channelColumn() {
        return channel;
    }

    public List<String> channelNames() {
        return channelNames;
    }

    /** Number of non-converting paths. */
    public int paths() {
        return paths;
    }

    /** First touch index (in the shared columns) of non-converting path {@code p}. */
    public int pathFrom(int p) {
        return pathFrom[p];
    }

    /** One past the last touch index (in the shared columns) of non-converting path {@code p}. */
    public int pathTo(int p) {
        return pathTo[p];
    }

    /**
     * A new set over the same touch columns holding the given conversions and paths of this one,
     * each as often as its index appears (a bootstrap resample). Milestones are copied, not
     * recomputed: a conversion's journey does not depend on the others.
     */
    public JourneySet resample(int[] conversionIndex, int conversionCount, int[] pathIndex, int pathCount) {
        return new JourneySet(this, conversionIndex, conversionCount, pathIndex, pathCount);
    }

    private JourneySet(JourneySet s, int[] ci, int nc, int[] pi, int np) {
        channel = s.channel;
        type = s.type;
        time = s.time;
        channelNames = s.channelNames;
        typeNames = s.typeNames;
        revenue = s.revenue;
        conversions = nc;
        from = new int[nc];
        to = new int[nc];
        value = new double[nc];
        moment = new long[nc];
        lc = new int[nc];
        oc = new int[nc];
        id = new int[nc];
        offset = new int[nc + 1];
        for (int k = 0; k < nc; k++) {
            int c = ci[k];
            from[k] = s.from[c];
            to[k] = s.to[c];
            value[k] = s.value[c];
            moment[k] = s.moment[c];
            lc[k] = s.lc[c];
            oc[k] = s.oc[c];
            id[k] = s.id[c];
            offset[k + 1] = offset[k] + to[k] - from[k];
        }
        paths = np;
        pathFrom = new int[np];
        pathTo = new int[np];
        for (int k = 0; k < np; k++) {
            pathFrom[k] = s.pathFrom[pi[k]];
            pathTo[k] = s.pathTo[pi[k]];
        }
    }

    /**
     * A set over the same touch columns with simulated outcomes (the backtest): conversions of
     * value 1 over {@code [from, to)} with the given milestone touches (absolute, -1 when
     * undefined), and non-converting paths.
     */
    JourneySet simulated(int nc, int[] from, int[] to, int[] lc, int[] oc, int np, int[] pathFrom, int[] pathTo) {
        return new JourneySet(this, nc, from, to, lc, oc, np, pathFrom, pathTo);
    }

    private JourneySet(JourneySet s, int nc, int[] from, int[] to, int[] lc, int[] oc, int np, int[] pathFrom,
                       int[] pathTo) {
        channel = s.channel;
        type = s.type;
        time = s.time;
        channelNames = s.channelNames;
        typeNames = s.typeNames;
        revenue = s.revenue;
        conversions = nc;
        this.from = Arrays.copyOf(from, nc);
        this.to = Arrays.copyOf(to, nc);
        this.lc = Arrays.copyOf(lc, nc);
        this.oc = Arrays.copyOf(oc, nc);
        value = new double[nc];
        Arrays.fill(value, 1.0);
        moment = new long[nc];
        id = new int[nc];
        offset = new int[nc + 1];
        for (int k = 0; k < nc; k++) {
            moment[k] = this.to[k] > this.from[k] ? time[this.to[k] - 1] : 0;
            id[k] = k;
            offset[k + 1] = offset[k] + this.to[k] - this.from[k];
        }
        paths = np;
        this.pathFrom = Arrays.copyOf(pathFrom, np);
        this.pathTo = Arrays.copyOf(pathTo, np);
    }

    /** Estimated heap use, for caches bounded by weight (the shared columns are not counted). */
    public long bytes() {
        return 64 + (long) conversions * (4 * 7 + 8 * 2) + (long) paths * 8;
    }

    /**
     * Collects conversions and paths over shared touch columns.
     *
     * @param channel      channel code per touch; a code is an index into {@code channelNames}
     * @param type         touch-type code per touch; an index into {@code typeNames}
     * @param time         epoch milliseconds per touch; within a slice, in journey order
     * @param revenue      the revenue view (the last touch is the closed-won milestone) or pipeline
     */
    public static Builder builder(int[] channel, byte[] type, long[] time, List<String> channelNames,
                                  List<String> typeNames, boolean revenue) {
        return new Builder(channel, type, time, channelNames, typeNames, revenue);
    }

    public static final class Builder {
        private final int[] channel;
        private final byte[] type;
        private final long[] time;
        private final List<String> channelNames;
        private final List<String> typeNames;
        private final boolean revenue;
        private int conversions;
        private int[] from = new int[64];
        private int[] to = new int[64];
        private double[] value = new double[64];
        private long[] moment = new long[64];
        private int[] lc = new int[64];
        private int[] oc = new int[64];
        private int[] id = new int[64];
        private int paths;
        private int[] pathFrom = new int[64];
        private int[] pathTo = new int[64];

        private Builder(int[] channel, byte[] type, long[] time, List<String> channelNames, List<String> typeNames,
                        boolean revenue) {
            this.channel = Objects.requireNonNull(channel, "channel");
            this.type = Objects.requireNonNull(type, "type");
            this.time = Objects.requireNonNull(time, "time");
            this.channelNames = List.copyOf(channelNames);
            this.typeNames = List.copyOf(typeNames);
            this.revenue = revenue;
        }

        /**
         * Adds a conversion whose eligible touches are {@code [from, to)}.
         *
         * @param createdAt     the opportunity's creation (epoch ms): the oc milestone is the last touch at or before it
         * @param leadCreatedAt the account's lead creation (epoch ms), or {@link Long#MIN_VALUE} when undefined
         */
        public Builder conversion(int id, int from, int to, double value, long moment, long createdAt,
                                  long leadCreatedAt) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("Value of conversion " + id + " is not finite: " + value);
            }
            if (from < 0 || to < from || to > time.length) {
                throw new IllegalArgumentException("Touches [" + from + ", " + to + ") of conversion " + id
                        + " are outside the " + time.length + " touches");
            }
            if (conversions == this.from.length) {
                int n = conversions * 2;
                this.from = Arrays.copyOf(this.from, n);
                this.to = Arrays.copyOf(this.to, n);
                this.value = Arrays.copyOf(this.value, n);
                this.moment = Arrays.copyOf(this.moment, n);
                this.lc = Arrays.copyOf(this.lc, n);
                this.oc = Arrays.copyOf(this.oc, n);
                this.id = Arrays.copyOf(this.id, n);
            }
            int c = conversions++;
            this.from[c] = from;
            this.to[c] = to;
            this.value[c] = value;
            this.moment[c] = moment;
            this.lc[c] = leadCreatedAt == Long.MIN_VALUE ? -1 : lastAtOrBefore(from, to, leadCreatedAt);
            this.oc[c] = lastAtOrBefore(from, to, createdAt);
            this.id[c] = id;
            return this;
        }

        /** Adds the path {@code [from, to)} of a non-converting account; an empty one is ignored. */
        public Builder nonConverting(int from, int to) {
            if (to <= from) {
                return this;
            }
            if (paths == pathFrom.length) {
                pathFrom = Arrays.copyOf(pathFrom, paths * 2);
                pathTo = Arrays.copyOf(pathTo, paths * 2);
            }
            pathFrom[paths] = from;
            pathTo[paths] = to;
            paths++;
            return this;
        }

        public JourneySet build() {
            return new JourneySet(this);
        }

        /** The last index of {@code [start, end)} whose time is at or before {@code limit}, or -1. */
        private int lastAtOrBefore(int start, int end, long limit) {
            int lo = start;
            int hi = end;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (time[mid] <= limit) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > start ? lo - 1 : -1;
        }
    }
}
