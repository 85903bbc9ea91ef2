package io.accountable.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test: N signed-in users for S seconds against a running Accountable. Each user
 * signs in through the form, then in a loop changes the dashboard filter (as the full page with the
 * two cards the browser loads after it, and as the htmx fragment) the way people do: one of the four period presets, the ten models and four
 * lookbacks, 160 filters in all. With {@code -Dfresh=true} every filter is one never seen before
 * (a random lookback), the worst case: each is computed afresh. The user then searches the accounts
 * list, opens an account page, and once a minute downloads the executive PDF (a 429 there means
 * "two are rendering": the user waits and retries, as the page does). One more client imports a
 * small accounts file every 20 s through the API. Prints p50, p95 and max per kind and the errors
 * (any status >= 500, a connection failure, or a 4xx other than a PDF's 429).
 *
 * <p>With {@code -Dthink=1000} each user reads for 0.5 to 1.5 s between two requests, as a person
 * does (the default, 0, sends the next request the moment the last one is answered: a stress
 * test, not people).
 *
 * <p>Run with {@code bench/load-test.sh}; not part of the test suite.
 */
public final class LoadTest {

    private record Sample(String kind, long nanos, int status) {
    }

    private static final List<String> PERIODS = List.of("this_quarter", "last_quarter", "year_to_date",
            "last_12_months");
    private static final List<String> MODELS = java.util.Arrays.stream(io.accountable.attribution.engine.ModelId.values())
            .map(io.accountable.attribution.engine.ModelId::id).toList();
    private static final List<String> LOOKBACKS = List.of("90", "180", "365", "all");

    private final String base;
    /** Every dashboard request a filter never seen before (the worst case), or a person's choices. */
    private final boolean fresh = Boolean.getBoolean("fresh");
    private final String user;
    private final String password;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicInteger pdfRetries = new AtomicInteger();
    private final AtomicInteger pendingCards = new AtomicInteger();
    /** Mean think time between two requests of one user, in ms (0: none). */
    private final long think = Long.getLong("think", 0);
    private volatile boolean running = true;

    private LoadTest(String base, String user, String password) {
        this.base = base;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String[] auth = (args.length > 1 ? args[1] : "admin:admin-secret").split(":", 2);
        int users = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int accounts = args.length > 4 ? Integer.parseInt(args[4]) : 20_000;
        new LoadTest(base, auth[0], auth[1]).run(users, seconds, accounts);
    }

    private void run(int users, int seconds, int accounts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users + 1);
        for (int u = 0; u < users; u++) {
            int id = u;
            pool.submit(() -> user(id, accounts));
        }
        pool.submit(this::importer);
        Thread.sleep(seconds * 1000L);
        running = false;
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        report(users, seconds);
    }

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private void user(int id, int accounts) {
        SplittableRandom random = new SplittableRandom(id);
        HttpClient http = client();
        try {
            String csrf = "load-" + id;
            HttpRequest signIn = HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "accountable-csrf=" + csrf)
                    .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + csrf + "&username=" + user + "&password="
                            + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8))).build();
            HttpResponse<String> answer = http.send(signIn, HttpResponse.BodyHandlers.ofString());
            String cookie = answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("accountable-session="))
                    .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
            long nextPdf = System.nanoTime() + random.nextLong(60_000_000_000L);
            int step = 0;
            while (running) {
                String filter = fresh
                        ? "period=last_12_months&lookbackDays=" + (30 + random.nextInt(700)) + "&model="
                                + MODELS.get(random.nextInt(MODELS.size()))
                        : "period=" + PERIODS.get(random.nextInt(PERIODS.size())) + "&model="
                                + MODELS.get(random.nextInt(MODELS.size())) + "&lookbackDays="
                                + LOOKBACKS.get(random.nextInt(LOOKBACKS.size()));
                switch (step++ % 4) {
                    case 0 -> dashboard(http, cookie, "page", filter, false);
                    case 1 -> dashboard(http, cookie, "fragment", filter, true);
                    case 2 -> get(http, cookie, "accounts", "/accounts?q=" + (char) ('a' + random.nextInt(26)), false);
                    default -> get(http, cookie, "account page",
                            "/accounts/" + String.format("ACC%05d", 1 + random.nextInt(accounts)), false);
                }
                if (think > 0) {
                    sleep(think / 2 + random.nextLong(think + 1));
                }
                if (System.nanoTime() > nextPdf) {
                    pdf(http, cookie, "/reports/executive.pdf?period=last_quarter");
                    nextPdf = System.nanoTime() + 60_000_000_000L;
                }
            }
        } catch (Exception e) {
            errors.computeIfAbsent("user " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private void importer() {
        HttpClient http = client();
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        int round = 0;
        while (running) {
            // a new name every time: each import really changes a row, so the facts are rebuilt
            String csv = "id,name,tier,target\nLOAD" + (round % 5) + ",Load test " + round + " at " + System.nanoTime()
                    + ",one_to_many,false\n";
            round++;
            long start = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/import/accounts"))
                        .header("Authorization", basic).header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
                record("import", start, answer.statusCode());
            } catch (Exception e) {
                errors.computeIfAbsent("import " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
            }
            sleep(20_000);
        }
    }

    /**
     * The dashboard (page or htmx swap), then what the browser loads after it: the narrative, the
     * trend, the flow and the engagement cards, and the two trust cards.
     */
    private void dashboard(HttpClient http, String cookie, String kind, String filter, boolean htmx) {
        get(http, cookie, kind, "/?" + filter, htmx);
        for (String card : new String[] {"narrative", "trend", "flow", "engagement"}) {
            get(http, cookie, "cards after the page", "/fragments/" + card + "?" + filter, true);
        }
        get(http, cookie, "trust cards", "/fragments/intervals?" + filter, true);
        get(http, cookie, "trust cards", "/fragments/backtest?" + filter, true);
    }

    private void get(HttpClient http, String cookie, String kind, String path, boolean htmx) {
        long start = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                    .timeout(Duration.ofSeconds(60));
            if (htmx) {
                request.header("HX-Request", "true");
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            // a trust card whose gate is full says "still computing" and asks again (as the browser does)
            boolean pending = answer.body().contains("load delay:3s");
            record(pending ? kind + " (still computing)" : kind, start, answer.statusCode());
            if (pending) {
                pendingCards.incrementAndGet();
            }
        } catch (Exception e) {
            errors.computeIfAbsent(kind + " " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private void pdf(HttpClient http, String cookie, String path) {
        long start = System.nanoTime();
        for (int attempt = 0; attempt < 30 && running; attempt++) {
            try {
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", cookie).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() == 429) {
                    pdfRetries.incrementAndGet();
                    sleep(1000);
                    continue;
                }
                record("pdf (with waits)", start, answer.statusCode());
                return;
            } catch (Exception e) {
                errors.computeIfAbsent("pdf " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                return;
            }
        }
    }

    private void record(String kind, long start, int status) {
        samples.add(new Sample(kind, System.nanoTime() - start, status));
        if (status >= 400) {
            errors.computeIfAbsent(kind + " " + status, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(int users, int seconds) {
        Map<String, List<Long>> byKind = new TreeMap<>();
        for (Sample s : samples) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s.nanos());
        }
        System.out.printf("%s filters, think %d ms, %d users for %d s: %d requests, %d errors, %d PDF waits (429, retried)%n", fresh ? "never-seen" : "people's", think, users, seconds,
                samples.size(), errors.values().stream().mapToInt(AtomicInteger::get).sum(), pdfRetries.get());
        System.out.println("| request | count | p50 | p95 | max |");
        System.out.println("| --- | --- | --- | --- | --- |");
        byKind.forEach((kind, list) -> {
            list.sort(null);
            System.out.printf("| %s | %d | %d ms | %d ms | %d ms |%n", kind, list.size(), at(list, 0.5), at(list, 0.95),
                    list.get(list.size() - 1) / 1_000_000);
        });
        errors.forEach((what, count) -> System.out.println("error: " + what + " x " + count));
    }

    private static long at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size()))) / 1_000_000;
    }
}
