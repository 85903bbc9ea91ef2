package io.accountable.kpi.formula;

import io.accountable.facts.Facts;

/**
 * The account engagement score of metrics.md: the sum of the account's touches up to
 * {@code t}, each weighted by its type and halved every {@code H} days of age; and its tiers.
 */
public final class Engagement {

    public enum Tier {
        COLD, WARM, HOT, ON_FIRE;

        public String id() {
            return name().toLowerCase();
        }

        public static Tier of(double score) {
            return score >= 100 ? ON_FIRE : score >= 40 ? HOT : score >= 10 ? WARM : COLD;
        }
    }

    private static final double DAY_MS = 86_400_000.0;

    private Engagement() {
    }

    /** The score of one account at instant {@code atMillis} (touches with occurred_at <= t). */
    public static double score(Facts f, int account, long atMillis, double[] weightByType, double halfLifeDays) {
        int from = f.touchStart[account];
        int to = f.touchesEndAtOrBefore(account, atMillis);
        double score = 0;
        for (int t = from; t < to; t++) {
            double weight = weightByType[f.touchType[t]];
            if (weight != 0) {
                double ageDays = (atMillis - f.touchTime[t]) / DAY_MS;
                score += weight * Math.pow(2, -ageDays / halfLifeDays);
            }
        }
        return score;
    }

    /** Scores of every account at one instant: one pass over the touches. */
    public static double[] scores(Facts f, long atMillis, double[] weightByType, double halfLifeDays) {
        double[] scores = new double[f.accountCount];
        for (int a = 0; a < f.accountCount; a++) {
            scores[a] = score(f, a, atMillis, weightByType, halfLifeDays);
        }
        return scores;
    }

    /** The score at the end of each of the last {@code months} months up to {@code atMillis}, oldest first. */
    public static double[] trend(Facts f, int account, java.time.ZonedDateTime at, int months, double[] weightByType,
            double halfLifeDays) {
        double[] trend = new double[months];
        for (int m = 0; m < months; m++) {
            long t = at.minusMonths(months - 1 - m).toInstant().toEpochMilli();
            trend[m] = score(f, account, t, weightByType, halfLifeDays);
        }
        return trend;
    }

    /**
     * The scores of every account at any instant without walking its touches: per account, the
     * running sum of {@code weight * 2^((t_j - a) / H)} over its touches, where {@code a} is the
     * time of the first touch of a block of touches spanning at most 512 half-lives (so no term
     * overflows or underflows). The score at {@code T} is then, per block, one running sum times
     * {@code 2^((a - T) / H)}: the same sum as {@link #score}, regrouped (equal to 1e-12
     * relative, tested). Built once per facts, weights and half-life; 8 bytes per touch.
     */
    public static final class Index {
        private static final double SPAN_HALF_LIVES = 512;

        private final Facts facts;
        private final double[] weightByType;
        private final double halfLifeDays;
        private final double[] running;
        /** Blocks of account a: {@code [accountBlock[a], accountBlock[a + 1])}; block b starts at touch {@code blockStart[b]}. */
        private final int[] accountBlock;
        private final int[] blockStart;

        public Index(Facts f, double[] weightByType, double halfLifeDays) {
            this.facts = f;
            this.weightByType = weightByType.clone();
            this.halfLifeDays = halfLifeDays;
            running = new double[f.touchCount];
            accountBlock = new int[f.accountCount + 1];
            int[] starts = new int[Math.max(16, f.accountCount + 1)];
            int blocks = 0;
            double spanMs = SPAN_HALF_LIVES * halfLifeDays * DAY_MS;
            for (int a = 0; a < f.accountCount; a++) {
                accountBlock[a] = blocks;
                long anchor = 0;
                double sum = 0;
                for (int t = f.touchStart[a]; t < f.touchStart[a + 1]; t++) {
                    if (t == f.touchStart[a] || f.touchTime[t] - anchor > spanMs) {
                        if (blocks == starts.length) {
                            starts = java.util.Arrays.copyOf(starts, blocks * 2);
                        }
                        starts[blocks++] = t;
                        anchor = f.touchTime[t];
                        sum = 0;
                    }
                    double weight = weightByType[f.touchType[t]];
                    if (weight != 0) {
                        sum += weight * Math.pow(2, (f.touchTime[t] - anchor) / DAY_MS / halfLifeDays);
                    }
                    running[t] = sum;
                }
            }
            accountBlock[f.accountCount] = blocks;
            blockStart = java.util.Arrays.copyOf(starts, blocks);
        }

        /**
         * Whether this index answers for these facts, weights and half-life: the same touch
         * columns (facts that only renamed accounts share them, and columns are never written).
         */
        public boolean answers(Facts f, double[] weights, double halfLife) {
            return facts.touchTime == f.touchTime && facts.touchType == f.touchType && facts.touchStart == f.touchStart
                    && halfLifeDays == halfLife && java.util.Arrays.equals(weightByType, weights);
        }

        /** {@link Engagement#score} of the account at {@code atMillis}. */
        public double score(int account, long atMillis) {
            return score(account, atMillis, facts.touchesEndAtOrBefore(account, atMillis));
        }

        /** The same, given {@code end = facts.touchesEndAtOrBefore(account, atMillis)}. */
        public double score(int account, long atMillis, int end) {
            double score = 0;
            for (int b = accountBlock[account]; b < accountBlock[account + 1]; b++) {
                int first = blockStart[b];
                if (first >= end) {
                    break;
                }
                int last = Math.min(end, b + 1 < accountBlock[account + 1] ? blockStart[b + 1] : end) - 1;
                double ageDays = (atMillis - facts.touchTime[first]) / DAY_MS;
                score += running[last] * Math.pow(2, -ageDays / halfLifeDays);
            }
            return score;
        }

        /** Heap held, in bytes (for the cache budget). */
        public long bytes() {
            return 8L * running.length + 4L * (accountBlock.length + blockStart.length);
        }
    }
}
