package io.accountable.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.attribution.AttributionAnswer;
import io.accountable.attribution.AttributionService;
import io.accountable.filter.DashboardFilter;
import io.accountable.kpi.KpiService;
import io.accountable.ops.DataVersion;
import io.accountable.report.ReportService;
import io.accountable.settings.Settings;
import io.accountable.settings.SettingsService;
import io.accountable.filter.FilterParams;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Freezes the dashboard of one filter for the board and tells what changed since
 * (docs/snapshots.md). The figures are stored as they were computed, the PDF as it was
 * rendered; nothing of a snapshot is recomputed when it is read.
 */
@ApplicationScoped
public class SnapshotService {

    /** The most snapshots a list answers, newest first. */
    static final int LIST_LIMIT = 200;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    KpiService kpis;
    @Inject
    AttributionService attribution;
    @Inject
    ReportService reports;
    @Inject
    SettingsService settings;
    @Inject
    DataVersion dataVersion;
    @Inject
    FilterParams filters;
    @Inject
    ObjectMapper json;

    /** The figures of one filter: every numeric KPI and the credit per channel. */
    record Figures(Map<String, Double> kpis, Map<String, Double> channels) {
    }

    Figures figures(DashboardFilter filter) {
        Map<String, Double> k = new LinkedHashMap<>();
        kpis.kpis(filter).forEach((id, v) -> {
            if (v.value() == null || v.value() instanceof Number) {
                k.put(id, v.value() == null ? null : ((Number) v.value()).doubleValue());
            }
        });
        Map<String, Double> channels = new TreeMap<>();
        AttributionAnswer a = attribution.attribute(filter, io.accountable.filter.GroupBy.CHANNEL);
        for (AttributionAnswer.Row r : a.rows()) {
            channels.put(r.key(), r.credit());
        }
        return new Figures(k, channels);
    }

