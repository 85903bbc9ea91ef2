package io.accountable.attribution;

import io.accountable.attribution.engine.Backtest;
import io.accountable.filter.DashboardFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/attribution/backtest}: the models ranked by how closely their
 * channel shares recover simulated true incremental shares on the filter's journeys, per
 * scenario and on average, and the predictive check of the two data-driven models.
 */
public record BacktestAnswer(String view, LocalDate from, LocalDate to, String lookbackDays, int journeys,
        double observedRate, int replicates, String best, List<Scenario> scenarios, List<Score> average,
        List<Check> predictiveChecks) {

    /** Mean absolute error of the model's channel shares (0..1; 0.02 is two percentage points per channel). */
    public record Score(String model, String label, double meanAbsoluteError, int rank) {
        /** The error in percentage points, for display. */
        public double points() {
            return meanAbsoluteError * 100;
        }
    }

    public record Scenario(String id, String description, Map<String, Double> effects, Map<String, Double> trueShares,
            double simulatedConversions, List<Score> scores) {
        /** A short heading for the scenario's column. */
        public String title() {
            return switch (id) {
                case "one_dominant" -> "One dominant channel";
                case "even" -> "Even effects";
                default -> "Mixed effects";
            };
        }
    }

    /** Log-loss of held-out accounts' outcomes; improvement is the fraction by which it beats the baseline. */
    public record Check(String model, String label, int trainingJourneys, int testJourneys, double logLoss,
            double baselineLogLoss, double improvement) {
        /** Better than the channel-blind guess by more than 1 %: the channels tell something about who converts. */
        public boolean helps() {
            return improvement > 0.01;
        }
    }

    static BacktestAnswer of(DashboardFilter filter, Backtest.Result r) {
        List<Score> average = scores(r.average());
        return new BacktestAnswer(filter.view().id(), filter.from(), filter.to(),
                filter.lookbackDays() == null ? "all" : String.valueOf(filter.lookbackDays()), r.journeys(),
                r.observedRate(), Backtest.REPLICATES, average.isEmpty() ? null : average.get(0).model(),
                r.scenarios().stream().map(s -> new Scenario(s.id(), s.description(), s.effects(), s.trueShares(),
                        s.simulatedConversions(), scores(s.scores()))).toList(),
                average,
                r.predictiveChecks().stream().map(c -> new Check(c.model().id(), c.model().label(),
                        c.trainingJourneys(), c.testJourneys(), c.logLoss(), c.baselineLogLoss(), c.improvement()))
                        .toList());
    }

    private static List<Score> scores(List<Backtest.Score> scores) {
        return scores.stream().map(s -> new Score(s.model().id(), s.model().label(), s.meanAbsoluteError(), s.rank()))
                .toList();
    }

    /** The model that came closest on average, or null when there was nothing to score. */
    public Score top() {
        return average.isEmpty() ? null : average.get(0);
    }

    /** The rank (1..10) of one model on average, or 0 when there was nothing to score. */
    public int rankOf(String model) {
        return average.stream().filter(s -> s.model().equals(model)).mapToInt(Score::rank).findFirst().orElse(0);
    }
}
