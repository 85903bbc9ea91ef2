package io.accountable.i18n;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.facts.FactStore;
import io.accountable.security.Role;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The error texts that were still English: the accounts, demo-file, token and audit refusals
 * (same status and {@code {"error", "details"}} shape in every language), the accounts page's
 * filter notice and the admins' list of left-out rows.
 */
@QuarkusTest
class RemainingErrorsLanguageTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    FactStore facts;

    /** One refusal: who asks, how, the status, the English text of today and a word of each translation. */
    record Case(String name, Function<RequestSpecification, Response> call, Role role, int status, String english,
            String ru, String ro) {
    }

    static final List<Case> API = List.of(
            new Case("unknown account", r -> r.get("/api/accounts/NO-SUCH"), Role.VIEWER, 404,
                    "No account with id 'NO-SUCH'.", "Аккаунта с идентификатором 'NO-SUCH' нет.",
                    "Nu există niciun cont cu id-ul 'NO-SUCH'."),
            new Case("demo kind", r -> r.get("/api/demo/bogus.csv"), Role.ANALYST, 400,
                    "Unknown kind 'bogus'; one of " + io.accountable.demo.DemoCsvWriter.KINDS + ".",
                    "Неизвестный вид файла 'bogus'", "Tip de fișier necunoscut 'bogus'"),
            new Case("demo scale", r -> r.get("/api/demo/accounts.csv?scale=huge"), Role.ANALYST, 400,
                    "'scale' is small or large; got 'huge'.", "принимает значения small или large; получено 'huge'",
                    "poate fi small sau large; s-a primit 'huge'"),
            new Case("demo scale none", r -> r.get("/api/demo/accounts.csv?scale=none"), Role.ANALYST, 400,
                    "'scale' is small or large; got 'none'.", "получено 'none'", "s-a primit 'none'"),
            new Case("token body", r -> r.contentType("application/json").body("null").post("/api/tokens"),
                    Role.VIEWER, 400,
                    "Send JSON such as {\"name\": \"BI tool\"}, with an optional \"expires\": \"2027-06-30\".",
                    "Отправьте JSON вида {\"name\": \"BI tool\"}", "Trimiteți JSON de forma {\"name\": \"BI tool\"}"),
            new Case("unknown token", r -> r.delete("/api/tokens/987654"), Role.VIEWER, 404,
                    "There is no token 987654 of yours.", "У вас нет токена 987654.", "Nu aveți niciun token 987654."),
            new Case("audit limit", r -> r.get("/api/audit?limit=0"), Role.ADMIN, 400,
                    "'limit' is from 1 to 500.", "'limit' должно быть от 1 до 500.", "'limit' este de la 1 la 500."));

    /** The accounts page's refusals: an error page in the reader's language. */
    static final List<Case> PAGES = List.of(
            new Case("page", r -> r.get("/accounts?page=x"), Role.VIEWER, 400,
                    "&#39;page&#39; and &#39;size&#39; are whole numbers.", "должны быть целыми числами",
                    "trebuie să fie numere întregi"),
            new Case("size", r -> r.get("/accounts?size=500"), Role.VIEWER, 400,
                    "&#39;page&#39; starts at 1 and &#39;size&#39; is between 1 and 200.", "должно быть от 1 до 200",
                    "este între 1 și 200"),
            new Case("dir", r -> r.get("/accounts?dir=up"), Role.VIEWER, 400,
                    "&#39;dir&#39; is asc or desc; got &#39;up&#39;.", "принимает значения asc или desc",
                    "poate fi asc sau desc"),
            new Case("sort", r -> r.get("/accounts?sort=colour"), Role.VIEWER, 400,
                    "&#39;sort&#39; is one of [name, tier, segment, region, target, engagement, penetration, "
                            + "open_pipeline, created_pipeline, won_revenue, credit, last_touch, nps]; got &#39;colour&#39;.",
                    "принимает одно из значений [name, tier", "poate fi una dintre valorile [name, tier"),
            new Case("account", r -> r.get("/accounts/NO-SUCH"), Role.VIEWER, 404,
                    "No account with id &#39;NO-SUCH&#39;.", "Аккаунта с идентификатором", "Nu există niciun cont"));

    private static RequestSpecification request(Case c, String lang) {
        RequestSpecification r = api(c.role());
        return lang == null ? r : r.header("Accept-Language", lang);
    }

    private static String expected(Case c, String lang) {
        return "ru".equals(lang) ? c.ru() : c.ro();
    }

    @Test
    void shouldKeepTheEnglishApiErrorsAsTheyWere() {
        for (Case c : API) {
            JsonPath json = c.call().apply(request(c, null)).then().statusCode(c.status())
                    .contentType("application/json").extract().jsonPath();
            assertEquals(c.english(), json.getString("error"), c.name());
        }
        for (Case c : PAGES) {
            String page = c.call().apply(as(c.role())).then().statusCode(c.status()).extract().asString();
            assertTrue(page.contains("<html lang=\"en\">") && page.contains(c.english()), c.name() + ": " + page);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldAnswerEachApiRefusalInTheRequestsLanguageWithTheSameShape(String lang) {
        for (Case c : API) {
            JsonPath json = c.call().apply(request(c, lang)).then().statusCode(c.status())
                    .contentType("application/json").extract().jsonPath();
            String error = json.getString("error");
            assertEquals(Set.of("error", "details"), json.getMap("$").keySet(), c.name() + ": the same shape");
            assertTrue(json.getList("details").isEmpty(), c.name());
            assertTrue(!error.equals(c.english()), c.name() + " is still English in " + lang);
            assertTrue(error.contains(expected(c, lang)), c.name() + " in " + lang + ": " + error);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldShowTheAccountPagesRefusalsInThePagesLanguage(String lang) {
        for (Case c : PAGES) {
            String page = c.call().apply(as(c.role()).header("Accept-Language", lang)).then().statusCode(c.status())
                    .extract().asString();
            assertTrue(page.contains("<html lang=\"" + lang + "\">"), c.name());
            assertTrue(!page.contains(c.english()), c.name() + " is still English in " + lang);
            assertTrue(page.contains(expected(c, lang).replace("'", "&#39;")), c.name() + " in " + lang + ": " + page);
        }
    }

    @Test
    void shouldShowTheAccountsPagesFilterNoticeInRussian() {
        String page = as(Role.VIEWER).header("Accept-Language", "ru").get("/accounts?period=nonsense&lookbackDays=abc")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("<html lang=\"ru\">"));
        for (String english : List.of("Unknown period", "The default is shown instead", "must be a whole number")) {
            assertTrue(!page.contains(english), "still says '" + english + "'");
        }
        assertTrue(page.contains("Неизвестный период &#39;nonsense&#39;"), "the problem in Russian");
        assertTrue(page.contains("Вместо этого показано значение по умолчанию."), "the notice in Russian");
        assertTrue(page.contains("&#39;lookbackDays&#39; должно быть целым числом дней"), "the second problem");
        // an unknown parameter is no notice on this page, as before
        String unknown = as(Role.VIEWER).header("Accept-Language", "ru").get("/accounts?colour=red").then()
                .statusCode(200).extract().asString();
        assertTrue(!unknown.contains("Неизвестный параметр") && !unknown.contains("Unknown parameter"), "ignored");
        String english = as(Role.VIEWER).get("/accounts?period=nonsense").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Unknown period &#39;nonsense&#39;; one of [this_quarter, last_quarter, "
                + "year_to_date, last_12_months, custom]. The default is shown instead."), "English by default");
    }

    @Test
    void shouldListTheLeftOutRowsInThePagesLanguage() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("insert into account (external_id, name, segment, target) values ('RE-A1', 'Left out', 're', true)");
            boolean postgres = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
            OffsetDateTime poison = postgres ? OffsetDateTime.of(200_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                    : OffsetDateTime.of(-999_999_999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            try (PreparedStatement ps = c.prepareStatement("insert into touchpoint (external_id, account_id, channel, "
                    + "type, occurred_at) select 'RE-t1', id, 'email', 'email_sent', ? from account where external_id = 'RE-A1'")) {
                ps.setObject(1, poison);
                ps.executeUpdate();
            }
        }
        try {
            facts.invalidate();
            Map<String, List<String>> expected = Map.of(
                    "ru", List.of(", идентификатор ", "touchpoint", "occurred_at: ", "вне диапазона годов от 1 до 9999"),
                    "ro", List.of(", id-ul ", "touchpoint", "occurred_at: ", "este în afara anilor 1–9999"));
            for (String lang : List.of("ru", "ro")) {
                String page = as(Role.ADMIN).header("Accept-Language", lang).get("/").then().statusCode(200).extract()
                        .asString();
                for (String word : expected.get(lang)) {
                    assertTrue(page.contains(word), lang + " says '" + word + "'");
                }
                assertTrue(!page.contains("is outside the years") && !page.contains("touchpoint id "), lang);
            }
            String english = as(Role.ADMIN).get("/").then().statusCode(200).extract().asString();
            assertTrue(english.contains("touchpoint id ") && english.contains(", occurred_at: ")
                    && english.contains(" is outside the years 1 to 9999</li>"), "English by default");
        } finally {
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
                st.execute("delete from touchpoint where external_id like 'RE-%'");
                st.execute("delete from account where external_id like 'RE-%'");
            }
            facts.invalidate();
        }
    }
}
