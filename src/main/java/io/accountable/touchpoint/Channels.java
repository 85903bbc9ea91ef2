package io.accountable.touchpoint;

import java.util.Locale;

/** Channel names are free text in the sources; the spec normalises them to lower snake case. */
public final class Channels {
    private Channels() {
    }

    /** {@code " Paid-Social "} and {@code "paid social"} both become {@code paid_social}. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "_");
        return s.isEmpty() ? null : s;
    }
}
