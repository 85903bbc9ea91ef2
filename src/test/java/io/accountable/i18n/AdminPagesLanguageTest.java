package io.accountable.i18n;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.accountable.settings.Settings;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The admin pages (settings, users, audit log, profile, reports, board snapshots) in Russian and
 * Romanian: the right {@code lang}, no English interface word left, their messages (validation,
 * password rules, notices) in the language too, and English still the default.
 */
@QuarkusTest
class AdminPagesLanguageTest {

    private static final String FILTER = "?period=last_12_months&target=any";

    /** English interface words of each page, which must not appear in another language. */
    private static final Map<String, List<String>> ENGLISH = Map.of(
            "/settings", List.of(">Reporting<", "Reporting currency", "Time zone (", "Gross margin", "Save settings",
                    ">History<", "Saved by", "Attribution defaults", ">Weight<", "High intent", "revenue (won deals)",
                    ">Meeting<", ">linear<", "These settings change"),
            "/users", List.of("Who can sign in", ">Since<", ">New password<", ">Remove<", "Add a user", ">Add user<",
                    ">viewer<", ">analyst<", ">Change<", ">Set<"),
            "/audit", List.of(">Audit log<", ">Who<", ">Whom<", ">Detail<", ">What<", ">sign-in<", "Nothing recorded"),
            "/profile", List.of("Your account", "Signed in as", "API tokens", "Create token", "Change your password",
                    "Current password", "New password again", ">Name<", "Expires after"),
            "/reports" + FILTER, List.of("Executive summary", "Download (A4)", "Board snapshots", "All snapshots",
                    "Freeze for the board", "Change the filters", " view.", "Title (optional)"),
            "/reports/snapshots" + FILTER, List.of("Board snapshots", "No snapshot yet", "Frozen by", ">Snapshot<",
                    ">Download<", "Freeze the current filters"));

    private static final List<String> SNAPSHOT_ENGLISH = List.of("What changed since", "Key figures", ">Then<", ">Now<",
            "From data", "From settings", "From the period", "Credit per channel", "The period", "No data was imported",
            "No settings were changed", "Download the PDF", "Today's dashboard", ">Channel<", ">Figure<", "Frozen by",
            "Revenue from target accounts", ">Paid search<", "settings version", "revenue_growth", ">tam<");

    private static Role roleFor(String path) {
        return path.startsWith("/users") || path.startsWith("/audit") ? Role.ADMIN
                : path.startsWith("/profile") ? Role.VIEWER : Role.ANALYST;
    }

