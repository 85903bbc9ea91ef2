package io.accountable.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import io.accountable.account.AccountQueries;
import io.accountable.account.AccountRow;
import io.accountable.attribution.AttributionAnswer;
import io.accountable.i18n.Language;
import io.accountable.i18n.Msg;
import io.accountable.i18n.Texts;
import io.accountable.filter.DashboardFilter;
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
    private final Semaphore renders = new Semaphore(CONCURRENT_RENDERS, true);
    /**
     * A report asked for while two render waits for a slot (a render takes about half a second
     * on the large data), up to {@link #RENDER_WAIT_MS}, with at most {@link #MAX_WAITING}
     * waiting; past either it is refused (429), so a burst never piles up threads.
     */
    private static final long RENDER_WAIT_MS = 3_000;
    private static final int MAX_WAITING = 8;
    private final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();

    /** A render slot, after a short bounded wait, or {@link BusyException}. */
    private void acquire() {
        if (renders.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            throw new BusyException();
        }
        try {
            if (!renders.tryAcquire(RENDER_WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new BusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusyException();
        } finally {
            waiting.decrementAndGet();
        }
    }

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
    @Inject
    io.accountable.dashboard.narrative.NarrativeService narrative;
    @Inject
    io.accountable.dashboard.card.CardCatalogue cardCatalogue;
    @Inject
    io.accountable.dashboard.card.EngagementCards engagementCards;

    /** Too many reports are being rendered: answered with a 429. */
    public static final class BusyException extends io.accountable.i18n.TextException {
        public BusyException() {
            super(io.accountable.i18n.ErrorMsgs.text(m -> m.reports_busy()));
        }
    }

    public record Definition(String name, String text) {
    }

    /**
     * The language of the request being served (the same as its pages'), English when there is
     * none (a render off the request thread passes its language explicitly).
     */
    static Language requestLanguage() {
        return io.accountable.i18n.CurrentLanguage.ofThisThread();
    }

    /** The executive summary in the language of the request (or English without one). */
    public byte[] executive(DashboardFilter filter, String paper, String user) {
        return executive(filter, paper, user, requestLanguage());
    }

    @Inject
    io.accountable.facts.FactStore store;

    /**
     * Executive summaries just rendered, by everything they print: the data and settings they
     * were computed from, the filter, paper, language, reader and the minute on the cover. The
     * same request within that minute (a second click, one report mailed to several people,
     * concurrent identical requests) is the same document, so it is rendered once. Bounded by
     * weight, and gone after two minutes.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, byte[]> rendered = com.github.benmanes.caffeine.cache.Caffeine
            .newBuilder().maximumWeight(32L << 20).weigher((String key, byte[] pdf) -> pdf.length + 2 * key.length())
            .expireAfterWrite(java.time.Duration.ofMinutes(2)).build();

    /** The executive summary in {@code language}, on any thread. */
    public byte[] executive(DashboardFilter filter, String paper, String user, Language language) {
        String generated = generated(language);
        String key = store.generation() + "|" + settings.version() + "|" + filter.queryString() + "|" + paper + "|"
                + user + "|" + language.tag() + "|" + generated;
        return rendered.get(key, k -> {
            acquire();
            try {
                return render(executiveHtml(filter, paper, user, language, generated));
            } finally {
                renders.release();
            }
        });
    }

    /** The account one-pager in the language of the request (or English without one). */
    public byte[] account(String accountId, DashboardFilter filter, String paper, String user) {
        return account(accountId, filter, paper, user, requestLanguage());
    }

    /** The account page on paper: figures, committee, deals with stage history and attribution, recent touches. */
    public byte[] account(String accountId, DashboardFilter filter, String paper, String user, Language language) {
        acquire();
        try {
            io.accountable.account.AccountDetail detail = accountService.detail(accountId, filter, null, null, language);
            List<io.accountable.account.AccountDetail.TouchLine> timeline = detail.timeline().stream()
                    .flatMap(m -> m.touches().stream()).toList();
            // One page: fewer recent touches, then fewer credited touches per deal, until it fits.
            byte[] pdf = null;
            for (int[] fit : ONE_PAGE_FITS) {
                pdf = render(accountPage.data("account", detail).data("significant", significant(detail, fit[1]))
                        .data("deals", detail.opportunities().subList(0, Math.min(fit[2], detail.opportunities().size())))
                        .data("filter", filter).data("recent", timeline.subList(0, Math.min(fit[0], timeline.size())))
                        .data("timelineSize", timeline.size()).data("currency", settings.current().currency())
                        .data("paper", "letter".equals(paper) ? "letter" : "A4").data("user", user)
                        .data("generated", generated(language)).data("lang", language.tag())
                        .setLocale(language.locale()).render());
                if (pages(pdf) <= 1) {
                    break;
                }
            }
            return pdf;
        } finally {
            renders.release();
        }
    }

    /**
     * The one-pager's lists, longest first: recent touches shown, credited touches shown per deal,
     * deals shown (the first ones of the account page's order). The first that fits one page is
     * printed; every list that was cut says so and points to the account page.
     */
    private static final int[][] ONE_PAGE_FITS = {{15, 12, 99}, {10, 12, 99}, {5, 10, 99}, {0, 8, 99}, {0, 5, 99},
            {0, 3, 99}, {0, 3, 4}, {0, 3, 3}, {0, 2, 2}};

    /** Per deal, its {@code limit} touches with the most credit, in time order. */
    private static Map<String, List<io.accountable.attribution.AttributionService.CreditedTouch>> significant(
            io.accountable.account.AccountDetail detail, int limit) {
        Map<String, List<io.accountable.attribution.AttributionService.CreditedTouch>> significant =
                new LinkedHashMap<>();
        detail.opportunities().forEach(o -> {
            List<io.accountable.attribution.AttributionService.CreditedTouch> all = o.attribution() == null
                    ? List.of() : o.attribution().touches();
            var top = all.stream().sorted(java.util.Comparator.comparingDouble(
                    io.accountable.attribution.AttributionService.CreditedTouch::weight).reversed()).limit(limit)
                    .collect(java.util.stream.Collectors.toSet());
            significant.put(o.id(), all.stream().filter(top::contains).toList());
        });
        return significant;
    }

    /** The dashboard's cards the executive summary prints as the page shows them: chart, then table. */
    static final java.util.Set<String> ON_PAPER_AS_ON_SCREEN = java.util.Set.of("campaign-roi", "funnel", "nps");

    /** Pages of a rendered PDF. */
    static int pages(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalStateException("The rendered report cannot be read back: " + e.getMessage(), e);
        }
    }

    /** Now, in the settings' time zone, written the language's way. */
    private String generated(Language language) {
        ZonedDateTime now = ZonedDateTime.now(settings.current().zone());
        return now.format(DateTimeFormatter.ofPattern(language == Language.EN ? "yyyy-MM-dd HH:mm zzz"
                : "dd.MM.yyyy HH:mm zzz", java.util.Locale.ROOT));
    }

    String executiveHtml(DashboardFilter filter, String paper, String user, Language language) {
        return executiveHtml(filter, paper, user, language, generated(language));
    }

    private String executiveHtml(DashboardFilter filter, String paper, String user, Language language,
            String generated) {
        String currency = settings.current().currency();
        DashboardView view = dashboard.view(filter, List.of(), language);
        List<PipelineStages.Stage> stages = kpis.stages(filter);
        EngagementConversion.Result tiers = kpis.engagementTiers(filter);
        List<AccountRow> top = accounts.list(filter, AccountQueries.Query.sortedBy("credit", false, 10)).rows();
        AttributionAnswer selected = view.attribution();
        Msg m = Texts.msg(language);
        java.util.function.Function<String, String> channelName = c -> Texts.label(language, "channel", c);

        // Charts are keyed by what they show in the reader's language (the labels of the catalogue).
        List<String> channels = view.comparison().stream().map(r -> channelName.apply(r.channel())).toList();
        Map<String, Map<String, Double>> byModel = new LinkedHashMap<>();
        view.models().forEach(id -> {
            Map<String, Double> values = new LinkedHashMap<>();
            view.comparison().forEach(r -> values.put(channelName.apply(r.channel()), r.credits().get(id)));
            byModel.put(view.modelLabels().get(id), values);
        });
        Map<String, Double> credit = new LinkedHashMap<>();
        Map<String, Double> roi = new LinkedHashMap<>();
        selected.rows().forEach(r -> {
            credit.put(channelName.apply(r.key()), r.credit());
            if (r.roi() != null) {
                roi.put(channelName.apply(r.key()), r.roi() * 100);
            }
        });
        Map<String, Double> median = new LinkedHashMap<>();
        stages.forEach(s -> median.put(Texts.label(language, "stage", s.name())
                + (s.bottleneck() ? " (" + m.bottleneck() + ")" : ""), s.medianDays()));
        Map<String, Double> tierRates = new LinkedHashMap<>();
        tiers.tiers().forEach(t -> tierRates.put(Texts.label(language, "engagement_tier", t.tier()),
                t.conversionRate() == null ? 0 : t.conversionRate() * 100));

        String attributed = m.axis_attributed(view.viewName(), currency);
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("channels", SvgCharts.bar(attributed, List.copyOf(credit.keySet()),
                Map.of(view.modelLabel(), credit), true, 640, 300, language));
        charts.put("models", SvgCharts.bar(attributed, channels, byModel, false, 700, 360, language));
        charts.put("roi", SvgCharts.bar(m.axis_roi(), List.copyOf(roi.keySet()), Map.of(m.axis_roi(), roi), true,
                640, 260, language));
        charts.put("stages", SvgCharts.bar(m.median_days(), List.copyOf(median.keySet()),
                Map.of(m.median_days(), median), false, 640, 260, language));
        charts.put("tiers", SvgCharts.bar(m.won_percent(), List.copyOf(tierRates.keySet()),
                Map.of(m.won_percent(), tierRates), false, 640, 240, language));
        // the dashboard's other cards, each with its chart and its table, as on the screen
        List<DashboardView.ChartPanel> cards = new java.util.ArrayList<>(view.panels().stream()
                .filter(p -> ON_PAPER_AS_ON_SCREEN.contains(p.id())).toList());
        cards.forEach(p -> charts.put(p.id(), SvgCharts.of(p.chart(), 640, 240, language)));
        // the trend card, loaded after the page on screen, printed after the engagement cards
        DashboardView.ChartPanel trend = kpis.trendPanel(filter, currency, language);
        charts.put(trend.id(), SvgCharts.of(trend.chart(), 640, 240, language));

        // journeys: the most frequent paths and where converting journeys start and end
        DashboardView.ChartPanel paths = view.panels().stream().filter(p -> "paths".equals(p.id())).findFirst()
                .orElseThrow(); // the dashboard's own table: the same rows and the same short labels
        io.accountable.dashboard.card.Card flow = cardCatalogue.card("flow", filter, language).orElseThrow();
        charts.put("flow", "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(
                io.accountable.dashboard.card.CardCatalogue.flowSvg(flow, m.flow_chart_label(), language)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<List<String>> flowRows = io.accountable.dashboard.card.FlowController.rows(flow, currency, language);

        ReportMsg words = Texts.bundle(ReportMsg.class, language);
        String modelLine = words.model_line(view.modelLabel(), view.viewName(), view.lookbackLabel(),
                io.accountable.web.Numbers.number(filter.halfLifeDays(), language));
        java.util.function.BiFunction<String, String, String> orAll = (kind, value) -> value == null || value.isBlank()
                ? m.all() : Texts.label(language, kind, value);
        String target = switch (filter.target()) {
            case TRUE -> words.target_list();
            case FALSE -> words.not_on_target_list();
            case ANY -> words.all_accounts();
        };
        String accountsLine = words.accounts_line(target, orAll.apply("tier", filter.tier()),
                orAll.apply("segment", filter.segment()), orAll.apply("region", filter.region()),
                orAll.apply("industry", filter.industry()));
        // The ten models in two tables of five: ten columns of model names do not fit across a page.
        List<List<String>> modelGroups = new java.util.ArrayList<>();
        for (int i = 0; i < view.models().size(); i += 5) {
            modelGroups.add(view.models().subList(i, Math.min(i + 5, view.models().size())));
        }
        return executive.data("view", view).data("modelGroups", modelGroups).data("modelLine", modelLine).data("accountsLine", accountsLine).data("stages", stages).data("tiers", tiers).data("top", top)
                .data("charts", charts).data("cards", cards)
                .data("engagement", engagementCards.panels(filter, currency, language)).data("currency", currency).data("paper", "letter".equals(paper) ? "letter" : "A4")
                .data("user", user).data("generated", generated).data("lang", language.tag())
                .data("definitions", pairs(definitions(language, filter, settings.current())))
                .data("narrative", narrative.tell(filter, language)).data("trend", trend)
                .data("paths", paths)
                .data("flowTitle", flow.title()).data("flowColumns", io.accountable.dashboard.card.FlowController.columns(language)).data("flowRows", flowRows.subList(0, Math.min(12, flowRows.size())))
                .data("flowMore", Math.max(0, flowRows.size() - 12)).data("flowWithout", io.accountable.dashboard.card.FlowController.without(flow, language)).setLocale(language.locale()).render();
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

    /** The definitions two to a row: forty of them one to a row would take a page more. */
    static List<List<Definition>> pairs(List<Definition> definitions) {
        List<List<Definition>> out = new java.util.ArrayList<>();
        for (int i = 0; i < definitions.size(); i += 2) {
            out.add(definitions.subList(i, Math.min(i + 2, definitions.size())));
        }
        return out;
    }

    /**
     * The definitions page: every KPI of the catalogue (its tile's name, its definition with the
     * current settings), then the models with the settings and the filter that apply.
     */
    static List<Definition> definitions(Language language, DashboardFilter filter, io.accountable.settings.Settings settings) {
        Msg m = Texts.msg(language);
        ReportMsg r = Texts.bundle(ReportMsg.class, language);
        double first = settings.positionFirstShare();
        double last = settings.positionLastShare();
        List<Definition> out = new java.util.ArrayList<>();
        io.accountable.kpi.KpiCatalogue.all().forEach(k -> out.add(new Definition(k.label(language),
                k.definition(settings, language))));
        out.addAll(List.of(
                new Definition(m.model_first_touch() + " / " + m.model_last_touch(), r.def_first_last_touch()),
                new Definition(m.model_linear(), r.def_linear()),
                new Definition(m.model_time_decay(), r.def_time_decay(Texts.count(language, filter.halfLifeDays(), "day"))),
                new Definition(m.model_position_based(), r.def_position_based(io.accountable.web.Numbers.percent(first, language),
                        io.accountable.web.Numbers.percent(last, language), io.accountable.web.Numbers.percent(Math.max(0, 1 - first - last), language))),
                new Definition(m.model_w_shaped() + " / " + m.model_full_path(), r.def_w_shaped()),
                new Definition(m.model_custom(), r.def_custom()),
                new Definition(m.model_markov(), r.def_markov()),
                new Definition(m.model_shapley(), r.def_shapley())));
        return List.copyOf(out);
    }
}
