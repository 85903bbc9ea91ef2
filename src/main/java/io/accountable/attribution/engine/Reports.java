package io.accountable.attribution.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Sums credits into report rows (spec section 5). */
public final class Reports {

    /** The key of touches that have none, e.g. no campaign. */
    public static final String NONE = "(none)";

    private static final Comparator<Row> ORDER =
            Comparator.comparingDouble(Row::credit).reversed().thenComparing(Row::key);

    private Reports() {
    }

    /**
     * Groups the credit of every touch by {@code key} (e.g. {@code Touch::channel}, or a lookup of the
     * account's tier). Touches of weight 0 are skipped, so rows exist exactly for the keys that
     * received a positive weight; this keeps a row whose conversions all had value 0 (its
     * {@code conversions} count is meaningful) and drops keys that were never credited.
     *
     * @return rows sorted by credit descending, then key
     */
    public static List<Row> groupBy(AttributionResult result, Function<Touch, String> key) {
        Objects.requireNonNull(key, "key");
        Map<String, double[]> sums = new HashMap<>();
        for (JourneyCredit credit : result.journeys()) {
            List<Touch> touches = credit.journey().touches();
            double value = credit.journey().value();
            for (int i = 0; i < touches.size(); i++) {
                double weight = credit.weight(i);
                if (weight > 0) {
                    String group = key.apply(touches.get(i));
                    double[] sum = sums.computeIfAbsent(group == null ? NONE : group, g -> new double[2]);
                    sum[0] += weight * value;
                    sum[1] += weight;
                }
            }
        }
        List<Row> rows = new ArrayList<>(sums.size());
        sums.forEach((group, sum) -> rows.add(new Row(group, sum[0], sum[1])));
        rows.sort(ORDER);
        return List.copyOf(rows);
    }
}
