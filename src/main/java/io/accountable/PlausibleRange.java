package io.accountable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * The dates a value of a B2B company's data can plausibly have: by default from 1970-01-01 to one
 * year after today (configurable: {@code accountable.plausible.earliest} and
 * {@code accountable.plausible.ahead}). Imports reject a row with a date outside, and filters
 * refuse a period outside, so no value far in the past or future reaches the numbers.
 */
public record PlausibleRange(LocalDate earliest, LocalDate latest) {

    public static final LocalDate DEFAULT_EARLIEST = LocalDate.of(1970, 1, 1);
    public static final Period DEFAULT_AHEAD = Period.ofYears(1);

    public PlausibleRange {
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("The plausible range ends (" + latest + ") before it starts ("
                    + earliest + ")");
        }
    }

    public static PlausibleRange of(LocalDate earliest, Period ahead, LocalDate today) {
        return new PlausibleRange(earliest, today.plus(ahead));
    }

    /** The default range around today. */
    public static PlausibleRange around(LocalDate today) {
        return of(DEFAULT_EARLIEST, DEFAULT_AHEAD, today);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest);
    }

    /** Whether the instant falls on a day of the range in the zone's calendar. */
    public boolean contains(Instant instant, ZoneId zone) {
        return !instant.isBefore(earliest.atStartOfDay(zone).toInstant())
                && instant.isBefore(latest.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** "from 1970-01-01 to 2027-12-03" */
    public String describe() {
        return "from " + earliest + " to " + latest;
    }
}
