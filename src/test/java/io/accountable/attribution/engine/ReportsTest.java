package io.accountable.attribution.engine;

import static io.accountable.attribution.engine.Fixtures.CLOSE;
import static io.accountable.attribution.engine.Fixtures.daysBeforeClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reports")
class ReportsTest {

    private static Touch touch(String id, String account, String campaign, String channel, double daysBeforeClose) {
        return new Touch(id, account, null, campaign, channel, "web_visit", daysBeforeClose(daysBeforeClose));
    }

    private static AttributionResult linear() {
        Journey first = Journeys.build(Fixtures.won("o1", "a1", 300, daysBeforeClose(30), CLOSE), View.REVENUE,
                List.of(touch("t1", "a1", "spring", "email", 20), touch("t2", "a1", null, "event", 10),
                        touch("t3", "a1", null, "direct", 5)), null, 180);
        Journey second = Journeys.build(Fixtures.won("o2", "a2", 100, daysBeforeClose(30), CLOSE), View.REVENUE,
                List.of(touch("t4", "a2", "spring", "event", 20)), null, 180);
        return AttributionEngine.attribute(ModelId.LINEAR, List.of(first, second), null, ModelParams.defaults());
    }

    @Test
    void shouldSumCreditAndFractionalConversionsPerKeySortedByCreditThenKey() {
        List<Row> rows = Reports.groupBy(linear(), Touch::channel);

        assertEquals(List.of("event", "direct", "email"), rows.stream().map(Row::key).toList());
        assertEquals(200, rows.get(0).credit(), 1e-9);
        assertEquals(1 + 1.0 / 3, rows.get(0).conversions(), 1e-12);
        assertEquals(100, rows.get(1).credit(), 1e-9);
        assertEquals(1.0 / 3, rows.get(2).conversions(), 1e-12);
    }

    @Test
    void shouldPutTouchesWithoutKeyInTheNoneRow() {
        Map<String, Double> credit = Reports.groupBy(linear(), Touch::campaignId).stream()
                .collect(java.util.stream.Collectors.toMap(Row::key, Row::credit));

        assertEquals(Map.of("spring", 200.0, Reports.NONE, 200.0), credit);
    }

    @Test
    void shouldGiveNoRowToKeysWhoseTouchesGotNoWeight() {
        AttributionResult first = AttributionEngine.attribute(ModelId.FIRST_TOUCH, linear().journeys().stream()
                .map(JourneyCredit::journey).toList(), null, ModelParams.defaults());

        assertEquals(List.of(new Row("email", 300, 1), new Row("event", 100, 1)),
                Reports.groupBy(first, Touch::channel));
    }
}
