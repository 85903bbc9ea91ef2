package io.accountable.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Writes and reads the audit log. Each entry is written in its own transaction, so a sign-in
 * that fails (and rolls back nothing) is recorded all the same. Called from blocking code only.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    /** The actions written; their names are what the page and {@code /api/audit} show. */
    public static final String SIGN_IN = "sign-in";
    public static final String SIGN_IN_FAILED = "sign-in-failed";
    public static final String SIGN_IN_THROTTLED = "sign-in-throttled";
    public static final String SIGN_OUT = "sign-out";
    public static final String PASSWORD_CHANGED = "password-changed";
    public static final String PASSWORD_RESET = "password-reset";
    public static final String USER_CREATED = "user-created";
    public static final String ROLE_CHANGED = "role-changed";
    public static final String USER_REMOVED = "user-removed";
    public static final String TOKEN_CREATED = "token-created";
    public static final String TOKEN_REVOKED = "token-revoked";
    public static final String IMPORT_UNDONE = "import-undone";

    public void record(String actor, String action, String subject, String address, String detail) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                AuditEvent event = new AuditEvent();
                event.at = Instant.now();
                event.actor = cut(actor == null || actor.isBlank() ? "-" : actor, 100);
                event.action = action;
                event.subject = subject == null ? null : cut(subject, 200);
                event.address = address == null ? null : cut(address, 64);
                event.detail = detail == null ? null : cut(detail, 500);
                event.persist();
            });
        } catch (RuntimeException e) {
            LOG.errorf("The audit log could not record %s by %s: %s", action, cut(String.valueOf(actor), 100),
                    e.getMessage());
        }
    }

    /** Newest first, at most {@code limit} entries with an id below {@code before} (all when null). */
    public List<AuditEvent> newest(Long before, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> before == null
                ? AuditEvent.findAll(Sort.descending("id")).page(Page.ofSize(limit)).list()
                : AuditEvent.find("id < ?1", Sort.descending("id"), before).page(Page.ofSize(limit)).list());
    }

    private static String cut(String value, int max) {
        String clean = value.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
