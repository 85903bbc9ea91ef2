package io.accountable.i18n;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Import page, its preview and the import API's answers in Russian and Romanian: the page's
 * words, the summary, the warnings and the row-level reasons in the reader's language, while
 * columns, ids, values, JSON field names and the rejected-rows CSV's header stay as they are.
 */
@QuarkusTest
class ImportLanguageTest {

    /**
     * Costs with an unknown campaign, a date that is no date, an amount with too many decimals
     * (a warning) and one with a decimal comma. Nothing is written: all-or-nothing.
     */
    private static final String BAD_COSTS = """
            id,date,amount,campaign_id
            LANG-1,2025-13-45,10.50,
            LANG-2,2025-06-01,10.50,NO-SUCH-CAMPAIGN
            LANG-3,2025-06-01,12.1234567,
            LANG-4,2025-06-01,"1234,50",
            """;

    /** English words of the import page and its preview that must not appear in another language. */
    private static final List<String> ENGLISH = List.of(">Import data<", "What the file holds", "If some rows are wrong",
            "write nothing (all or nothing)", ">Encoding<", ">Preview<", ">History<", ">Who<", ">Kind<", ">Status<",
            ">Unchanged<", ">Rejected<", "No imports yet", "Everything as import files", "Sample files of the demo",
            "Nothing has been written yet", "How the file was read", "Column in the file", ">Read as<",
            "First rows as they will be read", "Rejected rows", "Download the rejected rows", ">Reason<", ">Row<",
            "Import the ", "Cancel<", "Must be an ISO date", "No campaign with id", "has more than 6 decimals",
            "Use &#39;.&#39; as the decimal separator", "rows are rejected", ">Value<");

    /** Reasons and warnings as each language writes them (checked on the page and in the JSON). */
    private static final Map<String, List<String>> REASONS = Map.of(
            "ru", List.of("Нужна дата в формате ISO, например 2026-03-01.",
                    "Нет записи campaign с id «NO-SUCH-CAMPAIGN»: сначала импортируйте кампании или исправьте id.",
                    "Строка 3: amount 12.1234567: больше 6 знаков после точки, округлено (половина вверх) до 12.123457.",
                    "Используйте точку «.» как десятичный разделитель (1234.50, а не 1234,50)."),
            "ro", List.of("Trebuie să fie o dată ISO, de exemplu 2026-03-01.",
                    "Nu există nicio înregistrare campaign cu id-ul „NO-SUCH-CAMPAIGN”: importați mai întâi campanii "
                            + "sau corectați id-ul.",
                    "Rândul 3: amount 12.1234567 are mai mult de 6 zecimale: rotunjit (jumătate în sus) la 12.123457.",
                    "Folosiți „.” ca separator zecimal (1234.50, nu 1234,50)."));

