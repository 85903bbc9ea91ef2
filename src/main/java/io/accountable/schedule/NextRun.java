package io.accountable.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a schedule is due next: pure, so it is tested on its own. A weekly schedule goes on its
 * day of the week (1 Monday .. 7 Sunday), a monthly one on its day of the month, or on the
 * month's last day when the month is shorter (day 31 goes on 28 or 29 February, 30 April...),
 * at {@code hour}:00 in the reporting time zone. On the day clocks move forward and the hour
 * does not exist, it goes at the first instant after the gap.
 */
public final class NextRun {

    private NextRun() {
    }

    /** The first due time strictly after {@code now}. */
    public static Instant after(Frequency frequency, int day, int hour, ZoneId zone, Instant now) {
        if (day < 1 || day > frequency.maxDay()) {
            throw new IllegalArgumentException("day " + day + " is not 1.." + frequency.maxDay());
        }
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour " + hour + " is not 0..23");
        }
        LocalDate date = now.atZone(zone).toLocalDate();
        // two months and a day always hold the next due day of either frequency
        for (int i = 0; i <= 62; i++) {
            LocalDate candidate = date.plusDays(i);
            if (matches(frequency, day, candidate)) {
                Instant at = ZonedDateTime.of(candidate.atTime(hour, 0), zone).toInstant();
                if (at.isAfter(now)) {
                    return at;
                }
            }
        }
        throw new IllegalStateException("no due day in two months"); // not reached
    }

    static boolean matches(Frequency frequency, int day, LocalDate date) {
        return switch (frequency) {
            case WEEKLY -> date.getDayOfWeek().getValue() == day;
            case MONTHLY -> date.getDayOfMonth() == Math.min(day, date.lengthOfMonth());
        };
    }
}
