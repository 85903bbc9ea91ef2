// Peer benchmark of GET /api/attribution (linear, first_touch) against the same question as one SQL
// query in DuckDB (in-process) and, with --pg, PostgreSQL. Run through bench/peer-bench.sh, which
// finds the JDBC drivers in ~/.m2 and starts this file with the Java 17 source launcher:
//
//   java -cp duckdb_jdbc.jar[:postgresql.jar] bench/PeerBench.java [options]
//
// Options (defaults in brackets):
//   --base URL            the running app [http://localhost:8080]
//   --auth USER:PASSWORD  HTTP Basic credentials, used to create a token and revoke it [admin:admin-secret]
//   --n N                 timed filters per model [12]
//   --warmup W            untimed calls per side and model first [3]
//   --lookback-base B     lookbackDays of the i-th timed filter is B+i (linear) and B+N+i (first_touch),
//                         so that every call is a filter the app has not cached; warm-ups use B-1, B-2..
//                         [170]. The app caches answers per filter until its data change: a second
//                         run against the same app process needs another B (e.g. B+1000) or a restart.
//   --pg JDBC_URL         also run the SQL on PostgreSQL (tables in schema peer_bench, dropped at the end)
//   --pg-user U --pg-password P
//   --keep-data           keep the downloaded CSV files (their directory is printed)
//
// The rules are docs/attribution.md sections 1-3, revenue view, target=any, groupBy=channel: a
// conversion is a won opportunity with closed_at in [from 00:00 UTC, to+1 00:00 UTC); its eligible
// touches are its account's with created_at - lookbackDays <= occurred_at <= closed_at; linear gives
// each amount/n, first_touch gives the amount to the first by (occurred_at, id as an ordinal string).

