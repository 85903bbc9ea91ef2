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
}
