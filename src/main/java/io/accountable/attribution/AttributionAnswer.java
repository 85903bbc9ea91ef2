package io.accountable.attribution;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/attribution} (data-and-api.md), unrounded. The dashboard and
 * the reports show exactly these numbers, rounded for display only.
 */
public record AttributionAnswer(
        String model,
        String label,
        String view,
        LocalDate from,
        LocalDate to,
        String groupBy,
        double total,
        double unattributed,
        int conversions,
        List<Row> rows,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> removalEffects,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double conversionProbability,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer shapleyFallbacks,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double interval,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer resamples) {

    public AttributionAnswer(String model, String label, String view, LocalDate from, LocalDate to, String groupBy,
            double total, double unattributed, int conversions, List<Row> rows, Map<String, Double> removalEffects,
            Double conversionProbability, Integer shapleyFallbacks) {
        this(model, label, view, from, to, groupBy, total, unattributed, conversions, rows, removalEffects,
                conversionProbability, shapleyFallbacks, null, null);
    }

    /** The same answer with an interval on every row, from {@code resamples} bootstrap resamples. */
    public AttributionAnswer withIntervals(double level, int resamples, List<Row> rows) {
        return new AttributionAnswer(model, label, view, from, to, groupBy, total, unattributed, conversions, rows,
                removalEffects, conversionProbability, shapleyFallbacks, level, resamples);
    }

    /**
     * One credited key. {@code cost}, {@code roi} and {@code roas} are null ("blank") for
     * groupings other than channel and campaign, and when the cost is 0.
     */
    public record Row(String key, String label, double credit, double conversions, Double cost, Double roi,
            Double roas,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double low,
            @JsonInclude(JsonInclude.Include.NON_NULL) Double high,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean tooLittleData) {

        public Row(String key, String label, double credit, double conversions, Double cost, Double roi, Double roas) {
            this(key, label, credit, conversions, cost, roi, roas, null, null, null);
        }

        /**
         * The row with its interval. Too little data: the interval is wider than the credit
         * itself, or fewer than {@link #MIN_CONVERSIONS} conversions are in scope.
         */
        public Row withInterval(double low, double high, int conversionsInScope) {
            return new Row(key, label, credit, conversions, cost, roi, roas, low, high,
                    high - low > credit || conversionsInScope < MIN_CONVERSIONS);
        }
    }

    /** Below this many conversions in scope every interval is marked "too little data". */
    public static final int MIN_CONVERSIONS = 30;

    public double credited() {
        return rows.stream().mapToDouble(Row::credit).sum();
    }
}
