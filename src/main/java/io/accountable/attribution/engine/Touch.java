package io.accountable.attribution.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * One interaction of an account (spec section 1).
 *
 * @param id         external id, unique; also the tie-breaker between touches at the same instant
 * @param accountId  the account whose journey the touch belongs to
 * @param contactId  the contact who was touched, or {@code null}
 * @param campaignId the campaign, or {@code null} (reported as the {@code (none)} campaign)
 * @param channel    the channel, the unit of the data-driven models
 * @param type       the touch type, weighted by the {@code custom} model
 * @param occurredAt when it happened
 */
public record Touch(String id, String accountId, String contactId, String campaignId, String channel, String type,
                    Instant occurredAt) {

    public Touch {
        Objects.requireNonNull(id, "touch id");
        Objects.requireNonNull(accountId, () -> "accountId of touch " + id);
        Objects.requireNonNull(channel, () -> "channel of touch " + id);
        Objects.requireNonNull(type, () -> "type of touch " + id);
        Objects.requireNonNull(occurredAt, () -> "occurredAt of touch " + id);
    }
}
