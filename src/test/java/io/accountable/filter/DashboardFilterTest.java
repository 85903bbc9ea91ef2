package io.accountable.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.settings.Settings;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dashboard filter: presets, fallbacks, the periods it is compared with, and its query string both ways. */
class DashboardFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);

    private static DashboardFilter.Parsed parse(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                params.computeIfAbsent(java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
                        k -> new java.util.ArrayList<>())
                        .add(java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return DashboardFilter.parse(params, Settings.defaults(), TODAY);
    }

    @Test
    void shouldResolveThePresetsOnTheReportingCalendar() {
        assertEquals(List.of(LocalDate.of(2026, 4, 1), TODAY), dates(parse("period=this_quarter").filter()));
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), dates(parse("period=last_quarter").filter()));
        assertEquals(List.of(LocalDate.of(2026, 1, 1), TODAY), dates(parse("period=year_to_date").filter()));
        assertEquals(List.of(TODAY.minusDays(364), TODAY), dates(parse("period=last_12_months").filter()));
        assertEquals(List.of(TODAY.minusDays(364), TODAY), dates(parse("").filter()), "the default");
        assertEquals(List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
                dates(parse("from=2026-02-01&to=2026-02-28").filter()));
    }

    @Test
    void shouldFallBackToTheDefaultWithAProblemForEachBadValue() {
        DashboardFilter.Parsed p = parse("period=fortnight&model=magic&lookbackDays=-3&compare=decade&target=maybe");
        assertEquals("last_12_months", p.filter().period());
        assertEquals(DashboardFilter.Compare.PREVIOUS, p.filter().compare());
        assertEquals(DashboardFilter.Target.TRUE, p.filter().target());
        assertEquals(5, p.invalid().size(), p.problems().toString());
        assertTrue(p.problems().stream().anyMatch(x -> x.contains("'compare' is previous or year")), p.problems().toString());
        DashboardFilter.Parsed reversed = parse("from=2026-03-01&to=2026-02-01");
        assertEquals("last_12_months", reversed.filter().period());
        assertEquals(1, reversed.invalid().size());
        assertEquals(1, parse("colour=blue").ignored().size(), "an unknown parameter is ignored, and said");
    }

    @Test
    void shouldCompareWithTheDaysJustBeforeOrTheSameDaysAYearEarlier() {
        DashboardFilter q = parse("from=2026-04-01&to=2026-06-30").filter();
        assertEquals(List.of(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31)), dates(q.previous()),
                "the same 91 days just before");
        DashboardFilter ytd = parse("period=year_to_date&compare=year").filter();
        assertEquals(List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 5, 14)), dates(ytd.previous()),
                "year to date against last year's same days");
        assertEquals(List.of(LocalDate.of(2025, 8, 20), LocalDate.of(2025, 12, 31)), dates(ytd.precedingPeriod()),
                "the 134 days just before");
        // leap years: 29 February has no twin a year later or earlier
        assertTrue(parse("from=2024-01-01&to=2024-02-29&compare=year").invalid().isEmpty(), "plausible dates");
        DashboardFilter leap = parse("from=2024-01-01&to=2024-02-29&compare=year").filter();
        assertEquals(List.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 28)), dates(leap.previous()));
        DashboardFilter afterLeap = parse("from=2025-02-01&to=2025-02-28&compare=year").filter();
        assertEquals(List.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 28)), dates(afterLeap.previous()));
        assertEquals(DashboardFilter.Compare.YEAR, leap.previous().compare(), "the comparison keeps its choice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "period=year_to_date&compare=year", "from=2026-01-01&to=2026-03-31&model=markov&view=pipeline",
            "period=last_quarter&lookbackDays=all&halfLifeDays=3.5&tier=one_to_one&segment=Mid+market&target=any",
            "period=this_quarter&region=EMEA&industry=R%26D&target=false&model=shapley"})
    void shouldWriteItselfBackAsAQueryThatGivesTheSameFilter(String query) {
        DashboardFilter once = parse(query).filter();
        DashboardFilter.Parsed again = parse(once.queryString());
        assertEquals(once, again.filter(), once.queryString());
        assertTrue(again.invalid().isEmpty() && again.ignored().isEmpty(), again.problems().toString());
    }

    private static List<LocalDate> dates(DashboardFilter f) {
        return List.of(f.from(), f.to());
    }
}
