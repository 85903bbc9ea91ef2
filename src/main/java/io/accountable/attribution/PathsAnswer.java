package io.accountable.attribution;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.accountable.attribution.engine.PathFrequencies;
import io.accountable.filter.DashboardFilter;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code GET /api/attribution/paths} (data-and-api.md, attribution.md section 11):
 * the most frequent channel paths of the filter's journeys, converting or not, and the rest in
 * {@code other}, so that the rows and {@code other} add up to {@code journeys}, {@code conversions}
 * and {@code value}. Unrounded.
 */
public record PathsAnswer(String view, LocalDate from, LocalDate to, int top, int journeys, int conversions,
        double value, int paths, List<Row> rows, Row other) {

    /**
     * One path: its channel ids in order, consecutive repeats collapsed (empty for conversions
     * without an eligible touch; absent on {@code other}).
     */
    public record Row(@JsonInclude(JsonInclude.Include.NON_NULL) List<String> path, int journeys, int conversions,
            Double conversionRate, double value) {

        static Row of(PathFrequencies.Row r) {
            return new Row(r.path(), r.journeys(), r.conversions(), r.conversionRate(), r.value());
        }
    }

    static PathsAnswer of(DashboardFilter filter, int top, PathFrequencies.Result r) {
        return new PathsAnswer(filter.view().id(), filter.from(), filter.to(), top, r.journeys(), r.conversions(),
                r.value(), r.paths(), r.rows().stream().map(Row::of).toList(), Row.of(r.other()));
    }
}
