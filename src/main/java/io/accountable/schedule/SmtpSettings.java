package io.accountable.schedule;

import java.time.Instant;

/**
 * The SMTP server reports go through, as an admin set it. The password is kept apart
 * ({@link MailSettingsService#password()}): this record, which pages and the log may see, only
 * says whether one is set.
 */
public record SmtpSettings(String host, int port, String username, boolean passwordSet, String tls,
        String fromAddress, Instant updatedAt, String updatedBy) {

    /** How the connection is secured. */
    public static final String TLS_NONE = "none";
    public static final String TLS_STARTTLS = "starttls";
    public static final String TLS_IMPLICIT = "tls";
    public static final java.util.List<String> TLS_MODES = java.util.List.of(TLS_NONE, TLS_STARTTLS, TLS_IMPLICIT);
}
