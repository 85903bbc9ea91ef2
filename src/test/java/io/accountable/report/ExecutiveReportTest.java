package io.accountable.report;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.accountable.web.Formats;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF read back: the same numbers as the API for the same filters, the filters printed, a sane size. */
@QuarkusTest
class ExecutiveReportTest {

    private static final String QUERY = "from=2026-01-01&to=2026-03-31&model=w_shaped&target=any";

    @Test
    void shouldPrintTheSameNumbersAsTheApi() throws Exception {
        byte[] pdf = as(Role.VIEWER).get("/reports/executive.pdf?" + QUERY + "&paper=a4").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("accountable-executive-2026-Q1.pdf")).extract()
                .asByteArray();
        String text;
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(pages >= 5 && pages <= 16, "pages: " + pages); // 16: the definitions page defines all 30 KPIs of the catalogue
        assertTrue(text.contains("2026-01-01 to 2026-03-31"), "the period is printed");
        assertTrue(text.contains("W-shaped"), "the model is printed");
        assertTrue(text.contains("all accounts"), "the account filter is printed");
        for (String card : new String[] {"ROI by campaign · W-shaped", "Touches by funnel stage", "NPS over time",
                "Days per pipeline stage", "Attributed revenue by channel", "Email by funnel stage", "Email by campaign",
                "Top content assets", "Ad engagement by tier", "Revenue by deal type", "NPS as a leading indicator"}) {
            assertTrue(text.contains(card), "the dashboard's card is printed: " + card);
        }

        JsonPath kpis = api(Role.VIEWER).get("/api/kpis?" + QUERY).then().statusCode(200).extract().jsonPath();
        String revenue = io.accountable.web.Numbers.moneyShort(kpis.getDouble("kpis.revenue.value"), "USD", io.accountable.i18n.Language.EN);
        String pipeline = io.accountable.web.Numbers.moneyShort(kpis.getDouble("kpis.pipeline_created.value"), "USD", io.accountable.i18n.Language.EN);
        assertTrue(text.contains(revenue), "revenue " + revenue);
        assertTrue(text.contains(pipeline), "pipeline " + pipeline);

