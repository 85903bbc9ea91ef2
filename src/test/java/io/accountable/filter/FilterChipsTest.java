package io.accountable.filter;

import static io.accountable.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The active account filters show as chips on the dashboard and the account list; each chip removes its filter. */
@QuarkusTest
class FilterChipsTest {

    @Test
    void shouldShowEveryActiveAccountFilterAsARemovableChip() {
        String query = "period=last_12_months&tier=one_to_one&segment=enterprise&target=any";
        for (String base : new String[] {"/", "/accounts"}) {
            String page = as(Role.VIEWER).get(base + "?" + query).then().statusCode(200).extract().asString();
            String chips = page.substring(page.indexOf("<ul class=\"chips\""), page.indexOf("</ul>", page.indexOf("<ul class=\"chips\"")));
            assertTrue(chips.contains("Tier: One-to-one"), base + ": " + chips);
            assertTrue(chips.contains("Segment: "), base + ": " + chips);
            assertTrue(chips.contains("All accounts"), base + ": the account scope is named");
            // the tier chip's link keeps everything but the tier
            assertTrue(chips.matches("(?s).*Tier: One-to-one[^<]*<a class=\"chip-remove\" href=\"" + java.util.regex.Pattern.quote(base)
                    + "\\?period=last_12_months[^\"]*segment=enterprise[^\"]*\".*"), chips);
            assertTrue(!chips.matches("(?s).*Tier: One-to-one[^<]*<a class=\"chip-remove\" href=\"[^\"]*tier=.*"), chips);
        }
        String russian = as(Role.VIEWER).header("Accept-Language", "ru").get("/?" + query).then().statusCode(200)
                .extract().asString();
        assertTrue(russian.contains("Уровень: "), "chips in the reader's language");
    }
}
