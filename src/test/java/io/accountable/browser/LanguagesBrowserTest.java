package io.accountable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.accountable.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page in Russian and in Romanian, as a browser set to that language sees it: sign-in,
 * the dashboard after a filter change, accounts, an account, an import preview with a bad row,
 * settings, reports, snapshots, users, audit, profile and a missing page. Each page has the
 * right {@code lang} and none of the English interface words it has in English. Screenshots go
 * to target/screenshots/lang-*.png.
 */
@QuarkusTest
class LanguagesBrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    /** English words of the frame, on every page. */
    private static final List<String> FRAME = List.of("Sign out", "Skip to content", "Accountable home");

    /** English interface words of each page (as the English page writes them). */
    private static final Map<String, List<String>> ENGLISH = Map.ofEntries(
            Map.entry("login", List.of("Sign in", "User name", "Password")),
            Map.entry("dashboard", List.of("Revenue from target accounts", "Attribution model", "View as table",
                    "All models side by side", "Paid search")),
            Map.entry("accounts", List.of("Search by name or id", "Engagement score", "Open pipeline", "Last touch")),
            Map.entry("account", List.of("Touch timeline", "Buying committee", "Opportunities and how each was attributed",
                    "Download the one-pager")),
            Map.entry("preview", List.of("How the file was read", "Rejected rows", "Must be true or false", "Reason",
                    "Import another file")),
            Map.entry("import", List.of("Import data", "What the file holds", "If some rows are wrong", "History")),
            Map.entry("settings", List.of("Save settings", "Attribution defaults", "Reporting currency", "Saved versions")),
            Map.entry("reports", List.of("Executive summary", "Freeze the current filters", "Download (A4)", "All snapshots")),
            Map.entry("reports/snapshots", List.of("Board snapshots", "Freeze the current filters")),
            Map.entry("users", List.of("Add a user", "Actions", "Remove")),
            Map.entry("audit", List.of("Audit log", "Older entries")),
            Map.entry("profile", List.of("Change your password", "Create token", "Current password")),
            Map.entry("missing", List.of("Not found", "There is nothing at this address", "Back to the dashboard")));

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldShowEveryPageInTheBrowsersLanguage(String lang) throws Exception {
        TestUsers.ensure();
        List<String> found = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(lang + "-" + lang.toUpperCase()).setViewportSize(1366, 900))) {
            Page page = context.newPage();
            page.navigate(base + "login");
            check(page, lang, "login", found);
            page.fill("#username", "test-admin");
            page.fill("#password", TestUsers.PASSWORD);
            page.locator("form:has(#username) button[type=submit]").click();
            page.waitForURL(url -> !url.contains("/login"));

            page.navigate(base + "?period=last_12_months&target=any");
            page.waitForSelector("#regions .tile");
            page.waitForResponse(r -> r.url().contains("period=last_quarter"),
                    () -> page.selectOption("#f-period", "last_quarter"));
            page.waitForFunction("() => !document.querySelector('#regions[aria-busy=true]')");
            page.waitForSelector("#intervals table tbody tr");
            check(page, lang, "dashboard", found);

            page.navigate(base + "accounts?period=last_12_months&target=any");
            page.waitForSelector("table tbody tr th a");
            check(page, lang, "accounts", found);
            page.locator("table tbody tr th a").first().click();
            page.waitForURL(url -> url.contains("/accounts/"));
            check(page, lang, "account", found);

            page.navigate(base + "import");
            check(page, lang, "import", found);
            Path file = Files.createTempFile("accounts-", ".csv");
            Files.writeString(file, "id,name,segment,target\nLANG-B1,Browser One,import_test,perhaps\n");
            try {
                page.selectOption("#kind", "accounts");
                page.setInputFiles("#file", file);
                page.locator("form:has(#file) button[type=submit]").click();
                page.waitForURL(url -> url.contains("/import/preview"));
                check(page, lang, "preview", found);
            } finally {
                Files.deleteIfExists(file);
            }

            for (String path : List.of("settings", "reports", "reports/snapshots", "users", "audit", "profile")) {
                page.navigate(base + path);
                check(page, lang, path, found);
            }
            page.navigate(base + "no-such-page");
            check(page, lang, "missing", found);
        }
        assertEquals(List.of(), found, "English left on the " + lang + " pages");
    }

    private static void check(Page page, String lang, String name, List<String> found) throws Exception {
        page.waitForLoadState();
        assertEquals(lang, page.getAttribute("html", "lang"), name + " page's lang");
        String text = page.locator("body").innerText();
        List<String> words = new ArrayList<>(ENGLISH.get(name));
        if (!name.equals("login") && !name.equals("missing")) {
            words.addAll(FRAME);
        }
        String html = page.content();
        for (String word : words) {
            if (text.contains(word) || html.contains("aria-label=\"" + word)) {
                found.add(name + ": " + word);
            }
        }
        Path dir = Paths.get("target", "screenshots");
        Files.createDirectories(dir);
        String file = "lang-" + lang + "-" + name.replace('/', '-');
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(file + ".png")).setFullPage(true));
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(file + "-top.png")));
        assertTrue(text.length() > 20, name + " page has text");
    }
}
