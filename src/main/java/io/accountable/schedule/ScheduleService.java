package io.accountable.schedule;

import io.accountable.i18n.Language;
import io.accountable.i18n.Text;
import io.accountable.i18n.Texts;
import io.accountable.filter.DashboardFilter;
import io.accountable.report.ReportService;
import io.accountable.security.AuditLog;
import io.accountable.settings.SettingsService;
import io.accountable.view.SavedView;
import io.accountable.view.SavedViewService;
import io.accountable.web.BadRequestException;
import io.accountable.web.TextNotFoundException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Report schedules: create, list, delete; the job's {@link #runDue(Instant)}, which claims each
 * due schedule with {@code update ... where next_run = <the value read>} so that of two
 * instances on one database only the one whose update counted sends it; "Send now"; and the
 * log of every attempt. A send never throws: whatever fails is a {@code failed} row of the log.
 */
@ApplicationScoped
public class ScheduleService {

    private static final Logger LOG = Logger.getLogger(ScheduleService.class);
    static final int LIST_LIMIT = 500;
    public static final String AUDIT_CREATED = "schedule-created";
    public static final String AUDIT_DELETED = "schedule-deleted";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    SavedViewService views;
    @Inject
    ReportService reports;
    @Inject
    SettingsService settings;
    @Inject
    MailSettingsService smtp;
    @Inject
    ReportMailer mailer;
    @Inject
    AuditLog audit;

    /** What a new schedule is made of, as typed (form or JSON). */
    public record NewSchedule(Long viewId, String frequency, Integer day, Integer hour, String recipients,
            String language) {
    }

    private static Text text(java.util.function.Function<ScheduleMsg, String> message) {
        return l -> message.apply(Texts.bundle(ScheduleMsg.class, l));
    }

    /** Creates a schedule of a view {@code user} sees; bad input is a 400 naming every problem. */
    public ReportSchedule create(NewSchedule n, String user) throws SQLException {
        List<Text> problems = new ArrayList<>();
        Optional<SavedView> view = n.viewId() == null ? Optional.empty() : views.get(n.viewId(), user);
        if (view.isEmpty()) {
            problems.add(text(m -> m.view_required()));
        }
        Optional<Frequency> frequency = Frequency.of(n.frequency());
        if (frequency.isEmpty()) {
            problems.add(text(m -> m.frequency_invalid()));
        } else if (n.day() == null || n.day() < 1 || n.day() > frequency.get().maxDay()) {
            int max = frequency.get().maxDay();
            problems.add(frequency.get() == Frequency.WEEKLY ? text(m -> m.day_of_week_invalid(max))
                    : text(m -> m.day_of_month_invalid(max)));
        }
        if (n.hour() == null || n.hour() < 0 || n.hour() > 23) {
            problems.add(text(m -> m.hour_invalid()));
        }
        List<String> recipients = Addresses.split(n.recipients());
        if (recipients.isEmpty()) {
            problems.add(text(m -> m.recipients_required()));
        } else if (recipients.size() > Addresses.MAX) {
            problems.add(text(m -> m.recipients_too_many(Addresses.MAX)));
        }
        for (String bad : Addresses.invalid(recipients)) {
            String shown = io.accountable.web.Quoted.shorten(bad);
            problems.add(text(m -> m.address_invalid(shown)));
        }
        Language language = Language.of(n.language()).orElse(null);
        if (language == null) {
            problems.add(text(m -> m.language_invalid()));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems.get(0), problems);
        }
        Instant now = Instant.now();
        Instant next = NextRun.after(frequency.get(), n.day(), n.hour(), settings.current().zone(), now);
        long id;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into report_schedule (view_id, frequency, run_day, "
                        + "run_hour, recipients, language, owner, created_at, next_run) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, n.viewId());
            ps.setString(2, frequency.get().id());
            ps.setInt(3, n.day());
            ps.setInt(4, n.hour());
            ps.setString(5, String.join(", ", recipients));
            ps.setString(6, language.tag());
            ps.setString(7, user);
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setTimestamp(9, Timestamp.from(next));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        audit.record(user, AUDIT_CREATED, view.get().name(), null, frequency.get().id() + " day " + n.day() + " "
                + n.hour() + ":00 to " + String.join(", ", recipients));
        return get(id).orElseThrow();
    }

