package io.accountable.schedule;

import java.time.Instant;

/**
 * One attempt to send a schedule's report: when, who asked ({@code schedule} for the job, else
 * the user who pressed "Send now"), to whom, the subject, {@code sent} or {@code failed} and why.
 */
public record Delivery(long id, long scheduleId, String viewName, Instant at, String trigger, String recipients,
        String subject, String status, String error) {

    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    /** The trigger of the every-minute job. */
    public static final String BY_SCHEDULE = "schedule";

    public boolean failed() {
        return FAILED.equals(status);
    }
}
