package io.accountable.schedule;

import io.accountable.i18n.Text;
import io.accountable.i18n.Texts;
import io.accountable.security.AuditLog;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SMTP settings in the database (one row), read at every send so an admin's change holds
 * from the next report on without a restart. The password is written, never read back to a
 * page, an API answer or the log.
 */
@ApplicationScoped
public class MailSettingsService {

    public static final String AUDIT_CHANGED = "smtp-settings-changed";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    AuditLog audit;

    /** What an admin typed; {@code password} empty keeps the stored one unless {@code clearPassword}. */
    public record Form(String host, String port, String username, String password, boolean clearPassword,
            String tls, String fromAddress) {
    }

    public Optional<SmtpSettings> get() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select host, port, username, password, tls, from_address, "
                        + "updated_at, updated_by from smtp_settings where id = 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String password = rs.getString("password");
            return Optional.of(new SmtpSettings(rs.getString("host"), rs.getInt("port"), rs.getString("username"),
                    password != null && !password.isEmpty(), rs.getString("tls"), rs.getString("from_address"),
                    rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")));
        }
    }

    /** The stored password, for the mailer only. */
    String password() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select password from smtp_settings where id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Text text(java.util.function.Function<ScheduleMsg, String> message) {
        return l -> message.apply(Texts.bundle(ScheduleMsg.class, l));
    }

    /** The problems of a form, by field; empty when it can be saved. */
    public static Map<String, Text> problems(Form f) {
        Map<String, Text> out = new LinkedHashMap<>();
        String host = f.host() == null ? "" : f.host().strip();
        if (host.isEmpty() || host.length() > 255 || !host.matches("[A-Za-z0-9.:\\[\\]_-]+")) {
            out.put("host", text(m -> m.smtp_host_invalid()));
        }
        Integer port = port(f.port());
        if (port == null) {
            String shown = io.accountable.web.Quoted.shorten(f.port() == null ? "" : f.port());
            out.put("port", text(m -> m.smtp_port_invalid(shown)));
        }
        if (f.username() != null && f.username().length() > 255) {
            out.put("username", text(m -> m.smtp_too_long()));
        }
        if (f.password() != null && f.password().length() > 1000) {
            out.put("password", text(m -> m.smtp_too_long()));
        }
        if (f.tls() == null || !SmtpSettings.TLS_MODES.contains(f.tls())) {
            out.put("tls", text(m -> m.smtp_tls_invalid()));
        }
        String from = f.fromAddress() == null ? "" : f.fromAddress().strip();
        if (!Addresses.valid(from)) {
            String shown = io.accountable.web.Quoted.shorten(from);
            out.put("fromAddress", text(m -> m.address_invalid(shown)));
        }
        return out;
    }

    private static Integer port(String text) {
        try {
            int p = Integer.parseInt(text == null ? "" : text.strip());
            return p >= 1 && p <= 65535 ? p : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Saves a form without problems ({@link #problems}), as {@code user}. */
    public void save(Form f, String user) throws SQLException {
        if (!problems(f).isEmpty()) {
            throw new IllegalArgumentException("the SMTP form has problems");
        }
        String password;
        if (f.clearPassword()) {
            password = null;
        } else if (f.password() != null && !f.password().isEmpty()) {
            password = f.password();
        } else {
            password = password();
        }
        String username = f.username() == null || f.username().isBlank() ? null : f.username().strip();
        try (Connection c = dataSource.getConnection()) {
            int updated;
            try (PreparedStatement up = c.prepareStatement("update smtp_settings set host = ?, port = ?, username = ?, "
                    + "password = ?, tls = ?, from_address = ?, updated_at = ?, updated_by = ? where id = 1")) {
                bind(up, f, username, password, user);
                updated = up.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement in = c.prepareStatement("insert into smtp_settings (host, port, username, "
                        + "password, tls, from_address, updated_at, updated_by, id) values (?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                    bind(in, f, username, password, user);
                    in.executeUpdate();
                }
            }
        }
        // what changed, never the password itself
        audit.record(user, AUDIT_CHANGED, f.host().strip() + ":" + port(f.port()), null, "tls " + f.tls() + ", from "
                + f.fromAddress().strip() + (username == null ? "" : ", user " + username) + ", password "
                + (password == null ? "none" : "set"));
    }

    private static void bind(PreparedStatement ps, Form f, String username, String password, String user)
            throws SQLException {
        ps.setString(1, f.host().strip());
        ps.setInt(2, port(f.port()));
        ps.setString(3, username);
        ps.setString(4, password);
        ps.setString(5, f.tls());
        ps.setString(6, f.fromAddress().strip());
        ps.setTimestamp(7, Timestamp.from(Instant.now()));
        ps.setString(8, user);
    }
}
