package io.accountable.schedule;

import java.time.Instant;
import java.util.List;

/**
 * The executive PDF of saved view {@code viewId} ({@code viewName}), mailed to {@code recipients}
 * {@code frequency} on {@code day} at {@code hour}:00 of the reporting time zone, in
 * {@code language}; {@code nextRun} is when it is due next, {@code lastRun} when it last went.
 */
public record ReportSchedule(long id, long viewId, String viewName, String frequency, int day, int hour,
        List<String> recipients, String language, String owner, Instant createdAt, Instant nextRun,
        Instant lastRun) {

    /** Whether {@code user} may delete it: its owner or an admin. */
    public boolean deletableBy(String user, boolean admin) {
        return admin || owner.equals(user);
    }
}
