package io.accountable.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.accountable.account.AccountQueries;
import io.accountable.account.AccountRow;
import io.accountable.attribution.AttributionAnswer;
import io.accountable.kpi.DashboardFilter;
import io.accountable.kpi.DashboardService;
import io.accountable.kpi.DashboardView;
import io.accountable.kpi.KpiService;
import io.accountable.kpi.formula.EngagementConversion;
import io.accountable.kpi.formula.PipelineStages;
import io.accountable.settings.SettingsService;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The executive summary as a PDF: the same numbers as the dashboard (the same services and
 * filter), laid out in HTML and printed by openhtmltopdf with embedded fonts and vector charts.
 */
@ApplicationScoped
public class ReportService {

    /** More renders at once would starve the dashboard on two cores. */
    private static final int CONCURRENT_RENDERS = 2;
    private final Semaphore renders = new Semaphore(CONCURRENT_RENDERS);

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    /** Created at start, so its gauge is there before the first report. */
    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent event) {
    }

    @jakarta.annotation.PostConstruct
    void gauges() {
        io.micrometer.core.instrument.Gauge.builder("accountable.reports.rendering", renders,
                r -> CONCURRENT_RENDERS - r.availablePermits()).description("PDF reports being rendered now")
                .register(metrics);
    }

    /** The render permits (tests take them to see the 429). */
    Semaphore renders() {
        return renders;
    }

    @Inject
    DashboardService dashboard;
    @Inject
    KpiService kpis;
    @Inject
    AccountQueries accounts;
    @Inject
    SettingsService settings;
    @Inject
    @Location("report/executive.html")
    Template executive;
    @Inject
    @Location("report/account.html")
    Template accountPage;
    @Inject
    io.accountable.account.AccountService accountService;

    /** Too many reports are being rendered: answered with a 429. */
    public static final class BusyException extends RuntimeException {
        private static final io.accountable.i18n.Text TEXT = io.accountable.web.ErrorMsgs.text(m -> m.reports_busy());

        public BusyException() {
            super((String) null);
        }

        /** The message in the reader's language. */
        public io.accountable.i18n.Text text() {
            return TEXT;
        }

        @Override
        public String getMessage() {
            return io.accountable.web.ErrorMsgs.english(TEXT);
        }
    }

    public record Definition(String name, String text) {
    }

    public byte[] executive(DashboardFilter filter, String paper, String user) {
        if (!renders.tryAcquire()) {
            throw new BusyException();
        }
        try {
            return render(executiveHtml(filter, paper, user));
        } finally {
            renders.release();
        }
    }

    /** The account page on paper: figures, committee, deals with stage history and attribution, recent touches. */
    public byte[] account(String accountId, DashboardFilter filter, String paper, String user) {
        if (!renders.tryAcquire()) {
            throw new BusyException();
        }
        try {
            io.accountable.account.AccountDetail detail = accountService.detail(accountId, filter, null, null);
            List<io.accountable.account.AccountDetail.TouchLine> recent = detail.timeline().stream()
                    .flatMap(m -> m.touches().stream()).limit(15).toList();
            // On paper, the 12 touches with the most credit of each deal, in time order.
            Map<String, List<io.accountable.attribution.AttributionService.CreditedTouch>> significant =
                    new LinkedHashMap<>();
            detail.opportunities().forEach(o -> {
                List<io.accountable.attribution.AttributionService.CreditedTouch> all = o.attribution() == null
                        ? List.of() : o.attribution().touches();
                var top = all.stream().sorted(java.util.Comparator.comparingDouble(
                        io.accountable.attribution.AttributionService.CreditedTouch::weight).reversed()).limit(12)
                        .collect(java.util.stream.Collectors.toSet());
                significant.put(o.id(), all.stream().filter(top::contains).toList());
            });
            ZonedDateTime now = ZonedDateTime.now(settings.current().zone());
            return render(accountPage.data("account", detail).data("significant", significant).data("filter", filter).data("recent", recent)
                    .data("currency", settings.current().currency())
                    .data("paper", "letter".equals(paper) ? "letter" : "A4").data("user", user)
                    .data("generated", now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz")))
                    // the PDFs are English until their templates are translated (docs/languages.md)
                    .setLocale(java.util.Locale.ENGLISH).render());
        } finally {
            renders.release();
        }
    }

    String executiveHtml(DashboardFilter filter, String paper, String user) {
        String currency = settings.current().currency();
        DashboardView view = dashboard.view(filter, List.of(), io.accountable.i18n.Language.EN);
        List<PipelineStages.Stage> stages = kpis.stages(filter);
        EngagementConversion.Result tiers = kpis.engagementTiers(filter);
        List<AccountRow> top = accounts.list(filter, new AccountQueries.Query(null, null, null, null, "credit", false,
                1, 10)).rows();
        AttributionAnswer selected = view.attribution();

        List<String> channels = view.comparison().stream().map(DashboardView.ComparisonRow::channel).toList();
        Map<String, Map<String, Double>> byModel = new LinkedHashMap<>();
        view.models().forEach(m -> {
            Map<String, Double> values = new LinkedHashMap<>();
            view.comparison().forEach(r -> values.put(r.channel(), r.credits().get(m)));
            byModel.put(view.modelLabels().get(m), values);
        });
        Map<String, Double> credit = new LinkedHashMap<>();
        Map<String, Double> roi = new LinkedHashMap<>();
        selected.rows().forEach(r -> {
            credit.put(r.key(), r.credit());
            if (r.roi() != null) {
                roi.put(r.key(), r.roi() * 100);
            }
        });
        Map<String, Double> median = new LinkedHashMap<>();
        stages.forEach(s -> median.put(s.name() + (s.bottleneck() ? " (bottleneck)" : ""), s.medianDays()));
        Map<String, Double> tierRates = new LinkedHashMap<>();
        tiers.tiers().forEach(t -> tierRates.put(t.tier(), t.conversionRate() == null ? 0 : t.conversionRate() * 100));

        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("channels", SvgCharts.bar("Attributed " + filter.view().id() + " (" + currency + ")",
                List.copyOf(credit.keySet()), Map.of(selected.label(), credit), true, 640, 300));
        charts.put("models", SvgCharts.bar("Attributed " + filter.view().id() + " (" + currency + ")", channels,
                byModel, false, 700, 360));
        charts.put("roi", SvgCharts.bar("ROI (%)", List.copyOf(roi.keySet()), Map.of("ROI (%)", roi), true, 640,
                260));
        charts.put("stages", SvgCharts.bar("Median days", List.copyOf(median.keySet()),
                Map.of("Median days", median), false, 640, 260));
        charts.put("tiers", SvgCharts.bar("Won (%)", List.copyOf(tierRates.keySet()), Map.of("Won (%)", tierRates),
                false, 640, 240));

        ZonedDateTime now = ZonedDateTime.now(settings.current().zone());
        return executive.data("view", view).data("stages", stages).data("tiers", tiers).data("top", top)
                .data("charts", charts).data("currency", currency).data("paper", "letter".equals(paper) ? "letter" : "A4")
                .data("user", user).data("generated", now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz")))
                .data("definitions", definitions()).setLocale(java.util.Locale.ENGLISH).render();
    }

    static byte[] render(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> ReportService.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> ReportService.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), "DejaVu Sans",
                    700, com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("The report could not be rendered: " + e.getMessage(), e);
        }
    }

    /** The file name says what it is: the period as a quarter when it is one, else the dates. */
    public static String fileName(String what, DashboardFilter filter) {
        var from = filter.from();
        var to = filter.to();
        boolean quarter = from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0
                && to.equals(from.plusMonths(3).minusDays(1));
        String period = quarter ? from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1) : from + "_" + to;
        return "accountable-" + what + "-" + period + ".pdf";
    }

    static List<Definition> definitions() {
        return List.of(
                new Definition("Revenue from target accounts", "Sum of won deals closed in the period at accounts in scope."),
                new Definition("Pipeline created", "Sum of deals created in the period."),
                new Definition("Influenced pipeline", "Created deals whose account had a touch in the lookback window before creation."),
                new Definition("Marketing-sourced pipeline", "Created deals whose first touch in that window came from a marketing channel."),
                new Definition("Win rate", "Won / (won + lost) among deals closed in the period."),
                new Definition("Sales cycle", "Mean days from creation to win over deals won in the period."),
                new Definition("Pipeline velocity", "Deals created × win rate × average deal size / sales cycle, per day."),
                new Definition("ACV", "Mean annualised contract value of won deals, one-time fees excluded."),
                new Definition("CAC", "Program costs of marketing and sales in the period / new customers."),
                new Definition("CLV", "ACV × gross margin / annual churn − CAC."),
                new Definition("Marketing ROI", "(Revenue credited by the model − marketing program cost) / that cost."),
                new Definition("Engagement score", "Touch-type weights halved every 30 days of age, summed per account."),
                new Definition("NPS", "% promoters (9-10) − % detractors (0-6) among answers in the period."),
                new Definition("First / last touch", "All credit to the first / last eligible touch."),
                new Definition("Linear", "Equal credit to every eligible touch."),
                new Definition("Time decay", "Credit halves every half-life of age before the conversion."),
                new Definition("Position-based", "40 % first, 40 % last, 20 % shared by the touches between."),
                new Definition("W-shaped / full path", "30 % (22.5 %) to first touch, lead creation, opportunity creation (and close), the rest shared."),
                new Definition("Custom", "Credit in proportion to the touch-type weights of the settings."),
                new Definition("Markov", "Channels share credit by removal effect: the conversions lost without them."),
                new Definition("Shapley", "Channels share credit by their average marginal gain in conversion rate."));
    }
}
