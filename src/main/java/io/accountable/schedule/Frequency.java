package io.accountable.schedule;

import java.util.Optional;

/** How often a report goes: weekly on a day of the week (1 Monday .. 7 Sunday), monthly on a day of the month. */
public enum Frequency {
    WEEKLY(7), MONTHLY(31);

    private final int maxDay;

    Frequency(int maxDay) {
        this.maxDay = maxDay;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The largest day a schedule of this frequency names (7 or 31). */
    public int maxDay() {
        return maxDay;
    }

    public static Optional<Frequency> of(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String t = id.strip().toLowerCase(java.util.Locale.ROOT);
        for (Frequency f : values()) {
            if (f.id().equals(t)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
