package io.accountable.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** When a schedule is due next: weekly, monthly with month-end clamping, the time zone, DST. */
class NextRunTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BUCHAREST = ZoneId.of("Europe/Bucharest");

    private static Instant at(String local, ZoneId zone) {
        return java.time.LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static ZonedDateTime next(Frequency f, int day, int hour, ZoneId zone, String now) {
        return NextRun.after(f, day, hour, zone, at(now, zone)).atZone(zone);
    }

    @Test
    void shouldGoWeeklyOnTheDayOfTheWeekAtTheHour() {
        // 2026-12-07 is a Monday
        assertEquals("2026-12-10T08:00Z[UTC]", next(Frequency.WEEKLY, 4, 8, UTC, "2026-12-07T12:00").toString());
        assertEquals("2026-12-07T13:00Z[UTC]", next(Frequency.WEEKLY, 1, 13, UTC, "2026-12-07T12:00").toString(),
                "later the same day");
        assertEquals("2026-12-14T08:00Z[UTC]", next(Frequency.WEEKLY, 1, 8, UTC, "2026-12-07T08:00").toString(),
                "strictly after now: the one due now is not due again");
        assertEquals("2026-12-13T00:00Z[UTC]", next(Frequency.WEEKLY, 7, 0, UTC, "2026-12-07T00:00").toString());
    }

    @Test
    void shouldGoMonthlyOnTheLastDayOfAShorterMonth() {
        assertEquals("2027-02-28T08:00Z[UTC]", next(Frequency.MONTHLY, 31, 8, UTC, "2027-02-01T00:00").toString());
        assertEquals("2028-02-29T08:00Z[UTC]", next(Frequency.MONTHLY, 31, 8, UTC, "2028-02-10T00:00").toString(),
                "a leap year");
        assertEquals("2027-03-31T08:00Z[UTC]", next(Frequency.MONTHLY, 31, 8, UTC, "2027-02-28T09:00").toString(),
                "after February's, March's 31st");
        assertEquals("2027-04-30T08:00Z[UTC]", next(Frequency.MONTHLY, 31, 8, UTC, "2027-04-01T00:00").toString());
        assertEquals("2027-03-30T08:00Z[UTC]", next(Frequency.MONTHLY, 30, 8, UTC, "2027-02-28T09:00").toString(),
                "day 30 in February went on the 28th; in March it is the 30th again");
        assertEquals("2027-01-15T06:00Z[UTC]", next(Frequency.MONTHLY, 15, 6, UTC, "2026-12-15T06:00").toString(),
                "the next month");
        assertEquals("2027-01-01T00:00Z[UTC]", next(Frequency.MONTHLY, 1, 0, UTC, "2026-12-31T23:59").toString(),
                "across the year");
    }

    @Test
    void shouldReadTheHourInTheReportingTimeZone() {
        Instant now = Instant.parse("2026-12-07T05:30:00Z"); // 07:30 in Bucharest (UTC+2 in winter)
        assertEquals(Instant.parse("2026-12-07T06:00:00Z"), NextRun.after(Frequency.WEEKLY, 1, 8, BUCHAREST, now));
        assertEquals(Instant.parse("2026-12-14T08:00:00Z"), NextRun.after(Frequency.WEEKLY, 1, 8, UTC,
                Instant.parse("2026-12-07T08:00:00Z")));
        // the date is the zone's: 22:30 UTC on Sunday is already Monday in Bucharest
        Instant sundayLate = Instant.parse("2026-12-13T22:30:00Z");
        assertEquals(Instant.parse("2026-12-13T23:00:00Z"), NextRun.after(Frequency.WEEKLY, 7, 23, UTC, sundayLate));
        assertEquals(Instant.parse("2026-12-20T21:00:00Z"), NextRun.after(Frequency.WEEKLY, 7, 23, BUCHAREST,
                sundayLate));
    }

    @Test
    void shouldGoAfterTheGapWhenTheClocksMoveForward() {
        // 2027-03-28 03:00 does not exist in Bucharest (03:00 -> 04:00)
        ZonedDateTime t = next(Frequency.MONTHLY, 28, 3, BUCHAREST, "2027-03-01T00:00");
        assertEquals("2027-03-28T04:00+03:00[Europe/Bucharest]", t.toString());
    }

    @Test
    void shouldRefuseADayOrHourOutOfRange() {
        Instant now = Instant.parse("2026-12-07T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> NextRun.after(Frequency.WEEKLY, 8, 8, UTC, now));
        assertThrows(IllegalArgumentException.class, () -> NextRun.after(Frequency.MONTHLY, 0, 8, UTC, now));
        assertThrows(IllegalArgumentException.class, () -> NextRun.after(Frequency.MONTHLY, 32, 8, UTC, now));
        assertThrows(IllegalArgumentException.class, () -> NextRun.after(Frequency.WEEKLY, 1, 24, UTC, now));
    }
}
