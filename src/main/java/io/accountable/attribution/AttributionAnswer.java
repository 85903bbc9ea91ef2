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
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer shapleyFallbacks) {

    /**
     * One credited key. {@code cost}, {@code roi} and {@code roas} are null ("blank") for
     * groupings other than channel and campaign, and when the cost is 0.
     */
    public record Row(String key, String label, double credit, double conversions, Double cost, Double roi,
            Double roas) {
    }

    public double credited() {
        return rows.stream().mapToDouble(Row::credit).sum();
    }
}
