package io.accountable.attribution.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The journey of one conversion (spec section 2), normally made by {@link Journeys#build}.
 *
 * @param value    the conversion's value (the opportunity amount)
 * @param moment   the conversion moment: {@code closed_at} (revenue) or {@code created_at} (pipeline)
 * @param touches  the eligible touches, in journey order; empty when the conversion is unattributed
 * @param ft       index in {@code touches} of the first touch, or -1
 * @param lc       index of the lead-creation touch, or -1 when undefined
 * @param oc       index of the opportunity-creation touch, or -1 when undefined
 * @param cw       index of the closed-won touch, or -1 (always -1 in the pipeline view)
 */
public record Journey(Opportunity opportunity, double value, Instant moment, List<Touch> touches,
                      int ft, int lc, int oc, int cw) {

    public Journey {
        Objects.requireNonNull(opportunity, "opportunity");
        Objects.requireNonNull(moment, "moment");
        touches = List.copyOf(touches);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Value of the journey of " + opportunity.id() + " is not finite: " + value);
        }
        checkMilestone("ft", ft, touches.size());
        checkMilestone("lc", lc, touches.size());
        checkMilestone("oc", oc, touches.size());
        checkMilestone("cw", cw, touches.size());
    }

    /** Whether the conversion has at least one eligible touch; otherwise its value is unattributed. */
    public boolean attributed() {
        return !touches.isEmpty();
    }

    /** The channel path of the data-driven models. */
    public List<String> channels() {
        String[] channels = new String[touches.size()];
        for (int i = 0; i < channels.length; i++) {
            channels[i] = touches.get(i).channel();
        }
        return List.of(channels);
    }

    private static void checkMilestone(String name, int index, int size) {
        if (index < -1 || index >= size) {
            throw new IllegalArgumentException("Milestone " + name + " = " + index + " is outside the journey of "
                    + size + " touches (use -1 when undefined)");
        }
    }
}
