package io.accountable.attribution.engine;

import java.time.Duration;
import java.time.Instant;

/** Small builders shared by the tests. */
final class Fixtures {

    static final Instant CLOSE = Instant.parse("2025-06-30T15:30:00Z");

    private Fixtures() {
    }

    static Instant daysBefore(Instant moment, double days) {
        return moment.minus(Duration.ofMillis(Math.round(days * 86_400_000)));
    }

    static Instant daysBeforeClose(double days) {
        return daysBefore(CLOSE, days);
    }

    static Touch touch(String id, String account, String channel, Instant at) {
        return new Touch(id, account, null, null, channel, "web_visit", at);
    }

    static Touch touch(String id, String account, String channel, String type, Instant at) {
        return new Touch(id, account, null, null, channel, type, at);
    }

    static Opportunity won(String id, String account, double amount, Instant createdAt, Instant closedAt) {
        return new Opportunity(id, account, amount, Opportunity.WON, createdAt, closedAt);
    }

    static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
