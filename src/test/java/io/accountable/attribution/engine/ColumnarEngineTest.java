package io.accountable.attribution.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The columnar engine (the hot path) and the record engine (explanations, the worked examples)
 * give the same credit: 10,000 random journeys, every model, every touch to 1e-9.
 */
class ColumnarEngineTest {

    private static final int CONVERSIONS = 10_000;
    private static final long DAY = 86_400_000L;
    private static final long NOW = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();
    private static final List<String> CHANNELS = List.of("paid_social", "webinar", "organic_search", "email", "event",
            "sdr_outreach", "direct", "partner", "review_site", "podcast", "display", "community", "print", "radio",
            "tv", "ooh");
    private static final List<String> TYPES;

    static {
        List<String> types = new ArrayList<>(ModelParams.DEFAULT_TYPE_WEIGHTS.keySet());
        types.add("not_in_the_table");
        TYPES = List.copyOf(types);
    }

    private static List<Journey> records;
    private static List<List<String>> nonConverting;
    private static JourneySet set;
    private static ModelParams params;

    @BeforeAll
    static void generate() {
        Random random = new Random(14);
        List<Integer> channel = new ArrayList<>();
        List<Integer> type = new ArrayList<>();
        List<Long> time = new ArrayList<>();
        record Conversion(int from, int to, Opportunity opp, View view, long lead, Integer lookback, List<Touch> all) {
        }
        List<Conversion> conversions = new ArrayList<>();
        List<int[]> paths = new ArrayList<>();
        for (int a = 0; a < CONVERSIONS * 3 / 2; a++) {
            String account = "A" + a;
            int n = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 6 : 40);
            // A few channels per account, sometimes more than Shapley's 12.
            int reach = random.nextInt(8) == 0 ? CHANNELS.size() : 1 + random.nextInt(5);
            List<Touch> touches = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // Whole hours, so equal times occur and the id breaks the tie.
                long at = NOW - random.nextInt(400 * 24) * 3_600_000L;
                touches.add(new Touch(String.format("t%06d-%03d", a, random.nextInt(1000)) + i, account, null, null,
                        CHANNELS.get(random.nextInt(reach)), TYPES.get(random.nextInt(TYPES.size())),
                        Instant.ofEpochMilli(at)));
            }
            touches.sort(Journeys.ORDER);
            int start = time.size();
            for (Touch t : touches) {
                channel.add(CHANNELS.indexOf(t.channel()));
                type.add(TYPES.indexOf(t.type()));
                time.add(t.occurredAt().toEpochMilli());
            }
            int end = time.size();
            if (a >= CONVERSIONS) {
                paths.add(new int[] {start, end});
                continue;
            }
            View view = View.REVENUE;
            long closed = NOW - random.nextInt(200) * DAY - random.nextInt(86_400) * 1000L;
            long created = closed - random.nextInt(150) * DAY;
            long lead = random.nextInt(4) == 0 ? Long.MIN_VALUE : created - random.nextInt(100) * DAY;
            Integer lookback = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> 30;
                default -> 90 + random.nextInt(300);
            };
            double amount = random.nextInt(20) == 0 ? 0 : Math.round(random.nextDouble() * 300_000 * 100) / 100.0;
            Opportunity opp = new Opportunity("O" + a, account, amount, Opportunity.WON, Instant.ofEpochMilli(created),
                    Instant.ofEpochMilli(closed));
            int lo = start;
            while (lo < end && lookback != null && time.get(lo) < created - lookback * DAY) {
                lo++;
            }
            int hi = lo;
            while (hi < end && time.get(hi) <= closed) {
                hi++;
            }
            conversions.add(new Conversion(lo, hi, opp, view, lead, lookback, touches));
        }
        JourneySet.Builder builder = JourneySet.builder(ints(channel), bytes(type),
                time.stream().mapToLong(Long::longValue).toArray(), CHANNELS, TYPES, true);
        records = new ArrayList<>();
        for (int c = 0; c < conversions.size(); c++) {
            Conversion k = conversions.get(c);
            builder.conversion(c, k.from, k.to, k.opp.amount(), k.opp.closedAt().toEpochMilli(),
                    k.opp.createdAt().toEpochMilli(), k.lead);
            records.add(Journeys.build(k.opp, k.view, k.all,
                    k.lead == Long.MIN_VALUE ? null : Instant.ofEpochMilli(k.lead), k.lookback));
        }
        nonConverting = new ArrayList<>();
        for (int[] p : paths) {
            builder.nonConverting(p[0], p[1]);
            if (p[1] > p[0]) {
                List<String> path = new ArrayList<>();
                for (int t = p[0]; t < p[1]; t++) {
                    path.add(CHANNELS.get(channel.get(t)));
                }
                nonConverting.add(path);
            }
        }
        set = builder.build();
        params = new ModelParams(3 + random.nextDouble() * 20, 0.3, 0.5, ModelParams.DEFAULT_TYPE_WEIGHTS);
    }

    private static byte[] bytes(List<Integer> values) {
        byte[] out = new byte[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).byteValue();
        }
        return out;
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    @ParameterizedTest
    @EnumSource(ModelId.class)
    void bothPathsGiveTheSameCredit(ModelId model) {
        AttributionResult expected = AttributionEngine.attribute(model, records, nonConverting, params);
        Credits actual = ColumnarEngine.attribute(model, set, params);

        assertEquals(expected.conversions(), actual.conversions());
        assertEquals(expected.total(), actual.total(), 1e-6);
        assertEquals(expected.unattributed(), actual.unattributed(), 1e-6);
        assertEquals(expected.shapleyFallbacks(), actual.shapleyFallbacks());
        int attributed = 0;
        for (int c = 0; c < records.size(); c++) {
            JourneyCredit jc = expected.journeys().get(c);
            assertEquals(jc.journey().touches().size(), set.length(c), "touches of conversion " + c);
            int[] milestones = set.milestones(c);
            assertEquals(jc.journey().lc(), milestones[1], "lc of conversion " + c);
            assertEquals(jc.journey().oc(), milestones[2], "oc of conversion " + c);
            for (int i = 0; i < set.length(c); i++) {
                assertEquals(jc.weight(i), actual.weight(c, i), 1e-9, model + ": conversion " + c + ", touch " + i);
            }
            if (jc.journey().attributed()) {
                attributed++;
                assertEquals(jc.credited(), actual.credited(c), 1e-6);
                Map<String, Double> scores = actual.channelScores(c);
                assertEquals(jc.channelScores().keySet(), scores.keySet(), "channels scored, conversion " + c);
                jc.channelScores().forEach((ch, v) -> assertEquals(v, scores.get(ch), 1e-9, ch));
            }
        }
        assertTrue(attributed > CONVERSIONS / 2, "most conversions are attributed");
        assertEquals(expected.removalEffects().keySet(), actual.removalEffects().keySet());
        expected.removalEffects().forEach((ch, v) -> assertEquals(v, actual.removalEffects().get(ch), 1e-9, ch));
        if (expected.conversionProbability() != null) {
            assertEquals(expected.conversionProbability(), actual.conversionProbability(), 1e-12);
        }

        List<Row> byChannel = Reports.groupBy(expected, Touch::channel);
        List<Row> grouped = actual.groupByTouch(set.channel, CHANNELS::get);
        assertEquals(byChannel.size(), grouped.size());
        Map<String, Row> byKey = new HashMap<>();
        grouped.forEach(r -> byKey.put(r.key(), r));
        for (Row row : byChannel) {
            assertEquals(row.credit(), byKey.get(row.key()).credit(), 1e-6, row.key());
            assertEquals(row.conversions(), byKey.get(row.key()).conversions(), 1e-9, row.key());
        }
        List<Row> byAccount = Reports.groupBy(expected, Touch::accountId);
        List<Row> accounts = actual.groupByConversion(c -> c, c -> "A" + c);
        assertEquals(byAccount.size(), accounts.size());
    }
}
