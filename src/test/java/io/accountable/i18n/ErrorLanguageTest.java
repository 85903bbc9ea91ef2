package io.accountable.i18n;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Error texts in the reader's language: the error and not-found pages, the JSON API errors
 * (same status, same {@code {"error", "details"}} shape), the dashboard filter's notices and
 * the refusals made before a user is known (401, 414).
 */
@QuarkusTest
class ErrorLanguageTest {

    /** English words of the error texts that must not appear in another language. */
    private static final List<String> ENGLISH = List.of("Not found", "There is nothing at this address",
            "Unknown period", "The default is shown instead", "must be a whole number", "one of [",
            "That request cannot be answered", "Sign in first", "was not read");

    private static final Map<String, List<String>> EXPECTED = Map.of(
            "ru", List.of("Неизвестный период", "значение по умолчанию", "Страница не найдена", "ничего нет",
                    "Сначала войдите", "не был прочитан"),
            "ro", List.of("Perioadă necunoscută", "valoarea implicită", "Pagina nu a fost găsită",
                    "Nu există nimic", "Autentificați-vă", "nu a fost citită"));

    private static void assertNoEnglish(String text, String lang) {
        for (String word : ENGLISH) {
            assertTrue(!text.contains(word), lang + " still says '" + word + "': " + text);
        }
    }

    private static void assertSays(String text, String lang, int... which) {
        for (int i : which) {
            String word = EXPECTED.get(lang).get(i);
            assertTrue(text.contains(word), lang + " does not say '" + word + "': " + text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldAnswerABadFilterValueInTheRequestsLanguageWithTheSameShape(String lang) {
        JsonPath json = api(Role.VIEWER).header("Accept-Language", lang)
                .get("/api/kpis?period=nonsense&lookbackDays=soon").then().statusCode(400)
                .contentType("application/json").body("details", hasSize(2)).extract().jsonPath();
        String error = json.getString("error");
        assertNoEnglish(error + json.getList("details"), lang);
        assertSays(error, lang, 0);
        assertTrue(error.contains("'nonsense'") && error.contains("last_12_months"),
                "the value and the ids stay as they are: " + error);
        assertTrue(json.getList("details").get(1).toString().contains("'lookbackDays'"), "parameter names stay");
        assertTrue(json.getMap("$").keySet().equals(java.util.Set.of("error", "details")), "the same shape");
    }

    @Test
    void shouldKeepTheEnglishApiErrorsByDefault() {
        api(Role.VIEWER).get("/api/kpis?period=nonsense").then().statusCode(400)
                .body("error", equalTo("Unknown period 'nonsense'; one of [this_quarter, last_quarter, year_to_date, "
                        + "last_12_months, custom]."))
                .body("details", hasSize(1));
        api(Role.VIEWER).header("Accept-Language", "de").get("/api/attribution?interval=2").then().statusCode(400)
                .body("error", equalTo("'interval' must be a number between 0 and 1, such as 0.9; got '2'."));
        given().get("/api/kpis").then().statusCode(401).body("error", containsString("Sign in first"));
        as(Role.VIEWER).get("/no/such/page").then().statusCode(404).body(containsString("<html lang=\"en\">"))
                .body(containsString("There is nothing at this address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldShowTheNotFoundPageInTheBrowsersLanguage(String lang) {
        String page = as(Role.VIEWER).header("Accept-Language", lang).get("/no/such/page").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("<html lang=\"" + lang + "\">"))
                .extract().asString();
        assertNoEnglish(page, lang);
        assertSays(page, lang, 2, 3);
        api(Role.VIEWER).header("Accept-Language", lang).get("/api/snapshots/999999").then().statusCode(404)
                .body("error", not(containsString("No snapshot"))).body("error", containsString("999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldShowTheFilterNoticesOnTheDashboardInThePagesLanguage(String lang) {
        String page = as(Role.VIEWER).header("Accept-Language", lang).get("/?period=nonsense&tier=platinum").then()
                .statusCode(200).body(containsString("<html lang=\"" + lang + "\">")).extract().asString();
        assertNoEnglish(page, lang);
        assertSays(page, lang, 0, 1);
        String english = as(Role.VIEWER).get("/?period=nonsense").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Unknown period &#39;nonsense&#39;") || english.contains("Unknown period 'nonsense'"),
                "English by default");
        assertTrue(english.contains("The default is shown instead."), "English by default");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldRefuseBeforeSignInInTheRequestsLanguage(String lang) {
        String error = given().header("Accept-Language", lang).get("/api/kpis").then().statusCode(401)
                .contentType("application/json").extract().jsonPath().getString("error");
        assertNoEnglish(error, lang);
        assertSays(error, lang, 4);
        error = api(Role.VIEWER).header("Accept-Language", lang).get("/api/kpis?q=" + "a".repeat(9000)).then()
                .statusCode(414).contentType("application/json").extract().jsonPath().getString("error");
        assertNoEnglish(error, lang);
        assertSays(error, lang, 5);
        error = api(Role.VIEWER).header("Accept-Language", lang).get("/api/audit").then().statusCode(403)
                .contentType("application/json").extract().jsonPath().getString("error");
        assertTrue(!error.contains("Your role does not allow") && error.contains("ru".equals(lang) ? "Ваша роль"
                : "Rolul dumneavoastră"), error);
    }

    @Test
    void shouldEscapeWhatTheUserTypedInATranslatedNotice() {
        String page = as(Role.VIEWER).header("Accept-Language", "ru").get("/?period=<b>x</b>").then().statusCode(200)
                .extract().asString();
        assertTrue(!page.contains("<b>x</b>") && page.contains("&lt;b&gt;x&lt;/b&gt;"), "escaped once");
        api(Role.VIEWER).header("Accept-Language", "ru").get("/api/kpis?period=<b>x</b>").then().statusCode(400)
                .body("error", containsString("'<b>x</b>'"));
    }
}
