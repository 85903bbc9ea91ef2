package io.accountable.attribution.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An opportunity (spec section 1).
 *
 * @param status   {@code open}, {@code won} or {@code lost}
 * @param closedAt when it was won or lost; {@code null} while open. Not enforced, because imported
 *                 data can be incomplete: such a won opportunity simply never converts in the
 *                 revenue view.
 */
public record Opportunity(String id, String accountId, double amount, String status, Instant createdAt,
                          Instant closedAt) {

    public static final String OPEN = "open";
    public static final String WON = "won";
    public static final String LOST = "lost";

    private static final Set<String> STATUSES = Set.of(OPEN, WON, LOST);

    public Opportunity {
        Objects.requireNonNull(id, "opportunity id");
        Objects.requireNonNull(accountId, () -> "accountId of opportunity " + id);
        Objects.requireNonNull(createdAt, () -> "createdAt of opportunity " + id);
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException(
                    "Status of opportunity " + id + " is '" + status + "': expected open, won or lost");
        }
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("Amount of opportunity " + id + " is not a finite number: " + amount);
        }
    }

    public boolean won() {
        return WON.equals(status);
    }
}