    private static final String SELECT = "select s.id, s.view_id, v.name, v.query, s.frequency, s.run_day, s.run_hour, "
            + "s.recipients, s.language, s.owner, s.created_at, s.next_run, s.last_run from report_schedule s "
            + "join saved_view v on v.id = s.view_id ";

    public List<ReportSchedule> list() throws SQLException {
        List<ReportSchedule> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(SELECT + "order by s.next_run, s.id")) {
            ps.setMaxRows(LIST_LIMIT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    public Optional<ReportSchedule> get(long id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(SELECT + "where s.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static ReportSchedule read(ResultSet rs) throws SQLException {
        Timestamp last = rs.getTimestamp("last_run");
        return new ReportSchedule(rs.getLong("id"), rs.getLong("view_id"), rs.getString("name"),
                rs.getString("frequency"), rs.getInt("run_day"), rs.getInt("run_hour"),
                Arrays.stream(rs.getString("recipients").split(",\\s*")).toList(), rs.getString("language"),
                rs.getString("owner"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("next_run").toInstant(), last == null ? null : last.toInstant());
    }

    public void delete(long id, String user, boolean admin) throws SQLException {
        ReportSchedule s = get(id).orElseThrow(() -> missing(String.valueOf(id)));
        if (!s.deletableBy(user, admin)) {
            throw new jakarta.ws.rs.ForbiddenException();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("delete from report_schedule where id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        audit.record(user, AUDIT_DELETED, s.viewName(), null, s.frequency() + " to " + String.join(", ",
                s.recipients()));
    }

    // ---- sending ------------------------------------------------------------------------------------

    /**
     * Sends every schedule due at {@code now} that this instance claims; answers how many it
     * claimed. Each claim moves {@code next_run} to the next due time after {@code now} (a
     * schedule missed while no instance ran goes once, not once per missed period).
     */
    public int runDue(Instant now) {
        record Due(long id, Timestamp nextRun, Frequency frequency, int day, int hour) {
        }
        List<Due> due = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, next_run, frequency, run_day, run_hour from "
                        + "report_schedule where next_run <= ? order by next_run, id")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setMaxRows(LIST_LIMIT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<Frequency> f = Frequency.of(rs.getString(3));
                    if (f.isPresent()) {
                        due.add(new Due(rs.getLong(1), rs.getTimestamp(2), f.get(), rs.getInt(4), rs.getInt(5)));
                    }
                }
            }
        } catch (SQLException e) {
            LOG.errorf("The due report schedules could not be read: %s", e.getMessage());
            return 0;
        }
        int claimed = 0;
        for (Due d : due) {
            try {
                Instant next = NextRun.after(d.frequency(), d.day(), d.hour(), settings.current().zone(), now);
                if (claim(d.id(), d.nextRun(), next, now)) {
                    claimed++;
                    send(d.id(), Delivery.BY_SCHEDULE);
                }
            } catch (RuntimeException | SQLException e) {
                LOG.errorf("Report schedule %d could not be claimed: %s", d.id(), e.getMessage());
            }
        }
        return claimed;
    }

    /** Moves a schedule's {@code next_run} from the value read; true when this update counted. */
    boolean claim(long id, Timestamp seen, Instant next, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("update report_schedule set next_run = ?, last_run = ? "
                        + "where id = ? and next_run = ?")) {
            ps.setTimestamp(1, Timestamp.from(next));
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setLong(3, id);
            ps.setTimestamp(4, seen);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Renders the executive PDF of the schedule's view as of today and mails it; every outcome is
     * a row of the log, which is answered. Never throws.
     */
    public Delivery send(long scheduleId, String trigger) {
        String viewName = "?";
        String recipients = "";
        String subject = "";
        try {
            ReportSchedule s;
            String query;
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement(SELECT + "where s.id = ?")) {
                ps.setLong(1, scheduleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("the schedule or its view was deleted");
                    }
                    s = read(rs);
                    query = rs.getString("query");
                }
            }
            viewName = s.viewName();
            recipients = String.join(", ", s.recipients());
            Language language = Language.of(s.language()).orElse(Language.EN);
            ScheduleMsg m = Texts.bundle(ScheduleMsg.class, language);
            DashboardFilter filter = views.filterOf(query);
            String from = io.accountable.web.Numbers.date(filter.from(), language);
            String to = io.accountable.web.Numbers.date(filter.to(), language);
            subject = m.mail_subject(s.viewName(), from, to);
            Optional<SmtpSettings> server = smtp.get();
            if (server.isEmpty()) {
                return log(scheduleId, viewName, trigger, recipients, subject, Delivery.FAILED,
                        "The SMTP server is not set (Settings, Mail)");
            }
            byte[] pdf = reports.executive(filter, "a4", s.owner(), language);
            String body = m.mail_body(s.viewName(), from, to, s.owner());
            mailer.send(server.get(), smtp.password(), s.recipients(), subject, body,
                    ReportService.fileName("executive", filter), pdf);
            LOG.infof("Report schedule %d (%s) sent to %d recipients", scheduleId, viewName, s.recipients().size());
            return log(scheduleId, viewName, trigger, recipients, subject, Delivery.SENT, null);
        } catch (ReportMailer.MailException e) {
            LOG.warnf("Report schedule %d (%s) was not sent: %s", scheduleId, viewName, e.getMessage());
            return log(scheduleId, viewName, trigger, recipients, subject, Delivery.FAILED, e.getMessage());
        } catch (ReportService.BusyException e) {
            LOG.warnf("Report schedule %d (%s) was not sent: reports busy", scheduleId, viewName);
            return log(scheduleId, viewName, trigger, recipients, subject, Delivery.FAILED, e.getMessage());
        } catch (Exception e) {
            LOG.errorf(e, "Report schedule %d (%s) failed", scheduleId, viewName);
            return log(scheduleId, viewName, trigger, recipients, subject, Delivery.FAILED,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private Delivery log(long scheduleId, String viewName, String trigger, String recipients, String subject,
            String status, String error) {
        Instant at = Instant.now();
        String e = error == null ? null : cut(error, 1000);
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into report_delivery (schedule_id, view_name, sent_at, "
                        + "trigger_by, recipients, subject, status, error) values (?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, scheduleId);
            ps.setString(2, cut(viewName, 100));
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setString(4, cut(trigger, 100));
            ps.setString(5, cut(recipients, 2000));
            ps.setString(6, cut(subject, 300));
            ps.setString(7, status);
            ps.setString(8, e);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Delivery(keys.getLong(1), scheduleId, viewName, at, trigger, recipients, subject, status, e);
            }
        } catch (SQLException ex) {
            LOG.errorf("The delivery of schedule %d (%s) could not be logged: %s", scheduleId, status, ex.getMessage());
            return new Delivery(0, scheduleId, viewName, at, trigger, recipients, subject, status, e);
        }
    }

    private static String cut(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() <= max ? v : v.substring(0, max);
    }

    /** The log, newest first (at most {@code limit} rows). */
    public List<Delivery> deliveries(int limit) throws SQLException {
        List<Delivery> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, schedule_id, view_name, sent_at, trigger_by, "
                        + "recipients, subject, status, error from report_delivery order by id desc")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        return out;
    }

    public static TextNotFoundException missing(String id) {
        String shown = io.accountable.web.Quoted.shorten(id);
        return new TextNotFoundException(text(m -> m.not_found(shown)));
    }

    public static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw missing(id);
        }
    }
}
