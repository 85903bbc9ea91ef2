package io.accountable.schedule;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Every minute, sends the reports that are due. Safe with several instances on one database:
 * {@link ScheduleService#runDue} claims each schedule before sending it. Tests switch the
 * scheduler off ({@code %test.quarkus.scheduler.enabled=false}) and call {@code runDue} with
 * the time they want.
 */
@ApplicationScoped
public class ScheduleJob {

    @Inject
    ScheduleService schedules;

    @Scheduled(identity = "report-schedules", every = "1m", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDueReports() {
        schedules.runDue(Instant.now());
    }
}
