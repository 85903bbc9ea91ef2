package io.accountable.attribution.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Builds journeys and decides conversions (spec sections 1 and 2). */
public final class Journeys {

    /** Journey order: time, then id compared as strings (ordinal), so ties are reproducible. */
    public static final Comparator<Touch> ORDER =
            Comparator.comparing(Touch::occurredAt).thenComparing(Touch::id);

    private Journeys() {
    }

    /**
     * Builds the journey of a conversion.
     *
     * @param accountTouches touches of the opportunity's account, in any order; touches of other
     *                       accounts are ignored, so passing a wider collection is harmless
     * @param leadCreatedAt  the earliest {@code created_at} among the account's contacts, or {@code null}
     * @param lookbackDays   how many days before opportunity creation touches stay eligible;
     *                       {@code null} removes the lower bound ({@code all})
     * @throws IllegalArgumentException when {@code lookbackDays} is negative, or the revenue view is
     *                                  asked for an opportunity without {@code closed_at}
     */
    public static Journey build(Opportunity opp, View view, Collection<Touch> accountTouches, Instant leadCreatedAt,
                                Integer lookbackDays) {
        Objects.requireNonNull(opp, "opp");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(accountTouches, "accountTouches");
        if (lookbackDays != null && lookbackDays < 0) {
            throw new IllegalArgumentException("Lookback must be a non-negative number of days, got " + lookbackDays);
        }
        Instant moment = moment(opp, view);
        // Anchored on creation in both views, so that sales-cycle touches count in the revenue view.
        Instant windowStart = lookbackDays == null ? null : opp.createdAt().minus(Duration.ofDays(lookbackDays));

        List<Touch> eligible = new ArrayList<>();
        for (Touch touch : accountTouches) {
            Instant at = touch.occurredAt();
            if (touch.accountId().equals(opp.accountId()) && !at.isAfter(moment)
                    && (windowStart == null || !at.isBefore(windowStart))) {
                eligible.add(touch);
            }
        }
        eligible.sort(ORDER);

        int n = eligible.size();
        int ft = n > 0 ? 0 : -1;
        int lc = leadCreatedAt == null ? -1 : lastAtOrBefore(eligible, leadCreatedAt);
        int oc = lastAtOrBefore(eligible, opp.createdAt());
        int cw = view == View.REVENUE && n > 0 ? n - 1 : -1;
        return new Journey(opp, opp.amount(), moment, eligible, ft, lc, oc, cw);
    }

    /**
     * Whether the opportunity is a conversion of the view in the period
     * {@code [periodStart, periodEndExclusive)}.
     */
    public static boolean isConversion(Opportunity opp, View view, Instant periodStart, Instant periodEndExclusive) {
        Instant at = switch (view) {
            case REVENUE -> opp.won() ? opp.closedAt() : null;
            case PIPELINE -> opp.createdAt();
        };
        return at != null && !at.isBefore(periodStart) && at.isBefore(periodEndExclusive);
    }

    /**
     * The conversion moment: {@code closed_at} in the revenue view, {@code created_at} in the pipeline view.
     *
     * @throws IllegalArgumentException in the revenue view when the opportunity has no {@code closed_at}
     */
    public static Instant moment(Opportunity opp, View view) {
        return switch (view) {
            case PIPELINE -> opp.createdAt();
            case REVENUE -> {
                if (opp.closedAt() == null) {
                    throw new IllegalArgumentException(
                            "Opportunity " + opp.id() + " has no closed_at, so it cannot convert in the revenue view");
                }
                yield opp.closedAt();
            }
        };
    }

    /** Touches are sorted, so scanning from the end stops at the answer. */
    private static int lastAtOrBefore(List<Touch> sorted, Instant limit) {
        for (int i = sorted.size() - 1; i >= 0; i--) {
            if (!sorted.get(i).occurredAt().isAfter(limit)) {
                return i;
            }
        }
        return -1;
    }
}