    private static void assertNoEnglish(String page, String what) {
        for (String word : ENGLISH) {
            assertTrue(!page.contains(word), what + " still says '" + word + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldShowTheImportPageInTheBrowsersLanguage(String lang) {
        // one rejected import in the history
        api(Role.ANALYST).contentType("text/csv").body(BAD_COSTS).post("/api/import/costs?fileName=history.csv").then()
                .statusCode(422);
        // and one refused: the history stores English and shows it in the reader's language
        api(Role.ANALYST).contentType("text/csv").body(new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0})
                .post("/api/import/costs?fileName=history.xlsx").then().statusCode(415);
        String page = as(Role.ANALYST).header("Accept-Language", lang).get("/import").then().statusCode(200)
                .body(containsString("<html lang=\"" + lang + "\">")).extract().asString();
        assertNoEnglish(page, lang + " /import");
        assertTrue(page.contains(lang.equals("ru") ? "Импорт данных" : "Importă date"), page);
        assertTrue(page.contains(lang.equals("ru") ? "точки соприкосновения" : "puncte de contact"), "kinds as words");
        // the history: when in the language's date format, status and mode as words
        assertTrue(Pattern.compile("<time datetime=\"[^\"]+\">\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2}</time>")
                .matcher(page).find(), "dotted dates in the history");
        assertTrue(page.contains(lang.equals("ru") ? "<td>отклонён</td>" : "<td>respins</td>"), "status as a word");
        assertTrue(page.contains(lang.equals("ru") ? "<td>всё или ничего</td>" : "<td>totul sau nimic</td>"), "mode");
        assertTrue(page.contains(lang.equals("ru") ? "<td>сбой — Это не текстовый CSV-файл"
                : "<td>eșuat — Acesta nu este un fișier text CSV"), "the stored message in the language");
        // the values sent stay the ids
        assertTrue(page.contains("<option value=\"touchpoints\">") && page.contains("value=\"skip-invalid\""), page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldGiveThePreviewsReasonsInTheBrowsersLanguage(String lang) {
        String page = as(Role.ANALYST).header("Accept-Language", lang).multiPart("kind", "costs")
                .multiPart("mode", "all-or-nothing")
                .multiPart("file", "bad_costs.csv", BAD_COSTS.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/import/preview").then().statusCode(200)
                .body(containsString("<html lang=\"" + lang + "\">")).extract().asString();
        assertNoEnglish(page, lang + " preview");
        for (String reason : REASONS.get(lang)) {
            assertTrue(page.contains(reason.replace("\"", "&quot;")), lang + " preview lacks '" + reason + "'");
        }
        assertTrue(page.contains(lang.equals("ru") ? "Пока ничего не записано. Отклонено строк: 3 из 4"
                : "Încă nu s-a scris nimic. Rânduri respinse: 3 din 4"), page);
        assertTrue(page.contains(lang.equals("ru") ? "Импортировать корректные строки (1)"
                : "Importă rândurile valide (1)"), page);
        assertTrue(page.contains(lang.equals("ru") ? "data-importing=\"Импорт…\"" : "data-importing=\"Import în curs…\""),
                "the waiting text for the script");
        // columns and values as they are in the file
        assertTrue(page.contains("NO-SUCH-CAMPAIGN") && page.contains(">campaign_id<"), page);

        Matcher token = Pattern.compile("/import/([0-9a-f]{32})/confirm").matcher(page);
        assertTrue(token.find());
        String rejected = as(Role.ANALYST).header("Accept-Language", lang)
                .get("/import/" + token.group(1) + "/rejected.csv").then().statusCode(200).extract().asString();
        assertTrue(rejected.startsWith("id,date,amount,campaign_id,reason"), "the CSV header stays: " + rejected);
        assertTrue(rejected.contains(REASONS.get(lang).get(0)), rejected);
        as(Role.ANALYST).header("Accept-Language", lang).get("/import/" + "0".repeat(32) + "/progress").then()
                .statusCode(200).body(org.hamcrest.Matchers.equalTo(lang.equals("ru") ? "Завершение…" : "Se finalizează…"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldAnswerTheApiInTheRequestsLanguage(String lang) {
        JsonPath answer = api(Role.ANALYST).header("Accept-Language", lang).contentType("text/csv").body(BAD_COSTS)
                .post("/api/import/costs?fileName=bad_costs.csv").then().statusCode(422).extract().jsonPath();
        assertEquals(3, answer.getInt("rejected"));
        assertEquals(List.of("date", "campaign_id", "amount"), answer.getList("errors.column"));
        assertEquals(List.of("2025-13-45", "NO-SUCH-CAMPAIGN", "1234,50"), answer.getList("errors.value"));
        List<String> messages = answer.getList("errors.message");
        List<String> warnings = answer.getList("warnings");
        List<String> expected = REASONS.get(lang);
        assertEquals(List.of(expected.get(0), expected.get(1), expected.get(3)), messages);
        assertTrue(warnings.contains(expected.get(2)), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(lang.equals("ru") ? "Ничего не записано: отклонено строк — 3"
                : "Nu s-a scris nimic: rânduri respinse: 3")), warnings.toString());

        String refused = api(Role.ANALYST).header("Accept-Language", lang).contentType("text/csv")
                .body(new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0}).post("/api/import/costs").then().statusCode(415)
                .extract().jsonPath().getString("error");
        assertTrue(refused.startsWith(lang.equals("ru") ? "Это не текстовый CSV-файл" : "Acesta nu este un fișier text CSV"),
                refused);
    }

    @Test
    void shouldKeepEnglishWithoutAcceptLanguage() {
        api(Role.ANALYST).contentType("text/csv").body(new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0})
                .post("/api/import/costs?fileName=history.xlsx").then().statusCode(415);
        as(Role.ANALYST).get("/import").then().statusCode(200).body(containsString("<html lang=\"en\">"))
                .body(containsString(">Import data<")).body(containsString("What the file holds"))
                .body(containsString("<option value=\"touchpoints\">touchpoints</option>"))
                .body(containsString("failed — This file is not a CSV text file"));
        String page = as(Role.ANALYST).multiPart("kind", "costs").multiPart("file", "bad_costs.csv",
                BAD_COSTS.getBytes(StandardCharsets.UTF_8), "text/csv").post("/import/preview").then().statusCode(200)
                .extract().asString();
        for (String text : List.of("Must be an ISO date like 2026-03-01.",
                "No campaign with id &#39;NO-SUCH-CAMPAIGN&#39;: import the campaigns first, or correct the id.",
                "Row 3: amount 12.1234567 has more than 6 decimals: rounded half-up to 12.123457.",
                "Nothing has been written yet. 3 of 4 rows are rejected, so an all-or-nothing import would write "
                        + "nothing. Correct the file and upload it again, or import the 1 valid row and skip the "
                        + "rejected ones.", "Import the 1 valid row<")) {
            assertTrue(page.contains(text), "English preview lacks '" + text + "'");
        }
        JsonPath answer = api(Role.ANALYST).contentType("text/csv").body(BAD_COSTS).post("/api/import/costs").then()
                .statusCode(422).extract().jsonPath();
        assertEquals("Must be an ISO date like 2026-03-01.", answer.getString("errors[0].message"));
        assertTrue(answer.getList("warnings").contains("Nothing was written: 3 row(s) were rejected and the mode is "
                + "all-or-nothing. Correct them, or import with skip-invalid to write the 1 valid row(s)."));
    }
}
