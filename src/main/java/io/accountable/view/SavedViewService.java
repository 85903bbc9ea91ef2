package io.accountable.view;

import io.accountable.i18n.Text;
import io.accountable.i18n.Texts;
import io.accountable.filter.DashboardFilter;
import io.accountable.security.AuditLog;
import io.accountable.settings.SettingsService;
import io.accountable.web.BadRequestException;
import io.accountable.filter.FilterParams;
import io.accountable.web.TextNotFoundException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saves, lists, opens and deletes saved views, and keeps each user's default view. A user sees
 * their own views and the team's; nothing here is cached (a view is read once per click).
 */
@ApplicationScoped
public class SavedViewService {

    public static final int NAME_MAX = 100;
    static final int LIST_LIMIT = 500;
    public static final String AUDIT_SAVED = "view-saved";
    public static final String AUDIT_DELETED = "view-deleted";
    private static final String SLUG_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    FilterParams filters;
    @Inject
    SettingsService settings;
    @Inject
    AuditLog audit;

    private static Text text(java.util.function.Function<ViewMsg, String> message) {
        return l -> message.apply(Texts.bundle(ViewMsg.class, l));
    }

    /** A stored or sent query string ({@code a=1&b=2}, URL-encoded) as parameters. */
    public static Map<String, List<String>> parameters(String query) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return out;
        }
        String q = query.startsWith("?") ? query.substring(1) : query;
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            } catch (IllegalArgumentException e) {
                // a broken escape: the parameter is left out
            }
        }
        return out;
    }

    /** The filter of a saved view's query as of today (a relative period moves with today). */
    /**
     * A view's filter as people read it: "Last 12 months · Linear · Revenue (won) · lookback 180
     * days · Target list · One-to-few", in {@code language}; every criterion named, none as code.
     */
    public String describe(String query, io.accountable.i18n.Language language) {
        DashboardFilter f = filterOf(query);
        io.accountable.i18n.Msg m = io.accountable.i18n.Texts.msg(language);
        List<String> parts = new java.util.ArrayList<>();
        parts.add("custom".equals(f.period())
                ? io.accountable.web.Numbers.date(f.from(), language) + " – " + io.accountable.web.Numbers.date(f.to(), language)
                : io.accountable.i18n.Texts.message(language, "period_" + f.period()));
        parts.add(io.accountable.i18n.Texts.message(language, "model_" + f.model().id()));
        parts.add(io.accountable.i18n.Texts.message(language, "view_" + f.view().id()));
        parts.add(m.lookback_days() + ": " + (f.lookbackDays() == null ? m.all() : String.valueOf(f.lookbackDays())));
        parts.add(io.accountable.i18n.Texts.message(language, "target_" + f.target().id()));
        for (String[] c : new String[][] {{"tier", f.tier()}, {"segment", f.segment()}, {"region", f.region()},
                {"industry", f.industry()}}) {
            if (c[1] != null) {
                parts.add(io.accountable.i18n.Texts.label(language, c[0], c[1]));
            }
        }
        if (f.compare() == DashboardFilter.Compare.YEAR) {
            parts.add(m.compare_year());
        }
        return String.join(" · ", parts);
    }

    public DashboardFilter filterOf(String query) {
        return DashboardFilter.parse(parameters(query), settings.current(), filters.today(), filters.plausible())
                .filter();
    }

    /**
     * Saves {@code query} (checked strictly and normalised) as a view named {@code name}; with
     * {@code makeDefault} it becomes the owner's default. Bad input is a {@link BadRequestException}
     * listing every problem.
     */
    public SavedView save(String name, String query, boolean team, boolean makeDefault, String owner)
            throws SQLException {
        List<Text> problems = new ArrayList<>();
        String clean = name == null ? "" : name.strip().replaceAll("\\p{Cntrl}", " ");
        if (clean.isEmpty()) {
            problems.add(text(m -> m.name_required()));
        } else if (clean.length() > NAME_MAX) {
            problems.add(text(m -> m.name_too_long(NAME_MAX)));
        }
        DashboardFilter.Parsed parsed = DashboardFilter.parse(parameters(query), settings.current(), filters.today(),
                filters.plausible());
        for (Text t : parsed.invalid()) {
            problems.add(l -> Texts.bundle(ViewMsg.class, l).query_invalid(t.in(l)));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems.get(0), problems);
        }
        String normalised = parsed.filter().queryString();
        long id;
        try (Connection c = dataSource.getConnection()) {
            id = insert(c, clean, normalised, team, owner);
        }
        audit.record(owner, AUDIT_SAVED, clean, null, (team ? "team: " : "private: ") + normalised);
        if (makeDefault) {
            setDefault(owner, id);
        }
        return get(id, owner).orElseThrow();
    }

    private static long insert(Connection c, String name, String query, boolean team, String owner)
            throws SQLException {
        SQLException last = null;
        for (int attempt = 0; attempt < 5; attempt++) { // a slug already taken: another one
            try (PreparedStatement ps = c.prepareStatement("insert into saved_view (slug, name, query, owner, team, "
                    + "created_at) values (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, slug());
                ps.setString(2, name);
                ps.setString(3, query);
                ps.setString(4, owner);
                ps.setBoolean(5, team);
                ps.setTimestamp(6, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            } catch (SQLException e) {
                last = e;
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
        throw last;
    }

    /** Eight letters and digits, none that reads like another (no l, o, 0, 1). */
    static String slug() {
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            b.append(SLUG_LETTERS.charAt(RANDOM.nextInt(SLUG_LETTERS.length())));
        }
        return b.toString();
    }

    private static final String SELECT = "select v.id, v.slug, v.name, v.query, v.owner, v.team, v.created_at, "
            + "d.username from saved_view v left join saved_view_default d on d.view_id = v.id and d.username = ? ";

    /** The views {@code user} sees: their own and the team's, by name. */
    public List<SavedView> list(String user) throws SQLException {
        List<SavedView> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(SELECT + "where v.owner = ? or v.team = true "
                        + "order by lower(v.name), v.id")) {
            ps.setString(1, user);
            ps.setString(2, user);
            ps.setMaxRows(LIST_LIMIT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    /** A view {@code user} may see. */
    public Optional<SavedView> get(long id, String user) throws SQLException {
        return one("v.id = ?", ps -> ps.setLong(3, id), user);
    }

    /** A view {@code user} may see, by its short link. */
    public Optional<SavedView> bySlug(String slug, String user) throws SQLException {
        return one("v.slug = ?", ps -> ps.setString(3, slug), user);
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<SavedView> one(String where, Binder binder, String user) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(SELECT + "where (v.owner = ? or v.team = true) and "
                        + where)) {
            ps.setString(1, user);
            ps.setString(2, user);
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static SavedView read(ResultSet rs) throws SQLException {
        String slug = rs.getString("slug");
        return new SavedView(rs.getLong("id"), slug, rs.getString("name"), rs.getString("query"),
                rs.getString("owner"), rs.getBoolean("team"), rs.getTimestamp("created_at").toInstant(), "/v/" + slug,
                rs.getString("username") != null);
    }

    /** Deletes a view {@code user} may delete (404 when not visible, 403 when not theirs). */
    public void delete(long id, String user, boolean admin) throws SQLException {
        SavedView v = get(id, user).orElseThrow(() -> missing(String.valueOf(id)));
        if (!v.deletableBy(user, admin)) {
            throw new ForbiddenException(text(m -> m.not_yours()).english());
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from saved_view where id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        audit.record(user, AUDIT_DELETED, v.name(), null, v.query());
    }

    /** Makes a view {@code user} sees their default (replacing the previous one). */
    public void setDefault(String user, long id) throws SQLException {
        get(id, user).orElseThrow(() -> missing(String.valueOf(id)));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement del = c.prepareStatement("delete from saved_view_default where username = ?")) {
                    del.setString(1, user);
                    del.executeUpdate();
                }
                try (PreparedStatement ins = c.prepareStatement("insert into saved_view_default (username, view_id) "
                        + "values (?, ?)")) {
                    ins.setString(1, user);
                    ins.setLong(2, id);
                    ins.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    public void clearDefault(String user) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from saved_view_default where username = ?")) {
            ps.setString(1, user);
            ps.executeUpdate();
        }
    }

    /** The query of {@code user}'s default view, when they have one they still see. */
    public Optional<String> defaultQuery(String user) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select v.query from saved_view_default d join saved_view v "
                        + "on v.id = d.view_id where d.username = ? and (v.owner = ? or v.team = true)")) {
            ps.setString(1, user);
            ps.setString(2, user);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static TextNotFoundException missing(String id) {
        String shown = io.accountable.web.Quoted.shorten(id);
        return new TextNotFoundException(text(m -> m.not_found(shown)));
    }

    /** A path id as a number, or a 404. */
    public static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw missing(id);
        }
    }
}
