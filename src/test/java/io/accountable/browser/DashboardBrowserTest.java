package io.accountable.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.accountable.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser (Debian's Chromium, headless): sign in, change filters,
 * see the regions swap and the URL follow, go back, open a chart's table, and check
 * accessibility with axe-core. Screenshots go to target/screenshots.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    private static final java.util.List<String> CSP_VIOLATIONS = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void noContentSecurityPolicyViolations() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), CSP_VIOLATIONS);
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

    private Page signIn() {
        return signIn("test-viewer");
    }

    private Page signIn(String user) {
        TestUsers.ensure();
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 900));
        // The Content-Security-Policy allows no inline script or style: any violation is a failure.
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                CSP_VIOLATIONS.add(message.location() + ": " + message.text());
            }
        });
        page.navigate(base + "login");
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(TestUsers.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private static void screenshot(Page page, String name) throws Exception {
        Path dir = Paths.get("target", "screenshots");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void shouldSwapTheRegionsKeepTheUrlAndGoBack() throws Exception {
        Page page = signIn();
        page.waitForSelector("#regions .tile");
        screenshot(page, "dashboard-initial");
        String revenueBefore = page.locator("[aria-label='Revenue from target accounts'] .tile-value").innerText();
        String chartBefore = page.locator("#regions canvas").first().getAttribute("data-chart");

        page.waitForResponse(r -> r.url().contains("period=last_quarter"),
                () -> page.selectOption("#f-period", "last_quarter"));
        page.waitForFunction("() => !document.querySelector('#regions[aria-busy=true]')");
        assertTrue(page.url().contains("period=last_quarter"), page.url());
        String revenueAfter = page.locator("[aria-label='Revenue from target accounts'] .tile-value").innerText();
        assertNotEquals(revenueBefore, revenueAfter, "the revenue tile changed with the period");

        page.waitForResponse(r -> r.url().contains("model=first_touch"),
                () -> page.selectOption("#f-model", "first_touch"));
        page.waitForFunction("() => !document.querySelector('#regions[aria-busy=true]')");
        assertTrue(page.url().contains("model=first_touch"), page.url());
        assertTrue(page.locator("a[data-keep-filters]").nth(1).getAttribute("href").contains("model=first_touch"),
                "the menu's Accounts link follows the filter");
        String chartAfter = page.locator("#regions canvas").first().getAttribute("data-chart");
        assertNotEquals(chartBefore, chartAfter, "the attribution chart changed");
        screenshot(page, "dashboard-last-quarter-first-touch");

        page.goBack();
        page.waitForFunction("() => !location.search.includes('first_touch')");
        page.waitForSelector("#regions .tile");
        assertEquals("last_quarter", page.locator("#f-period").inputValue());

        page.locator("details summary").first().click();
        assertTrue(page.locator("details[open] table").first().isVisible(), "the chart's table opens");
        page.close();
    }

    @Test
    void shouldLoadTheIntervalsCardAfterThePageAndAgainAfterAFilterChange() throws Exception {
        Page page = signIn();
        page.navigate(base + "?period=last_12_months&target=any");
        page.waitForSelector("#intervals table tbody tr");
        assertTrue(page.locator("#intervals tbody tr").count() >= 3, "a row per channel");
        page.locator("#intervals").scrollIntoViewIfNeeded();
        page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('#intervals canvas'))");
        page.locator("#intervals").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "dashboard-intervals.png")));
        page.waitForSelector("#backtest table tbody tr");
        assertEquals(10, page.locator("#backtest tbody tr").count(), "a row per model");
        page.locator("#backtest").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "dashboard-backtest.png")));
        page.waitForResponse(r -> r.url().contains("/fragments/intervals") && r.url().contains("model=markov"),
                () -> page.selectOption("#f-model", "markov"));
        page.waitForSelector("#intervals table tbody tr");
        assertTrue(page.locator("#intervals h2").innerText().contains("Markov"), page.locator("#intervals h2").innerText());
    }

    @Test
    void shouldGoFromATileToTheAccountsToOneDealsAttributionAndBack() throws Exception {
        Page page = signIn();
        page.navigate(base + "?period=last_12_months&target=any&model=w_shaped");
        page.locator("[aria-label='Revenue from target accounts'] a.drill").click();
        page.waitForURL(url -> url.contains("/accounts"));
        assertTrue(page.url().contains("model=w_shaped") && page.url().contains("sort=won_revenue"), page.url());
        page.waitForSelector("table tbody tr");
        screenshot(page, "accounts-from-tile");
        page.locator("table tbody tr th a").first().click();
        page.waitForSelector("h2:has-text('attributed')");
        assertTrue(page.locator("details[open] table tbody tr").count() > 0, "the first deal's credited touches show");
        assertTrue(page.content().contains("W-shaped"), "under the model of the dashboard");
        screenshot(page, "account-page");
        page.locator("nav.breadcrumb a", new Page.LocatorOptions().setHasText("Accounts")).click();
        page.waitForURL(url -> url.contains("/accounts") && url.contains("model=w_shaped"));
        page.locator("nav.breadcrumb a", new Page.LocatorOptions().setHasText("Dashboard")).click();
        page.waitForSelector("#regions .tile");
        assertEquals("w_shaped", page.locator("#f-model").inputValue());
        page.close();
    }

    @Test
    void shouldHaveNoSeriousOrCriticalAccessibilityViolations() throws Exception {
        Page page = signIn();
        page.waitForSelector("#regions .tile");
        AxeResults results = new AxeBuilder(page).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        screenshot(page, "dashboard-axe");
        assertTrue(serious.isEmpty(), () -> serious.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().size() + " nodes")
                .reduce("", (a, b) -> a + "\n" + b));
        page.close();
    }

    @Test
    void shouldPreviewAFileWithABadRowAndImportItsValidRows() throws Exception {
        Path file = Files.createTempFile("accounts-", ".csv");
        Files.writeString(file, "id,name,segment,target\nIMP-B1,Browser One,import_test,false\n"
                + "IMP-B2,Browser Two,import_test,perhaps\nIMP-B3,Browser Three,import_test,false\n");
        try {
            Page page = signIn("test-analyst");
            page.navigate(base + "import");
            page.selectOption("#kind", "accounts");
            page.setInputFiles("#file", file);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Preview")).click();
            page.waitForSelector("text=Nothing has been written yet");
            assertTrue(page.content().contains("Must be true or false"), "the bad row is listed");
            AxeResults results = new AxeBuilder(page).analyze();
            assertTrue(results.getViolations().stream()
                    .noneMatch(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())),
                    () -> results.getViolations().stream().map(Rule::getId).toList().toString());
            screenshot(page, "import-preview");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Import the 2 valid rows")).click();
            page.waitForSelector("text=Imported:");
            assertTrue(page.content().contains("2 created"), "the valid rows were written (skip-invalid)");
            screenshot(page, "import-result");
            page.close();
        } finally {
            Files.deleteIfExists(file);
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .run(() -> io.accountable.account.Account.delete("externalId like 'IMP-B%'"));
        }
    }
}
