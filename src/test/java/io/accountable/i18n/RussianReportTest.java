package io.accountable.i18n;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.accountable.web.Numbers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDFs in the reader's language, read back: Russian and Romanian words, the numbers of the
 * API written the language's way, no English interface word left; English without a choice.
 */
@QuarkusTest
class RussianReportTest {

    private static final String QUERY = "from=2026-01-01&to=2026-03-31&model=w_shaped&target=any";

    /** English words of the reports that must not appear in another language. */
    private static final List<String> ENGLISH = List.of("Executive summary", "Key figures", "This period",
            "Previous period", "Attributed", "Channel", "Credit", "Conversions", "Definitions", "Revenue from target",
            "Pipeline created", "Win rate", "Top accounts", "Spearman rank", "Page ", "Generated", "bottleneck",
            "Median days", "Deals created", "all accounts", " to 2026", "Paid search", "W-shaped",
            "Buying committee", "Recent touches", "Won revenue", "Open pipeline", "Contact Title", "Milestones",
            "Last touch", "target list", "Tier at deal", "Customer acquisition", "Equal credit", "lookback");

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return normalise(new PDFTextStripper().getText(doc));
        }
    }

    /** No-break and narrow no-break spaces read as plain spaces; lines joined. */
    private static String normalise(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').replace("\r\n", " ")
                .replace('\n', ' ');
    }

    private static void assertNoEnglish(String text, String what) {
        for (String word : ENGLISH) {
            assertTrue(!text.contains(word), what + " still says '" + word + "'");
        }
        assertTrue(!java.util.regex.Pattern.compile("USD \\d{1,3}(,\\d{3})+(?!\\d)|USD \\d+(\\.\\d+)?[MkB]\\b").matcher(text)
                .find(), what + " writes money the English way");
    }

    /** The PDF, also kept in target/report-pages to look at (pdftoppm). */
    private static byte[] pdf(String lang, String path) throws java.io.IOException {
        byte[] pdf = as(Role.VIEWER).header("Accept-Language", lang).get(path).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "report-pages"));
        String name = lang + "-" + (path.contains("accounts/") ? "account" : "executive") + ".pdf";
        java.nio.file.Files.write(dir.resolve(name), pdf);
        return pdf;
    }

    @Test
    void shouldPrintTheExecutiveSummaryInRussianWithTheApisNumbers() throws Exception {
        String text = text(pdf("ru", "/reports/executive.pdf?" + QUERY + "&paper=a4"));
        for (String word : List.of("Сводка для руководства", "Ключевые показатели", "Доход от целевых аккаунтов",
                "Созданный пайплайн", "Доля выигранных сделок", "Средний размер сделки", "Стоимость привлечения клиента",
                "Пожизненная ценность клиента", "Вовлечённые аккаунты", "Все модели рядом", "Определения",
                "01.01.2026 — 31.03.2026", "W-образная", "все аккаунты", "Страница", "Поисковая реклама")) {
            assertTrue(text.contains(word), "the Russian PDF says '" + word + "'");
        }
        assertNoEnglish(text, "the Russian executive PDF");

        JsonPath kpis = api(Role.VIEWER).get("/api/kpis?" + QUERY).then().statusCode(200).extract().jsonPath();
        for (String kpi : List.of("revenue", "pipeline_created", "avg_deal_size")) {
            String value = normalise(Numbers.moneyShort(kpis.getDouble("kpis." + kpi + ".value"), "USD", Language.RU));
            assertTrue(value.endsWith(" USD") && !value.startsWith("USD"), kpi + " is written the Russian way: " + value);
            assertTrue(text.contains(value), kpi + " " + value);
        }
        String winRate = normalise(Numbers.percent(kpis.getDouble("kpis.win_rate.value"), Language.RU));
        assertTrue(text.contains(winRate), "win rate " + winRate);

        JsonPath compare = api(Role.VIEWER).get("/api/attribution/compare?" + QUERY).then().statusCode(200).extract()
                .jsonPath();
        String total = normalise(Numbers.money(compare.getDouble("total"), "USD", Language.RU));
        assertTrue(text.contains(total), "attributed total " + total);
        double firstTouch = compare.getList("models.first_touch.credit", Double.class).stream()
                .mapToDouble(Double::doubleValue).sum();
        String thousands = normalise(Numbers.thousands(firstTouch, Language.RU));
        assertTrue(text.contains(thousands), "first-touch credited in thousands " + thousands);
    }

    @Test
    void shouldPrintTheExecutiveSummaryInRomanianWithCommaBelow() throws Exception {
        String text = text(pdf("ro", "/reports/executive.pdf?" + QUERY + "&paper=letter"));
        for (String word : List.of("Rezumat pentru conducere", "Cifre-cheie", "Venituri din conturile țintă",
                "Rata de câștig", "înjumătățește", "Definiții", "01.01.2026 – 31.03.2026", "toate conturile", "Pagina")) {
            assertTrue(text.contains(word), "the Romanian PDF says '" + word + "'");
        }
        assertTrue(!text.contains("ş") && !text.contains("ţ"), "no cedilla in Romanian");
        assertNoEnglish(text, "the Romanian executive PDF");
        JsonPath kpis = api(Role.VIEWER).get("/api/kpis?" + QUERY).then().statusCode(200).extract().jsonPath();
        String revenue = normalise(Numbers.moneyShort(kpis.getDouble("kpis.revenue.value"), "USD", Language.RO));
        assertTrue(text.contains(revenue), "revenue " + revenue);
    }

    @Test
    void shouldPrintTheAccountOnePagerInRussian() throws Exception {
        JsonPath account = api(Role.VIEWER).get("/api/accounts/ACC00001?model=linear").then().statusCode(200)
                .extract().jsonPath();
        String text = text(pdf("ru", "/reports/accounts/ACC00001.pdf?model=linear"));
        for (String word : List.of("Закупочный комитет", "Последние касания", "Доход от выигранных",
                "Вовлечённые роли", "Поисковая реклама", "Сделки, история этапов и атрибуция (Линейная)", "Должность", "Страница")) {
            assertTrue(text.contains(word), "the Russian one-pager says '" + word + "'");
        }
        assertTrue(text.contains(account.getString("name")));
        String won = normalise(Numbers.money(account.getDouble("wonRevenue"), "USD", Language.RU));
        assertTrue(text.contains(won), "won revenue " + won);
        assertNoEnglish(text, "the Russian account PDF");
        String romanian = text(pdf("ro", "/reports/accounts/ACC00001.pdf?model=linear"));
        assertTrue(romanian.contains("Comitetul de achiziție") && romanian.contains("Puncte de contact recente"),
                "the Romanian one-pager");
        assertNoEnglish(romanian, "the Romanian account PDF");
    }

    @Test
    void shouldFreezeTheSnapshotPdfInTheLanguageOfWhoFrozeIt() throws Exception {
        String id = api(Role.ANALYST).header("Accept-Language", "ro").queryParam("title", "Consiliu")
                .post("/api/snapshots?" + QUERY).then().statusCode(201).extract().jsonPath().getString("id");
        String text = text(api(Role.VIEWER).get("/api/snapshots/" + id + "/pdf").then().statusCode(200).extract()
                .asByteArray());
        assertTrue(text.contains("Rezumat pentru conducere") && text.contains("Venituri din conturile țintă"),
                "the frozen PDF is Romanian");
        assertNoEnglish(text, "the frozen Romanian PDF");
    }

    @jakarta.inject.Inject
    io.accountable.report.ReportService reports;
    @jakarta.inject.Inject
    io.accountable.filter.FilterParams filters;
    @jakarta.inject.Inject
    io.accountable.settings.SettingsService settings;

    @Test
    void shouldRenderInTheLanguageAskedForOffTheRequestThread() throws Exception {
        io.accountable.filter.DashboardFilter filter = io.accountable.filter.DashboardFilter.parse(java.util.Map.of(
                "from", List.of("2026-01-01"), "to", List.of("2026-03-31"), "target", List.of("any")),
                settings.current(), filters.today(), filters.plausible()).filter();
        java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            String russian = text(background.submit(() -> reports.executive(filter, null, "job", Language.RU)).get());
            assertTrue(russian.contains("Сводка для руководства"), "Russian when asked for");
            assertNoEnglish(russian, "the Russian PDF rendered in the background");
            String english = text(background.submit(() -> reports.executive(filter, null, "job")).get());
            assertTrue(english.contains("Executive summary"), "English without a request");
        } finally {
            background.shutdown();
        }
    }

    @Test
    void shouldStayEnglishWithoutAChoice() throws Exception {
        String text = text(as(Role.VIEWER).get("/reports/executive.pdf?" + QUERY).then().statusCode(200).extract()
                .asByteArray());
        for (String word : List.of("Executive summary", "Key figures", "Revenue from target accounts",
                "2026-01-01 to 2026-03-31", "all accounts", "Definitions", "Page 1 of")) {
            assertTrue(text.contains(word), "the English PDF says '" + word + "'");
        }
        String account = text(as(Role.VIEWER).get("/reports/accounts/ACC00001.pdf").then().statusCode(200).extract()
                .asByteArray());
        assertTrue(account.contains("Buying committee") && account.contains("Recent touches"));
    }
}
