package io.accountable.i18n;

import static io.accountable.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.TestUsers;
import io.accountable.security.Role;
import io.accountable.security.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookies;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The translated pages in Russian and Romanian: the right {@code lang}, no English interface
 * word left, the language chosen by the browser or by the switcher (and kept on the user).
 */
@QuarkusTest
class LanguagePagesTest {

    /** English words of the translated pages that must not appear in another language. */
    private static final List<String> ENGLISH = List.of(">Sign out<", ">Dashboard<", ">Reports<", "Revenue from target accounts",
            ">Apply<", "View as table", "All models side by side", ">Period<", "Attribution model", "See the accounts",
            ">Channel<", ">Credit<", "Too little data", "Yes, at this level", "Which model fits your data?",
            "Does the ranking survive", "Paid search<", ">Rank<", "Skip to content", "All tiers");

    private static void assertNoEnglish(String page, String lang) {
        for (String word : ENGLISH) {
            assertTrue(!page.contains(word), lang + " page still says '" + word + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldShowTheDashboardAndItsCardsInTheBrowsersLanguage(String lang) {
        String q = "?period=last_12_months&target=any";
        String page = as(Role.VIEWER).header("Accept-Language", lang + "-" + lang.toUpperCase() + ",en;q=0.5")
                .get("/" + q).then().statusCode(200).body(containsString("<html lang=\"" + lang + "\">"))
                .extract().asString();
        assertNoEnglish(page, lang);
        assertTrue(page.contains("\u00a0USD"), "money is written with the currency after the number");
        for (String fragment : List.of("/fragments/intervals", "/fragments/backtest")) {
            String card = as(Role.VIEWER).header("Accept-Language", lang).get(fragment + q).then().statusCode(200)
                    .extract().asString();
            assertNoEnglish(card, lang + " " + fragment);
        }
        given().header("Accept-Language", lang).get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"" + lang + "\">")).body(not(containsString(">Sign in<")));
    }

    @Test
    void shouldKeepEnglishByDefaultAndForOtherLanguages() {
        as(Role.VIEWER).get("/").then().statusCode(200).body(containsString("<html lang=\"en\">"))
                .body(containsString(">Sign out<"));
        as(Role.VIEWER).header("Accept-Language", "de-DE").get("/").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"));
    }

    @Test
    void shouldStoreTheSwitchersChoiceOnTheUserAndBringItBackAtSignIn() {
        String name = TestUsers.user("language-switcher", Role.VIEWER);
        Cookies session = TestUsers.signIn(name, TestUsers.PASSWORD);
        String cookie = given().redirects().follow(false).cookies(session).cookie("accountable-csrf", "t")
                .formParam("csrf-token", "t").formParam("lang", "ro").formParam("next", "/accounts")
                .post("/language").then().statusCode(303).header("Location", "/accounts").extract()
                .cookie(CurrentLanguage.COOKIE);
        assertEquals("ro", cookie);
        assertEquals("ro", QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).language));
        given().cookies(session).cookie(CurrentLanguage.COOKIE, "ro").header("Accept-Language", "ru").get("/")
                .then().statusCode(200).body(containsString("<html lang=\"ro\">"));
        // signing in again, on another device, brings the choice back
        String again = given().redirects().follow(false).cookie("accountable-csrf", "l").formParam("csrf-token", "l")
                .formParam("username", name).formParam("password", TestUsers.PASSWORD).post("/login").then()
                .statusCode(303).extract().cookie(CurrentLanguage.COOKIE);
        assertEquals("ro", again);
        // without the CSRF token nothing changes; an unknown language or a foreign 'next' changes nothing either
        given().redirects().follow(false).cookies(session).formParam("lang", "ru").post("/language").then()
                .statusCode(403);
        given().redirects().follow(false).cookies(session).cookie("accountable-csrf", "t").formParam("csrf-token", "t")
                .formParam("lang", "xx").formParam("next", "//evil.example").post("/language").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("localhost:8081/"));
        assertEquals("ro", QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).language));
    }
}