    private static void assertNoEnglish(String page, List<String> words, String where) {
        for (String word : words) {
            assertFalse(page.contains(word), where + " still says '" + word + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldShowEveryAdminPageInTheBrowsersLanguage(String lang) {
        // something in the audit log and a snapshot to show
        as(Role.ADMIN).get("/users").then().statusCode(200);
        long id = api(Role.ANALYST).post("/api/snapshots" + FILTER + "&title=lang-" + lang).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        for (var entry : ENGLISH.entrySet()) {
            String page = as(roleFor(entry.getKey())).header("Accept-Language", lang).get(entry.getKey()).then()
                    .statusCode(200).body(containsString("<html lang=\"" + lang + "\">")).extract().asString();
            assertNoEnglish(page, entry.getValue(), lang + " " + entry.getKey());
        }
        String snapshot = as(Role.VIEWER).header("Accept-Language", lang).get("/reports/snapshots/" + id).then()
                .statusCode(200).body(containsString("<html lang=\"" + lang + "\">")).extract().asString();
        assertNoEnglish(snapshot, SNAPSHOT_ENGLISH, lang + " snapshot");
        String[] expected = "ru".equals(lang)
                ? new String[] {"Что изменилось с тех пор", "Тогда", "Сейчас", "Вклад каналов", "Зафиксировал"}
                : new String[] {"Ce s-a schimbat de atunci", "Atunci", "Acum", "Valoarea atribuită canalelor", "Înghețat de"};
        for (String word : expected) {
            assertTrue(snapshot.contains(word), lang + " snapshot says '" + word + "'");
        }
        String settings = as(Role.ANALYST).header("Accept-Language", lang).get("/settings").then().statusCode(200).extract().asString();
        assertTrue(settings.contains("ru".equals(lang) ? "Валюта отчётности" : "Moneda de raportare"), settings);
        String audit = as(Role.ADMIN).header("Accept-Language", lang).get("/audit").then().statusCode(200).extract().asString();
        assertTrue(audit.contains("ru".equals(lang) ? "Журнал аудита" : "Jurnal de audit"));
        assertTrue(audit.contains("ru".equals(lang) ? ">вход<" : ">conectare<"), "audit actions are translated");
    }

    @Test
    void shouldWriteTheSettingsValidationMessagesInRussian() {
        Map<String, String> fields = io.accountable.settings.SettingsForm.fields(Settings.defaults());
        fields.putAll(Map.of("grossMargin", "1.5", "weight.meeting", "-1", "timeZone", "Mars/Olympus", "currency", "XYZ",
                "lookbackDays", "ten", "annualChurnRate", "abc", "salesChannels", "carrier pigeon",
                "positionFirstShare", "0.7", "positionLastShare", "0.7"));
        String page = as(Role.ANALYST).header("Accept-Language", "ru").formParams(fields).post("/settings").then()
                .statusCode(400).extract().asString();
        for (String expected : List.of("Ничего не сохранено", "Ошибок для исправления: 8", "Валовая маржа — от 0 до 1",
                "Встреча: Вес — число не меньше 0", "Неизвестный часовой пояс", "код ISO 4217", "получено «ten»",
                "получено «abc»", "Таких каналов нет в данных: carrier_pigeon", "не больше 1", "value=\"Mars/Olympus\"")) {
            assertTrue(page.contains(expected), expected);
        }
        assertNoEnglish(page, List.of("Nothing was saved", "problems to correct", "The gross margin",
                "A weight is", "The time zone is unknown", "Not a channel", "got '", "add up to"), "ru settings errors");
    }

    @Test
    void shouldWriteThePasswordRulesAndNoticesInTheLanguage() {
        as(Role.ADMIN).header("Accept-Language", "ro").formParam("username", "lang-shorty").formParam("password", "short")
                .formParam("role", "viewer").post("/users").then().statusCode(400)
                .body(containsString("cel puțin 12 caractere")).body(org.hamcrest.Matchers.not(containsString("at least")));
        as(Role.ADMIN).header("Accept-Language", "ru").formParam("username", "lang-viewer")
                .formParam("password", "long-enough-lang-1").formParam("role", "analyst").post("/users").then()
                .statusCode(200).body(containsString("Пользователь lang-viewer добавлен с ролью «аналитик»"));
        as(Role.VIEWER).header("Accept-Language", "ru").formParam("current", "not-the-password")
                .formParam("password", "violet-harbour-93").formParam("confirm", "violet-harbour-93")
                .post("/profile/password").then().statusCode(400).body(containsString("Текущий пароль указан неверно"));
    }

    @Test
    void shouldWriteTokenMessagesInTheLanguageOnThePageAndInTheApi() {
        String created = as(Role.VIEWER).header("Accept-Language", "ru").formParam("name", "<b>bold</b>")
                .post("/profile/tokens").then().statusCode(200).extract().asString();
        assertTrue(created.contains("Ваш новый токен «&lt;b&gt;bold&lt;/b&gt;»"), "the name is escaped in the message");
        assertFalse(created.contains("<b>bold"));
        assertTrue(created.contains("показан только один раз"));
        as(Role.VIEWER).header("Accept-Language", "ro").formParam("name", " ").post("/profile/tokens").then()
                .statusCode(400).body(containsString("Dați tokenului un nume"));
        api(Role.VIEWER).header("Accept-Language", "ru").contentType("application/json").body("{\"name\": \"  \"}")
                .post("/api/tokens").then().statusCode(400)
                .body("error", containsString("Дайте токену название"));
        api(Role.VIEWER).contentType("application/json").body("{\"name\": \"  \"}").post("/api/tokens").then()
                .statusCode(400).body("error", containsString("Give the token a name"));
    }

    @Test
    void shouldKeepEnglishByDefault() {
        as(Role.ANALYST).get("/settings").then().statusCode(200).body(containsString("<html lang=\"en\">"))
                .body(containsString("Reporting currency (ISO code)")).body(containsString("Save settings"));
        as(Role.ADMIN).get("/users").then().statusCode(200).body(containsString("Who can sign in"))
                .body(containsString(">viewer<"));
        as(Role.ADMIN).get("/audit").then().statusCode(200).body(containsString(">Audit log<"));
        as(Role.VIEWER).get("/profile").then().statusCode(200).body(containsString("Change your password"));
        as(Role.VIEWER).get("/reports" + FILTER).then().statusCode(200).body(containsString("Executive summary (PDF)"))
                .body(containsString("Board snapshots"));
        as(Role.VIEWER).get("/reports/snapshots/999999").then().statusCode(404)
                .body(containsString("No snapshot with id"));
        as(Role.VIEWER).header("Accept-Language", "ro").get("/reports/snapshots/999999").then().statusCode(404)
                .body(containsString("Nu există niciun instantaneu"));
    }

    /** Every message written in the annotations of {@link Settings} has its translation. */
    @Test
    void shouldTranslateEveryValidationMessageOfTheSettings() throws Exception {
        java.util.Set<String> messages = new java.util.TreeSet<>();
        for (var component : Settings.class.getRecordComponents()) {
            collect(component.getAnnotatedType(), messages);
            for (var a : component.getAccessor().getDeclaringClass().getDeclaredField(component.getName())
                    .getAnnotations()) {
                message(a, messages);
            }
            for (var a : component.getAnnotations()) {
                message(a, messages);
            }
        }
        for (var method : Settings.class.getDeclaredMethods()) {
            for (var a : method.getAnnotations()) {
                message(a, messages);
            }
        }
        assertTrue(messages.size() >= 20, "found the messages: " + messages);
        for (String english : messages) {
            for (Language language : List.of(Language.RU, Language.RO)) {
                assertFalse(english.equals(io.accountable.settings.AdminLabels.validation(english, language)),
                        language + " has no translation of: " + english);
            }
        }
    }

    private static void collect(java.lang.reflect.AnnotatedType type, java.util.Set<String> messages) {
        for (var a : type.getAnnotations()) {
            message(a, messages);
        }
        if (type instanceof java.lang.reflect.AnnotatedParameterizedType p) {
            for (var argument : p.getAnnotatedActualTypeArguments()) {
                collect(argument, messages);
            }
        }
    }

    private static void message(java.lang.annotation.Annotation a, java.util.Set<String> messages) {
        try {
            Object value = a.annotationType().getMethod("message").invoke(a);
            if (value instanceof String text && !text.startsWith("{")) {
                messages.add(text);
            }
        } catch (ReflectiveOperationException e) {
            // not a constraint
        }
    }
}
