package io.accountable.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.i18n.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long journey reads on the page as its first and last two steps; a short one whole. */
class PathLabelTest {

    @Test
    void shouldShortenALongPathToItsEndsAndSayHowManyStepsAreLeftOut() {
        assertEquals("Paid search → Email", DashboardService.shortPathLabel(Language.EN, List.of("paid_search", "email")));
        assertEquals("Paid search → Email → … 3 more … → Event → Webinar", DashboardService.shortPathLabel(Language.EN,
                List.of("paid_search", "email", "display", "direct", "email", "event", "webinar")));
        assertEquals(DashboardService.pathLabel(Language.EN, List.of("a", "b", "c", "d", "e")),
                DashboardService.shortPathLabel(Language.EN, List.of("a", "b", "c", "d", "e")), "five steps show whole");
    }
}