        JsonPath compare = api(Role.VIEWER).get("/api/attribution/compare?" + QUERY).then().statusCode(200).extract()
                .jsonPath();
        String total = io.accountable.web.Numbers.money(compare.getDouble("total"), "USD", io.accountable.i18n.Language.EN);
        assertTrue(text.contains(total), "attributed total " + total);
        double firstTouchCredited = compare.getList("models.first_touch.credit", Double.class).stream()
                .mapToDouble(Double::doubleValue).sum();
        assertTrue(text.contains(io.accountable.web.Numbers.thousands(firstTouchCredited, io.accountable.i18n.Language.EN)), "first-touch credited in thousands");
    }

    @Test
    void shouldDefineTheModelsWithTheSettingsAndTheFilterThatApply() {
        io.accountable.settings.Settings d = io.accountable.settings.Settings.defaults();
        io.accountable.settings.Settings s = new io.accountable.settings.Settings(d.currency(), d.timeZone(), d.grossMargin(),
                d.annualChurnRate(), d.touchTypeWeights(), d.highIntentTypes(), d.salesChannels(), 45,
                d.defaultModel(), d.defaultView(), d.lookbackDays(), d.timeDecayHalfLifeDays(), 0.3, 0.5);
        io.accountable.filter.DashboardFilter filter = io.accountable.filter.DashboardFilter
                .parse(java.util.Map.of(), d, java.time.LocalDate.of(2026, 3, 31)).filter().withHalfLife(14);
        String all = ReportService.definitions(io.accountable.i18n.Language.EN, filter, s).stream()
                .map(x -> x.name() + ": " + x.text()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(all.contains("halved every 45 days of age"), all);
        assertTrue(all.contains("Credit halves every 14 days of age"), all);
        assertTrue(all.contains("30.0 % first, 50.0 % last, 20.0 % shared"), all);
    }

    @Test
    void shouldRenderChartsThatAreNotBlankOnPagesThatAreNotAlmostEmpty() throws Exception {
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(pdftoppm), "poppler-utils not installed");
        for (String edition : new String[] {"en-letter", "en-a4", "ru-a4", "ro-letter"}) {
            String lang = edition.substring(0, 2);
            String paper = edition.substring(3);
            byte[] pdf = as(Role.VIEWER).header("Accept-Language", lang)
                    .get("/reports/executive.pdf?" + QUERY + "&paper=" + paper).then().statusCode(200).extract()
                    .asByteArray();
            java.util.List<java.awt.image.BufferedImage> pages = PdfPages.render(pdf, "executive-" + edition);
            long blue = 0;
            for (java.awt.image.BufferedImage page : pages) {
                blue = Math.max(blue, PdfPages.bluePixels(page));
            }
            assertTrue(blue > 500, edition + ": a chart page has blue bars: " + blue + " pixels");
            for (int i = 0; i < pages.size() - 1; i++) {
                double filled = PdfPages.filledShare(pages.get(i));
                assertTrue(filled >= 1.0 / 3, edition + ": page " + (i + 1) + " of " + pages.size()
                        + " is only " + Math.round(filled * 100) + " % full");
            }
        }
    }

    @Test
    void shouldPrintTheAccountOnePagerWithTheApisNumbers() throws Exception {
        JsonPath account = api(Role.VIEWER).get("/api/accounts/ACC00001?model=linear").then().statusCode(200)
                .extract().jsonPath();
        byte[] pdf = as(Role.VIEWER).get("/reports/accounts/ACC00001.pdf?model=linear").then().statusCode(200)
                .header("Content-Disposition", containsString("accountable-account-ACC00001-")).extract()
                .asByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages(), "the one-pager is one page");
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains(account.getString("name")));
        assertTrue(text.contains(io.accountable.web.Numbers.money(account.getDouble("wonRevenue"), "USD", io.accountable.i18n.Language.EN)), "won revenue");
        assertTrue(text.contains("Buying committee"));
        as(Role.VIEWER).get("/reports/accounts/NO-SUCH.pdf").then().statusCode(404);
    }

    @Test
    void shouldFitEveryAccountOnePagerOnOnePageInEveryLanguageAndPaper() throws Exception {
        for (String lang : new String[] {"en", "ru", "ro"}) {
            for (int i = 1; i <= 12; i++) {
                String id = String.format("ACC%05d", i);
                String paper = i % 2 == 0 ? "letter" : "a4";
                byte[] pdf = as(Role.VIEWER).header("Accept-Language", lang)
                        .get("/reports/accounts/" + id + ".pdf?model=linear&period=last_12_months&paper=" + paper)
                        .then().statusCode(200).extract().asByteArray();
                if (ReportService.pages(pdf) != 1) {
                    Files.write(Files.createDirectories(Path.of("target", "report-pages")).resolve("long-" + lang + "-" + id + ".pdf"), pdf);
                }
                assertEquals(1, ReportService.pages(pdf), lang + " " + paper + " one-pager of " + id);
            }
        }
    }

    @Test
    void shouldCompareWithLastYearsSameDaysWhenTheDashboardDoes() throws Exception {
        byte[] pdf = as(Role.VIEWER).get("/reports/executive.pdf?" + QUERY + "&compare=year").then().statusCode(200)
                .extract().asByteArray();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("A year earlier"), "the comparison is named");
        assertTrue(text.contains("2025-01-01 to 2025-03-31"), "last year's same days are printed");
    }

    @jakarta.inject.Inject
    ReportService reports;

    @Test
    void shouldAnswer429WhenTooManyReportsAreBeingRendered() {
        reports.renders().acquireUninterruptibly(2);
        try {
            // a filter no other request asked for: a summary rendered within the minute is not rendered again
            as(Role.VIEWER).get("/reports/executive.pdf?lookbackDays=123").then().statusCode(429)
                    .body(containsString("Try again")).header("Retry-After", "5");
        } finally {
            reports.renders().release(2);
        }
        as(Role.VIEWER).get("/reports/executive.pdf?lookbackDays=123").then().statusCode(200);
        // the same summary again within the minute, even with every render permit taken: the same document
        // (the minute on the cover is part of what is printed: should it turn in between, try once more)
        for (int attempt = 1; ; attempt++) {
            byte[] first = as(Role.VIEWER).get("/reports/executive.pdf?lookbackDays=124").then().statusCode(200)
                    .extract().asByteArray();
            reports.renders().acquireUninterruptibly(2);
            io.restassured.response.Response again;
            try {
                again = as(Role.VIEWER).get("/reports/executive.pdf?lookbackDays=124");
            } finally {
                reports.renders().release(2);
            }
            if (again.statusCode() == 429 && attempt == 1) {
                continue;
            }
            assertEquals(200, again.statusCode());
            org.junit.jupiter.api.Assertions.assertArrayEquals(first, again.asByteArray());
            break;
        }
    }

    @Test
    void shouldRejectBadParametersAndAnonymousUsers() {
        as(Role.VIEWER).get("/reports/executive.pdf?paper=a3").then().statusCode(400);
        as(Role.VIEWER).get("/reports/executive.pdf?from=2026-02-30").then().statusCode(400);
        io.restassured.RestAssured.given().redirects().follow(false).get("/reports/executive.pdf").then()
                .statusCode(302);
        as(Role.VIEWER).get("/reports").then().statusCode(200).body(containsString("Download (A4)"));
    }
}