import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class PeerBench {

    static final List<String> MODELS = List.of("linear", "first_touch");
    static final List<String> KINDS = List.of("accounts", "opportunities", "touchpoints");
    /** Key of the unattributed value in a result map (no channel is called so). */
    static final String UNATTRIBUTED = "(unattributed)";
    static final Pattern DUR = Pattern.compile("dur=([0-9.]+)");

    String base = "http://localhost:8080";
    String basic = "admin:admin-secret";
    int n = 12;
    int warmup = 3;
    int lookbackBase = 170;
    String pgUrl;
    String pgUser;
    String pgPassword;
    boolean keepData;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    String authorization;
    Long tokenId;

    public static void main(String[] args) throws Exception {
        PeerBench b = new PeerBench();
        try {
            b.parse(args);
            b.run();
        } catch (Fatal e) {
            System.err.println("peer-bench: " + e.getMessage());
            System.exit(2);
        }
    }

    static final class Fatal extends RuntimeException {
        Fatal(String message) {
            super(message);
        }
    }

    void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--keep-data")) {
                keepData = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new Fatal("option " + a + " needs a value (see the header of bench/PeerBench.java)");
            }
            String v = args[++i];
            switch (a) {
                case "--base" -> base = v.replaceAll("/+$", "");
                case "--auth" -> basic = v;
                case "--n" -> n = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--lookback-base" -> lookbackBase = Integer.parseInt(v);
                case "--pg" -> pgUrl = v;
                case "--pg-user" -> pgUser = v;
                case "--pg-password" -> pgPassword = v;
                default -> throw new Fatal("unknown option " + a);
            }
        }
        if (n < 1 || warmup < 0) {
            throw new Fatal("--n must be 1 or more and --warmup 0 or more");
        }
    }

    // ---- filters ---------------------------------------------------------------------------------

    record Filter(LocalDate from, LocalDate to, int lookbackDays) {
        long startMs() {
            return from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }

        long endMs() {
            return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }

        String query(String model) {
            return "model=" + model + "&from=" + from + "&to=" + to + "&lookbackDays=" + lookbackDays
                    + "&target=any&groupBy=channel";
        }

        @Override
        public String toString() {
            return from + ".." + to + " lb=" + lookbackDays;
        }
    }

    /** Two-month windows from 2025-03 on (the demo data has won deals from 2025-03 to 2026-11). */
    static Filter filter(int i, int lookback) {
        LocalDate from = LocalDate.of(2025, 3, 1).plusMonths(i % 20);
        return new Filter(from, from.plusMonths(2).minusDays(1), lookback);
    }

    // ---- the run ---------------------------------------------------------------------------------

    void run() throws Exception {
        System.out.printf(Locale.ROOT, "peer-bench: app %s, N=%d filters per model, %d warm-up, lookbackDays %d..%d%n",
                base, n, warmup, lookbackBase, lookbackBase + 2 * n - 1);
        authorization = "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> kpis = get("/api/kpis");
        if (kpis.statusCode() != 200) {
            throw new Fatal("GET " + base + "/api/kpis answered " + kpis.statusCode() + " (wrong --auth?)");
        }
        createToken();
        Path dir = Files.createTempDirectory("peer-bench-");
        Connection duck = null;
        Connection pg = null;
        try {
            download(dir);
            duck = loadDuckDb(dir);
            if (pgUrl != null) {
                pg = loadPostgres(dir);
            }
            bench(duck, pg);
        } finally {
            if (pg != null) {
                try (Statement st = pg.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS peer_bench CASCADE");
                } catch (SQLException e) {
                    System.err.println("peer-bench: could not drop schema peer_bench: " + e.getMessage());
                }
                pg.close();
            }
            if (duck != null) {
                duck.close();
            }
            revokeToken();
            if (keepData) {
                System.out.println("data kept in " + dir);
            } else {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    // ---- HTTP ------------------------------------------------------------------------------------

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", authorization).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new Fatal("the app at " + base + " is unreachable (" + e + ")");
        }
    }

    /** A personal access token: a hash lookup per call instead of a bcrypt check (~100 ms) for Basic. */
    void createToken() throws Exception {
        String expires = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"peer-bench " + System.currentTimeMillis() + "\", \"expires\": \"" + expires + "\"}"))
                .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            System.out.println("note: no token (" + r.statusCode() + " " + r.body() + "); every call uses HTTP Basic");
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> created = (Map<String, Object>) Json.parse(r.body());
        tokenId = ((Number) created.get("id")).longValue();
        authorization = "Bearer " + created.get("token");
        System.out.println("token " + tokenId + " created (revoked at the end); calls use Authorization: Bearer");
    }

    void revokeToken() {
        if (tokenId == null) {
            return;
        }
        try {
            String b = "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/tokens/" + tokenId))
                    .header("Authorization", b).DELETE().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 204) {
                System.err.println("peer-bench: revoking token " + tokenId + " answered " + status);
            }
        } catch (Exception e) {
            System.err.println("peer-bench: could not revoke token " + tokenId + ": " + e);
        }
    }

    void download(Path dir) throws Exception {
        for (String kind : KINDS) {
            long t0 = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/export/" + kind))
                    .timeout(Duration.ofMinutes(10)).header("Authorization", authorization).GET().build();
            HttpResponse<Path> r = http.send(request, HttpResponse.BodyHandlers.ofFile(dir.resolve(kind + ".csv")));
            if (r.statusCode() != 200) {
                throw new Fatal("GET /api/export/" + kind + " answered " + r.statusCode());
            }
            System.out.printf(Locale.ROOT, "download %-13s %8.1f MB in %6.0f ms%n", kind,
                    Files.size(r.body()) / 1e6, ms(t0));
        }
    }

    // ---- loading ---------------------------------------------------------------------------------

    /** Takes off the formula guard of the export (CsvSafety): a leading ' before ' = + - @ tab CR. */
    static String unescape(String column) {
        return "regexp_replace(" + column + ", '^''(''*[=+@\\t\\r-])', '\\1')";
    }

    static String csvPath(Path dir, String kind) {
        return dir.resolve(kind + ".csv").toString().replace("'", "''");
    }

    Connection loadDuckDb(Path dir) throws SQLException {
        long t0 = System.nanoTime();
        Connection c = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement st = c.createStatement()) {
            st.execute("SET threads = 2");
            st.execute("CREATE TABLE account AS SELECT " + unescape("id") + " AS id, target FROM read_csv('"
                    + csvPath(dir, "accounts") + "', header = true, columns = {'id': 'VARCHAR', 'name': 'VARCHAR', "
                    + "'domain': 'VARCHAR', 'industry': 'VARCHAR', 'segment': 'VARCHAR', 'region': 'VARCHAR', "
                    + "'tier': 'VARCHAR', 'target': 'BOOLEAN', 'employees': 'VARCHAR', 'annual_revenue': 'VARCHAR', "
                    + "'created_at': 'VARCHAR'})");
            st.execute("CREATE TABLE opp AS SELECT " + unescape("id") + " AS id, " + unescape("account_id")
                    + " AS account_id, amount, status, epoch_ms(created_at) AS created_at, epoch_ms(closed_at) AS "
                    + "closed_at FROM read_csv('" + csvPath(dir, "opportunities") + "', header = true, columns = {"
                    + "'id': 'VARCHAR', 'account_id': 'VARCHAR', 'name': 'VARCHAR', 'amount': 'DOUBLE', "
                    + "'status': 'VARCHAR', 'type': 'VARCHAR', 'stage': 'VARCHAR', 'created_at': 'TIMESTAMPTZ', "
                    + "'closed_at': 'TIMESTAMPTZ', 'contract_months': 'VARCHAR', 'one_time_fees': 'VARCHAR', "
                    + "'currency': 'VARCHAR'})");
            st.execute("CREATE TABLE touch AS SELECT " + unescape("id") + " AS id, " + unescape("account_id")
                    + " AS account_id, " + unescape("channel") + " AS channel, epoch_ms(occurred_at) AS occurred_at "
                    + "FROM read_csv('" + csvPath(dir, "touchpoints") + "', header = true, columns = {"
                    + "'id': 'VARCHAR', 'account_id': 'VARCHAR', 'contact_id': 'VARCHAR', 'campaign_id': 'VARCHAR', "
                    + "'channel': 'VARCHAR', 'type': 'VARCHAR', 'occurred_at': 'TIMESTAMPTZ', "
                    + "'funnel_stage': 'VARCHAR'})");
        }
        System.out.printf(Locale.ROOT, "DuckDB %s: loaded %s in %.0f ms (threads=2, in memory)%n",
                scalar(c, "SELECT version()"), counts(c, ""), ms(t0));
        return c;
    }

    Connection loadPostgres(Path dir) throws Exception {
        long t0 = System.nanoTime();
        Connection c = DriverManager.getConnection(pgUrl, pgUser, pgPassword);
        try (Statement st = c.createStatement()) {
            st.execute("SET work_mem = '256MB'");
            st.execute("SET TIME ZONE 'UTC'");
            st.execute("DROP SCHEMA IF EXISTS peer_bench CASCADE");
            st.execute("CREATE SCHEMA peer_bench");
            st.execute("SET search_path = peer_bench");
            st.execute("CREATE UNLOGGED TABLE raw_accounts (id text, name text, domain text, industry text, "
                    + "segment text, region text, tier text, target boolean, employees text, annual_revenue text, "
                    + "created_at text)");
            st.execute("CREATE UNLOGGED TABLE raw_opportunities (id text, account_id text, name text, "
                    + "amount double precision, status text, type text, stage text, created_at timestamptz, "
                    + "closed_at timestamptz, contract_months text, one_time_fees text, currency text)");
            st.execute("CREATE UNLOGGED TABLE raw_touchpoints (id text, account_id text, contact_id text, "
                    + "campaign_id text, channel text, type text, occurred_at timestamptz, funnel_stage text)");
        }
        // COPY through the driver's CopyManager, by reflection so that the file compiles without pgjdbc.
        Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
        Object copyApi = pgConnection.getMethod("getCopyAPI").invoke(c.unwrap(pgConnection));
        var copyIn = copyApi.getClass().getMethod("copyIn", String.class, Reader.class);
        for (String kind : KINDS) {
            try (Reader in = Files.newBufferedReader(dir.resolve(kind + ".csv"), StandardCharsets.UTF_8)) {
                copyIn.invoke(copyApi, "COPY raw_" + kind + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            }
        }
        String ms = "(floor(extract(epoch FROM %s) * 1000))::bigint";
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE account AS SELECT " + unescape("id") + " AS id, target FROM raw_accounts");
            st.execute("CREATE TABLE opp AS SELECT " + unescape("id") + " AS id, " + unescape("account_id")
                    + " AS account_id, amount, status, " + String.format(ms, "created_at") + " AS created_at, "
                    + String.format(ms, "closed_at") + " AS closed_at FROM raw_opportunities");
            st.execute("CREATE TABLE touch AS SELECT " + unescape("id") + " AS id, " + unescape("account_id")
                    + " AS account_id, " + unescape("channel") + " AS channel, " + String.format(ms, "occurred_at")
                    + " AS occurred_at FROM raw_touchpoints");
            st.execute("DROP TABLE raw_accounts, raw_opportunities, raw_touchpoints");
            st.execute("CREATE INDEX touch_account_time ON touch (account_id, occurred_at)");
            st.execute("ANALYZE account");
            st.execute("ANALYZE opp");
            st.execute("ANALYZE touch");
        }
        System.out.printf(Locale.ROOT, "PostgreSQL %s: loaded %s in %.0f ms (COPY, index touch(account_id, "
                        + "occurred_at), work_mem=256MB, jit=%s, max_parallel_workers_per_gather=%s)%n",
                scalar(c, "SHOW server_version"), counts(c, ""), ms(t0), scalar(c, "SHOW jit"),
                scalar(c, "SHOW max_parallel_workers_per_gather"));
        return c;
    }

    static String counts(Connection c, String schema) throws SQLException {
        return scalar(c, "SELECT count(*) FROM " + schema + "account") + " accounts, "
                + scalar(c, "SELECT count(*) FROM " + schema + "opp") + " opportunities, "
                + scalar(c, "SELECT count(*) FROM " + schema + "touch") + " touches";
    }

    static String scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    // ---- the SQL ---------------------------------------------------------------------------------

    /**
     * One query per model: per channel the summed credit, plus one row with a NULL channel holding the
     * unattributed value. Parameters: period start (ms), period end exclusive (ms), lookback (ms).
     * {@code collate} makes the tie-break an ordinal comparison (PostgreSQL: COLLATE "C"; DuckDB's
     * default comparison is already binary).
     */
    static String sql(String model, String collate) {
        String journeys = """
                WITH conv AS (
                  SELECT id, account_id, amount, created_at, closed_at FROM opp
                  WHERE status = 'won' AND closed_at >= ? AND closed_at < ?
                ), el AS (
                  SELECT c.id AS opp, c.amount, t.channel, t.occurred_at, t.id AS tid
                  FROM conv c JOIN touch t ON t.account_id = c.account_id
                  WHERE t.occurred_at >= c.created_at - ? AND t.occurred_at <= c.closed_at
                )
                """;
        String credit = switch (model) {
            case "linear" -> """
                    SELECT channel, sum(amount / n) AS credit
                    FROM (SELECT channel, amount, count(*) OVER (PARTITION BY opp) AS n FROM el) x
                    GROUP BY channel
                    """;
            case "first_touch" -> """
                    SELECT channel, sum(amount) AS credit
                    FROM (SELECT channel, amount,
                                 row_number() OVER (PARTITION BY opp ORDER BY occurred_at, tid%s) AS rn FROM el) x
                    WHERE rn = 1
                    GROUP BY channel
                    """.formatted(collate);
            default -> throw new IllegalArgumentException(model);
        };
        return journeys + credit + """
                UNION ALL
                SELECT CAST(NULL AS VARCHAR), coalesce(sum(amount), 0)
                FROM conv c WHERE NOT EXISTS (SELECT 1 FROM el WHERE el.opp = c.id)
                """;
    }

    record Timed(double ms, Map<String, Double> credits) {
    }

    /** Wall time of prepare + execute + reading every row. */
    static Timed runSql(Connection c, String sql, Filter f) throws SQLException {
        long t0 = System.nanoTime();
        Map<String, Double> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, f.startMs());
            ps.setLong(2, f.endMs());
            ps.setLong(3, f.lookbackDays() * 86_400_000L);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String channel = rs.getString(1);
                    out.put(channel == null ? UNATTRIBUTED : channel, rs.getDouble(2));
                }
            }
        }
        return new Timed(ms(t0), out);
    }

    record AppTimed(double serverMs, double wallMs, Map<String, Double> credits) {
    }

    /** Server time from Server-Timing (after sign-in; see web/ServerTiming.java) and wall time incl. the body. */
    AppTimed runApp(String model, Filter f) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("/api/attribution?" + f.query(model));
        double wall = ms(t0);
        if (r.statusCode() != 200) {
            throw new Fatal("GET /api/attribution?" + f.query(model) + " answered " + r.statusCode() + ": " + r.body());
        }
        Matcher m = DUR.matcher(r.headers().firstValue("Server-Timing").orElse(""));
        double server = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) Json.parse(r.body());
        Map<String, Double> credits = new TreeMap<>();
        for (Object row : (List<?>) answer.get("rows")) {
            Map<?, ?> map = (Map<?, ?>) row;
            credits.merge((String) map.get("key"), ((Number) map.get("credit")).doubleValue(), Double::sum);
        }
        credits.put(UNATTRIBUTED, ((Number) answer.get("unattributed")).doubleValue());
        return new AppTimed(server, wall, credits);
    }

    /** Null when every key agrees to 0.01 (a channel missing on one side counts as 0), else the differences. */
    static String compare(Map<String, Double> app, Map<String, Double> sql) {
        List<String> diffs = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(app.keySet());
        keys.addAll(sql.keySet());
        for (String key : keys) {
            double a = app.getOrDefault(key, 0.0);
            double s = sql.getOrDefault(key, 0.0);
            if (Math.abs(a - s) > 0.01) {
                diffs.add(String.format(Locale.ROOT, "%s app=%.2f sql=%.2f", key, a, s));
            }
        }
        return diffs.isEmpty() ? null : String.join("; ", diffs);
    }

    // ---- the benchmark ---------------------------------------------------------------------------

    void bench(Connection duck, Connection pg) throws Exception {
        record Line(String model, double appServer, double appWall, double duck, double pg, int duckOk, int pgOk) {
        }
        List<Line> lines = new ArrayList<>();
        for (int m = 0; m < MODELS.size(); m++) {
            String model = MODELS.get(m);
            String duckSql = sql(model, "");
            String pgSql = sql(model, " COLLATE \"C\"");
            // Warm-up: filters of their own (lookbacks below the timed ones), nothing counted.
            for (int w = 0; w < warmup; w++) {
                Filter f = filter(w + 7, lookbackBase - 1 - m * warmup - w);
                runApp(model, f);
                runSql(duck, duckSql, f);
                if (pg != null) {
                    runSql(pg, pgSql, f);
                }
            }
            List<Double> appServer = new ArrayList<>();
            List<Double> appWall = new ArrayList<>();
            List<Double> duckMs = new ArrayList<>();
            List<Double> pgMs = new ArrayList<>();
            int duckOk = 0;
            int pgOk = 0;
            System.out.printf(Locale.ROOT, "%n%-11s %-29s %8s %8s %8s %8s  %-5s %-5s  %s%n", model, "filter",
                    "app srv", "app wall", "duckdb", "pg", "duck", "pg", "conv. value / unattributed");
            for (int i = 0; i < n; i++) {
                Filter f = filter(i, lookbackBase + m * n + i);
                AppTimed app = runApp(model, f);
                Timed d = runSql(duck, duckSql, f);
                Timed p = pg == null ? null : runSql(pg, pgSql, f);
                String dDiff = compare(app.credits(), d.credits());
                String pDiff = p == null ? null : compare(app.credits(), p.credits());
                duckOk += dDiff == null ? 1 : 0;
                pgOk += p != null && pDiff == null ? 1 : 0;
                appServer.add(app.serverMs());
                appWall.add(app.wallMs());
                duckMs.add(d.ms());
                if (p != null) {
                    pgMs.add(p.ms());
                }
                double total = app.credits().values().stream().mapToDouble(Double::doubleValue).sum();
                System.out.printf(Locale.ROOT, "%-11s %-29s %8.1f %8.1f %8.1f %8s  %-5s %-5s  %.2f / %.2f%n",
                        "  #" + (i + 1), f, app.serverMs(), app.wallMs(), d.ms(),
                        p == null ? "-" : String.format(Locale.ROOT, "%.1f", p.ms()), dDiff == null ? "OK" : "MISM",
                        p == null ? "-" : pDiff == null ? "OK" : "MISM", total, app.credits().get(UNATTRIBUTED));
                if (dDiff != null) {
                    System.out.println("    MISMATCH DuckDB: " + dDiff);
                }
                if (pDiff != null) {
                    System.out.println("    MISMATCH PostgreSQL: " + pDiff);
                }
            }
            lines.add(new Line(model, median(appServer), median(appWall), median(duckMs),
                    pg == null ? Double.NaN : median(pgMs), duckOk, pg == null ? -1 : pgOk));
        }
        System.out.printf(Locale.ROOT, "%nmedians over %d new filters per model (ratios against the app's server time)%n", n);
        System.out.printf(Locale.ROOT, "%-12s %14s %12s %10s %10s %12s %8s  %s%n", "model", "app p50 srv ms",
                "app p50 wall", "DuckDB p50", "PG p50", "DuckDB/app", "PG/app", "SQL = API (to 0.01)");
        for (Line l : lines) {
            System.out.printf(Locale.ROOT, "%-12s %14.1f %12.1f %10.1f %10s %12.2f %8s  DuckDB %s%s%n", l.model(),
                    l.appServer(), l.appWall(), l.duck(), Double.isNaN(l.pg()) ? "-" : fmt(l.pg()),
                    l.duck() / l.appServer(), Double.isNaN(l.pg()) ? "-" : fmt2(l.pg() / l.appServer()),
                    l.duckOk() == n ? "OK" : "MISMATCH (" + (n - l.duckOk()) + "/" + n + ")",
                    l.pgOk() < 0 ? "" : ", PG " + (l.pgOk() == n ? "OK" : "MISMATCH (" + (n - l.pgOk()) + "/" + n + ")"));
        }
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        s.sort(Comparator.naturalOrder());
        int k = s.size();
        return k == 0 ? Double.NaN : k % 2 == 1 ? s.get(k / 2) : (s.get(k / 2 - 1) + s.get(k / 2)) / 2;
    }

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    // ---- a small JSON reader (objects, arrays, strings, numbers, true/false/null) -----------------

    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.space();
            if (j.i != text.length()) {
                throw new IllegalArgumentException("trailing JSON at " + j.i);
            }
            return v;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    i++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    space();
                    if (s.charAt(i) == '}') {
                        i++;
                        return map;
                    }
                    while (true) {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        map.put(key, value());
                        space();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return map;
                        }
                    }
                }
                case '[' -> {
                    i++;
                    List<Object> list = new ArrayList<>();
                    space();
                    if (s.charAt(i) == ']') {
                        i++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        space();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return list;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    if (start == i) {
                        throw new IllegalArgumentException("unexpected JSON at " + i);
                    }
                    return Double.parseDouble(s.substring(start, i));
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }
    }
}