    /** Freezes the figures and the PDF of {@code filter} as {@code user} sees them now. */
    public Snapshot freeze(DashboardFilter filter, String title, String user) throws SQLException {
        long data = dataVersion.dataVersion();
        long settingsVersion = settings.currentVersionId();
        Settings inForce = settings.current();
        Figures figures = figures(filter);
        byte[] pdf = reports.executive(filter, null, user);
        Instant now = Instant.now();
        String cards;
        try {
            cards = json.writeValueAsString(Map.of("kpis", figures.kpis(), "channels", figures.channels(),
                    "model", filter.model().id(), "view", filter.view().id()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String clean = title == null || title.isBlank() ? null : title.strip().replaceAll("\\p{Cntrl}", " ");
        if (clean != null && clean.length() > 200) {
            clean = clean.substring(0, 200);
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into board_snapshot (created_at, created_by, title, "
                        + "query, period_from, period_to, data_version, settings_version, settings, cards, pdf) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setString(2, user);
            ps.setString(3, clean);
            ps.setString(4, filter.queryString());
            ps.setObject(5, filter.from());
            ps.setObject(6, filter.to());
            ps.setLong(7, data);
            ps.setLong(8, settingsVersion);
            ps.setString(9, settings.toJson(inForce));
            ps.setString(10, cards);
            ps.setBytes(11, pdf);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                return get(id).orElseThrow();
            }
        }
    }

    private static final String COLUMNS = "id, created_at, created_by, title, query, period_from, period_to, "
            + "data_version, settings_version, cards";

    public List<Snapshot> list() throws SQLException {
        List<Snapshot> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                        + " from board_snapshot order by id desc")) {
            ps.setMaxRows(LIST_LIMIT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    public Optional<Snapshot> get(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from board_snapshot where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The PDF exactly as it was rendered when the snapshot was taken. */
    public Optional<byte[]> pdf(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select pdf from board_snapshot where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }

    private Snapshot read(ResultSet rs) throws SQLException {
        Map<String, Object> cards;
        try {
            cards = json.readValue(rs.getString("cards"), new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Snapshot " + rs.getLong("id") + " cannot be read", e);
        }
        long id = rs.getLong("id");
        return new Snapshot(id, rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getString("title"), rs.getString("query"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getLong("data_version"), rs.getLong("settings_version"),
                (String) cards.get("model"), (String) cards.get("view"), numbers(cards.get("kpis")),
                numbers(cards.get("channels")), "/api/snapshots/" + id + "/pdf");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> numbers(Object map) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (map instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).forEach((k, v) -> out.put(k, v instanceof Number n ? n.doubleValue() : null));
        }
        return out;
    }

    // ---- what changed since ---------------------------------------------------------------------

    /**
     * The snapshot's figures against today's for the same filter, each change split into what
     * the data, the settings and the period moving contributed. The three parts are steps that
     * add up: the snapshot (then), today's data under the snapshot's settings and period, then
     * today's settings, then today's period.
     */
    public Optional<SnapshotDiff> diff(long id) throws SQLException {
        Optional<Snapshot> found = get(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Snapshot snap = found.get();
        Settings then = settings.fromJson(settingsOf(id));
        Map<String, List<String>> query = parseQuery(snap.query());
        LocalDate today = filters.today();
        DashboardFilter current = DashboardFilter.parse(query, settings.current(), today, filters.plausible()).filter();
        DashboardFilter fixed = current.withPeriod(snap.from(), snap.to());
        Figures dataOnly = settings.withSettings(then, () -> figures(DashboardFilter.parse(query, then, today,
                filters.plausible()).filter().withPeriod(snap.from(), snap.to())));
        Figures settingsToo = figures(fixed);
        Figures now = figures(current);
        Figures before = new Figures(snap.kpis(), snap.channels());
        List<SnapshotDiff.Change> k = changes(before.kpis(), dataOnly.kpis(), settingsToo.kpis(), now.kpis(), true);
        List<SnapshotDiff.Change> ch = changes(before.channels(), dataOnly.channels(), settingsToo.channels(),
                now.channels(), false);
        return Optional.of(new SnapshotDiff(id, snap.createdAt(), snap.from(), snap.to(), current.from(),
                current.to(), importsSince(snap.createdAt()), settingsSince(snap.createdAt(), then), k, ch));
    }

    private static List<SnapshotDiff.Change> changes(Map<String, Double> s, Map<String, Double> b,
            Map<String, Double> a, Map<String, Double> t, boolean kpi) {
        TreeSet<String> keys = new TreeSet<>();
        keys.addAll(s.keySet());
        keys.addAll(t.keySet());
        List<String> order = new ArrayList<>(kpi ? new ArrayList<>(s.keySet()) : new ArrayList<>(keys));
        if (kpi) {
            for (String key : t.keySet()) {
                if (!order.contains(key)) {
                    order.add(key);
                }
            }
        }
        List<SnapshotDiff.Change> out = new ArrayList<>();
        for (String key : order) {
            // a channel one side does not credit has 0 there; a blank KPI stays blank
            Double then = value(s, key, kpi);
            Double data = value(b, key, kpi);
            Double settingsToo = value(a, key, kpi);
            Double now = value(t, key, kpi);
            out.add(new SnapshotDiff.Change(key, kpi ? KpiService.label(key, io.accountable.i18n.Language.EN) : key, then, now, minus(now, then),
                    minus(data, then), minus(settingsToo, data), minus(now, settingsToo)));
        }
        return out;
    }

    private static Double value(Map<String, Double> m, String key, boolean kpi) {
        Double v = m.get(key);
        return v == null && !kpi ? Double.valueOf(0) : v;
    }

    private static Double minus(Double a, Double b) {
        return a == null || b == null ? null : a - b;
    }

    private String settingsOf(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select settings from board_snapshot where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private List<SnapshotDiff.Import> importsSince(Instant since) throws SQLException {
        List<SnapshotDiff.Import> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, finished_at, username, kind, file_name, "
                        + "created_count, updated_count from import_record where status = 'succeeded' and "
                        + "finished_at > ? and created_count + updated_count > 0 order by id")) {
            ps.setTimestamp(1, Timestamp.from(since));
            ps.setMaxRows(LIST_LIMIT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SnapshotDiff.Import(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7)));
                }
            }
        }
        return out;
    }

    private List<SnapshotDiff.SettingsChange> settingsSince(Instant since, Settings then) throws SQLException {
        List<SnapshotDiff.SettingsChange> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, changed_at, changed_by, content from "
                        + "settings_version where changed_at > ? order by id")) {
            ps.setTimestamp(1, Timestamp.from(since));
            ps.setMaxRows(LIST_LIMIT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new SnapshotDiff.SettingsChange(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                            rs.getString(3), changedFields(then, settings.fromJson(rs.getString(4)))));
                }
            }
        }
        return out;
    }

    /** The settings (record components) whose values differ. */
    static List<String> changedFields(Settings a, Settings b) {
        List<String> changed = new ArrayList<>();
        for (var component : Settings.class.getRecordComponents()) {
            try {
                Object x = component.getAccessor().invoke(a);
                Object y = component.getAccessor().invoke(b);
                if (!java.util.Objects.equals(x, y)) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }

    /** A stored query string ({@code a=1&b=2}, URL-encoded) back into parameters. */
    static Map<String, List<String>> parseQuery(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return out;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }
}
