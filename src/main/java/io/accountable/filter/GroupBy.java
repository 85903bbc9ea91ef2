package io.accountable.filter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How an attribution answer groups its credit: an argument of the question asked
 * ({@code ?groupBy=}), not part of the filter that says which accounts, period and model count.
 */
public enum GroupBy {
    CHANNEL, CAMPAIGN, TYPE, ACCOUNT, TIER, SEGMENT, REGION;

    /** The ids, as {@code ?groupBy=} takes them, in this order. */
    public static final List<String> IDS = Arrays.stream(values()).map(GroupBy::id).toList();

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grouping of an id (exactly as written), or empty. */
    public static Optional<GroupBy> of(String id) {
        return Arrays.stream(values()).filter(g -> g.id().equals(id)).findFirst();
    }

    /** Whether rows name accounts (their names change without the numbers changing). */
    public boolean namesAccounts() {
        return this == ACCOUNT;
    }
}
