package io.accountable.i18n;

import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The account list (whole page and its htmx table) and the account page in Russian and
 * Romanian: the right {@code lang}, no English interface word left, the expected words there;
 * English without a choice.
 */
@QuarkusTest
class AccountLanguageTest {

    private static final String LIST = "/accounts?period=last_12_months&target=any&sort=name&dir=asc&size=10";
    private static final String ACCOUNT = "/accounts/ACC00001?period=last_12_months&target=any";

    /** English interface words of the two pages that must not appear in another language. */
    private static final List<String> ENGLISH = List.of(">Accounts<", ">Dashboard<", "Search by name or id", ">Search<",
            "Download CSV", "Loading…", " accounts · ", ">Account<", ">Tier<", ">Segment<", ">Region<", ">Target<",
            ">Engagement<", ">Penetration<", ">Open pipeline<", ">Won in period<", ">Attributed credit<",
            ">Last touch<", "Page 1 of", ">Next<", ">Previous<", "sorted by", ">yes<", ">no<",
            "Download the one-pager", "Won revenue (all time)", "CLV (before CAC)", "Engagement score",
            "12-month trend", "NPS (average score)", "Buying committee", "Roles engaged", "Not yet engaged",
            ">Contact<", ">Title<", ">Role<", "Engaged in period", ">Touches<", "No known contacts",
            "Opportunities and how each was attributed", ">Model<", ">Show<", " credited (", "Touch timeline",
            ">Channel<", ">Type<", ">All<", ">Filter<", " touches)", "NPS answers", ">Score<", ">Category<",
            ">Comment<", "No answers", "No opportunities", "created 20", "on the target list", "Key figures",
            "Decision maker", "Paid search", ">Won<", ">Lost<", ">Open<", "Last touch<", "W-shaped<");

    /** Words that Romanian writes as English does. */
    private static final List<String> SAME_IN_ROMANIAN = List.of(">Segment<", ">Contact<", ">Model<");

    private static void assertNoEnglish(String page, String where) {
        for (String word : ENGLISH) {
            if (where.startsWith("ro") && SAME_IN_ROMANIAN.contains(word)) {
                continue;
            }
            assertTrue(!page.contains(word), where + " still says '" + word + "'");
        }
    }

    private static String get(String lang, String path) {
        return as(Role.VIEWER).header("Accept-Language", lang).get(path).then().statusCode(200).extract().asString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldShowTheAccountListInTheBrowsersLanguage(String lang) {
        String page = get(lang, LIST);
        assertTrue(page.contains("<html lang=\"" + lang + "\">"), "lang " + lang);
        assertNoEnglish(page, lang + " list");
        Map<String, List<String>> expected = Map.of(
                "ru", List.of(">Аккаунты<", "Поиск по названию или ID", "Аккаунтов: ", ">Вовлечённость<",
                        ">Атрибутированный вклад<", "Страница 1 из", "Вперёд"),
                "ro", List.of(">Conturi<", "Căutare după nume sau ID", "Conturi: ", ">Implicare<",
                        ">Valoare atribuită<", "Pagina 1 din", "Înainte"));
        for (String word : expected.get(lang)) {
            assertTrue(page.contains(word), lang + " list says '" + word + "'");
        }
        // the htmx table alone, a drill and a bad value's notice
        String table = as(Role.VIEWER).header("Accept-Language", lang).header("HX-Request", "true")
                .get(LIST + "&page=2&engagementTier=cold&lookbackDays=abc").then().statusCode(200).extract().asString();
        assertTrue(!table.contains("<html"), "a fragment");
        assertNoEnglish(table, lang + " table");
        assertTrue(table.contains(Texts.label(Language.of(lang).orElseThrow(), "engagement_tier", "cold")),
                "the drill names the tier in " + lang);
        assertTrue(table.contains(io.accountable.i18n.ErrorMsgs.in(Language.of(lang).orElseThrow())
                .default_shown("").strip()), "the notice says the default is shown, in " + lang);
        assertTrue(!table.contains("The default is shown instead"), lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldShowTheAccountPageInTheBrowsersLanguage(String lang) {
        String page = get(lang, ACCOUNT);
        assertTrue(page.contains("<html lang=\"" + lang + "\">"), "lang " + lang);
        assertNoEnglish(page, lang + " account");
        Map<String, List<String>> expected = Map.of(
                "ru", List.of("Закупочный комитет", "Хронология касаний", "Сделки и их атрибуция", "Ответы NPS",
                        "Оценка вовлечённости аккаунта", ">Канал<"),
                "ro", List.of("Comitetul de achiziție", "Cronologia punctelor de contact",
                        "Tranzacțiile și cum a fost atribuită fiecare", "Răspunsuri NPS", "Scor de implicare", ">Canal<"));
        for (String word : expected.get(lang)) {
            assertTrue(page.contains(word), lang + " account says '" + word + "'");
        }
        assertTrue(page.contains("\u00a0USD"), "money with the currency after the number");
        assertTrue(!page.matches("(?s).*>\\d{4}-\\d{2}-\\d{2}<.*"), "no ISO date in a cell in " + lang);
        assertTrue(!page.matches("(?s).*>\\d{4}-\\d{2} <.*"), "months by name in " + lang);
    }

    @Test
    void shouldNameNpsCategoriesInTheLanguage() {
        String list = get("ru", "/accounts?period=last_12_months&target=any&sort=nps&dir=desc&size=1");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("scope=\"row\"><a href=\"/accounts/([^?\"]+)\\?").matcher(list);
        assertTrue(m.find(), "an account with answers");
        String page = get("ru", "/accounts/" + m.group(1) + "?period=last_12_months&target=any");
        assertTrue(page.contains(">Промоутер<") || page.contains(">Нейтрал<") || page.contains(">Критик<"),
                "the NPS answers' categories read in Russian");
        assertTrue(!page.contains(">promoter<") && !page.contains(">passive<") && !page.contains(">detractor<"));
    }

    @Test
    void shouldPutMonthsAndCountsInTheLanguage() {
        assertEquals("5 касаний", Texts.count(Language.RU, 5, "touch"));
        assertEquals("22 касания", Texts.count(Language.RU, 22, "touch"));
        assertEquals("20 de puncte de contact", Texts.count(Language.RO, 20, "touch"));
        assertEquals("1 touch", Texts.count(Language.EN, 1, "touch"));
        assertEquals("Промоутер", Texts.label(Language.RU, "nps_category", "promoter"));
    }

    @Test
    void shouldKeepEnglishByDefault() {
        as(Role.VIEWER).get(LIST).then().statusCode(200).body(containsString("<html lang=\"en\">"))
                .body(containsString("Search by name or id")).body(containsString(">Attributed credit<"))
                .body(containsString("Page 1 of"));
        as(Role.VIEWER).get(ACCOUNT).then().statusCode(200).body(containsString("<html lang=\"en\">"))
                .body(containsString("Buying committee")).body(containsString("Touch timeline"))
                .body(containsString("Opportunities and how each was attributed"))
                .body(containsString(" touches)"));
    }
}
