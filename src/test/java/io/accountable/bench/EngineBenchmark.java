package io.accountable.bench;

import io.accountable.attribution.engine.AttributionEngine;
import io.accountable.attribution.engine.ColumnarEngine;
import io.accountable.attribution.engine.JourneySet;
import io.accountable.attribution.engine.Journey;
import io.accountable.attribution.engine.Journeys;
import io.accountable.attribution.engine.ModelId;
import io.accountable.attribution.engine.ModelParams;
import io.accountable.attribution.engine.Opportunity;
import io.accountable.attribution.engine.Reports;
import io.accountable.attribution.engine.Touch;
import io.accountable.attribution.engine.View;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine alone, on journeys shaped like a year of the large demo data: 15,000 conversions
 * of about 40 touches over 13 channels (at most 8 per account), and 10,000 non-converting
 * paths. Run with the command in the README.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    private static final String[] CHANNELS = {"paid_social", "display", "paid_search", "webinar", "content_syndication",
            "email", "direct_mail", "event", "direct", "sdr_outreach", "social", "referral", "organic_search"};
    private static final String[] TYPES = {"ad_click", "web_visit", "email_open", "meeting", "call", "form_fill"};

    @Param({"first_touch", "linear", "time_decay", "w_shaped", "custom", "markov", "shapley"})
    public String model;

    /** {@code columnar}: the hot path of the app; {@code records}: the reference engine. */
    @Param({"columnar", "records"})
    public String engine;

    private static final List<String> CHANNELS_BY_CODE = List.of(CHANNELS);

    List<Journey> conversions;
    JourneySet set;
    List<List<String>> nonConverting;
    ModelParams params = ModelParams.defaults();

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        conversions = new ArrayList<>();
        for (int c = 0; c < 15_000; c++) {
            String account = "A" + c;
            int[] reachable = random.ints(8, 0, CHANNELS.length).toArray();
            Instant created = base.plusSeconds(random.nextLong(300L * 86_400));
            Instant closed = created.plusSeconds(20L * 86_400 + random.nextLong(100L * 86_400));
            List<Touch> touches = new ArrayList<>();
            int n = 10 + random.nextInt(60);
            for (int t = 0; t < n; t++) {
                touches.add(new Touch(account + "-" + t, account, null, null,
                        CHANNELS[reachable[random.nextInt(reachable.length)]], TYPES[random.nextInt(TYPES.length)],
                        closed.minusSeconds(random.nextLong(200L * 86_400))));
            }
            Opportunity opp = new Opportunity("O" + c, account, 10_000 + random.nextInt(200_000), "won", created,
                    closed);
            conversions.add(Journeys.build(opp, View.REVENUE, touches, created.minusSeconds(30L * 86_400), 180));
        }
        nonConverting = new ArrayList<>();
        for (int p = 0; p < 10_000; p++) {
            List<String> path = new ArrayList<>();
            int n = 1 + random.nextInt(30);
            for (int t = 0; t < n; t++) {
                path.add(CHANNELS[random.nextInt(CHANNELS.length)]);
            }
            nonConverting.add(path);
        }
        // The same journeys as columns: each eligible slice, then each non-converting path.
        List<String> channels = List.of(CHANNELS);
        List<String> types = List.of(TYPES);
        int size = conversions.stream().mapToInt(j -> j.touches().size()).sum()
                + nonConverting.stream().mapToInt(List::size).sum();
        int[] channel = new int[size];
        byte[] type = new byte[size];
        long[] time = new long[size];
        int k = 0;
        for (Journey j : conversions) {
            for (Touch t : j.touches()) {
                channel[k] = channels.indexOf(t.channel());
                type[k] = (byte) types.indexOf(t.type());
                time[k++] = t.occurredAt().toEpochMilli();
            }
        }
        for (List<String> path : nonConverting) {
            for (String c : path) {
                channel[k++] = channels.indexOf(c);
            }
        }
        JourneySet.Builder builder = JourneySet.builder(channel, type, time, channels, types, true);
        k = 0;
        for (int c = 0; c < conversions.size(); c++) {
            Journey j = conversions.get(c);
            int n = j.touches().size();
            Opportunity o = j.opportunity();
            builder.conversion(c, k, k + n, j.value(), j.moment().toEpochMilli(), o.createdAt().toEpochMilli(),
                    o.createdAt().minusSeconds(30L * 86_400).toEpochMilli());
            k += n;
        }
        for (List<String> path : nonConverting) {
            builder.nonConverting(k, k + path.size());
            k += path.size();
        }
        set = builder.build();
    }

    @Benchmark
    public Object attributeAndGroupByChannel() {
        if (engine.equals("columnar")) {
            return ColumnarEngine.attribute(ModelId.parse(model), set, params).groupByTouch(set.channelColumn(),
                    CHANNELS_BY_CODE::get);
        }
        return Reports.groupBy(AttributionEngine.attribute(ModelId.parse(model), conversions, nonConverting, params),
                Touch::channel);
    }
}
