package io.accountable.account;

import io.accountable.attribution.engine.ModelId;
import io.accountable.i18n.CurrentLanguage;
import io.accountable.i18n.Language;
import io.accountable.i18n.Texts;
import io.accountable.filter.DashboardFilter;
import io.accountable.security.Role;
import io.accountable.settings.SettingsService;
import io.accountable.web.BadRequestException;
import io.accountable.web.CsvSafety;
import io.accountable.i18n.ErrorMsg;
import io.accountable.i18n.ErrorMsgs;
import io.accountable.filter.FilterParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The account list (search, sort, pages, drills from the dashboard), the account page and the list as CSV. */
@Path("/accounts")
@RolesAllowed(Role.VIEWER_ID)
public class AccountController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(AccountQueries.Page page, DashboardFilter filter, String filterQuery,
                String listQuery, List<String> notices, String currency, String drillLabel, List<AccountQueries.Column> columns);

        static native TemplateInstance accounts$table(AccountQueries.Page page, DashboardFilter filter,
                String filterQuery, String listQuery, List<String> notices, String currency, String drillLabel, List<AccountQueries.Column> columns);

        static native TemplateInstance account(AccountDetail account, DashboardFilter filter, String filterQuery,
                List<String> models, String currency, String channel, String type);
    }

    @Inject
    AccountQueries queries;
    @Inject
    AccountService accounts;
    @Inject
    FilterParams filters;
    @Inject
    SettingsService settings;
    @Inject
    CurrentLanguage language;

    private AccountQueries.Query query(String q, String channel, String campaign, String tier, String stage,
            String path, String drill, String sort, String dir, String page, String size) {
        int pageNumber;
        int pageSize;
        try {
            pageNumber = page == null || page.isBlank() ? 1 : Integer.parseInt(page);
            pageSize = size == null || size.isBlank() ? 25 : Integer.parseInt(size);
        } catch (NumberFormatException e) {
            throw new BadRequestException(ErrorMsgs.text(m -> m.page_size_not_numbers()));
        }
        if (pageNumber < 1 || pageSize < 1 || pageSize > 200) {
            throw new BadRequestException(ErrorMsgs.text(m -> m.page_size_out_of_range()));
        }
        if (dir != null && !dir.isBlank() && !List.of("asc", "desc").contains(dir)) {
            throw new BadRequestException(ErrorMsgs.text(m -> m.dir_invalid(dir)));
        }
        String sortKey = sort == null || sort.isBlank() ? "credit" : sort;
        boolean asc = dir == null || dir.isBlank() ? List.of("name", "tier", "segment", "region").contains(sortKey)
                : "asc".equals(dir);
        AccountQueries.Drill drilled = null;
        if (blankToNull(drill) != null) {
            drilled = AccountQueries.Drill.of(drill.trim()).orElseThrow(
                    () -> new BadRequestException(ErrorMsgs.text(m -> m.drill_invalid(drill))));
        }
        return new AccountQueries.Query(blankToNull(q), blankToNull(channel), blankToNull(campaign), blankToNull(tier),
                blankToNull(stage), blankToNull(path), drilled, sortKey, asc, pageNumber, pageSize);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String list(@Context UriInfo uri, @HeaderParam("HX-Request") String htmx, @QueryParam("q") String q,
            @QueryParam("channel") String channel, @QueryParam("campaign") String campaign,
            @QueryParam("engagementTier") String tier, @QueryParam("stage") String stage,
            @QueryParam("path") String path,
            @QueryParam("drill") String drillParam, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        DashboardFilter.Parsed parsed = filters.lenient(uri);
        AccountQueries.Query query = query(q, channel, campaign, tier, stage, path, drillParam, sort, dir, page, size);
        AccountQueries.Page result = queries.list(parsed.filter(), query);
        Language lang = language.get();
        AccountMsg msg = Texts.bundle(AccountMsg.class, lang);
        String drill = query.channel() != null ? msg.drill_channel(Texts.label(lang, "channel", query.channel()))
                : query.campaign() != null ? msg.drill_campaign(queries.campaignName(query.campaign()))
                : query.drill() == AccountQueries.Drill.ENGAGED ? msg.drill_engaged()
                : query.drill() == AccountQueries.Drill.WON ? msg.drill_won()
                : query.drill() == AccountQueries.Drill.CREATED ? msg.drill_created()
                : query.engagementTier() != null
                        ? msg.drill_tier(Texts.label(lang, "engagement_tier", query.engagementTier()))
                : query.stage() != null ? msg.drill_stage(Texts.label(lang, "stage", query.stage()))
                : query.path() != null ? msg.drill_path(pathLabel(lang, query.path())) : null;
        // the values that fell back to the default; unknown parameters are no notice on this page
        ErrorMsg errors = ErrorMsgs.in(lang);
        List<String> notices = java.util.stream.Stream.concat(
                parsed.invalid().stream().map(p -> errors.default_shown(p.in(lang))),
                filters.unmatched(parsed.filter()).stream().map(t -> t.in(lang))).toList();
        List<AccountQueries.Column> columns = columns(msg, query.channel() != null
                ? Texts.label(lang, "channel", query.channel())
                : query.campaign() != null ? queries.campaignName(query.campaign()) : null);
        String listQuery = listQuery(query);
        String currency = settings.current().currency();
        if ("true".equals(htmx)) {
            return Templates.accounts$table(result, parsed.filter(), parsed.filter().queryString(), listQuery, notices,
                    currency, drill, columns).render();
        }
        return Templates.accounts(result, parsed.filter(), parsed.filter().queryString(), listQuery, notices, currency,
                drill, columns).data("nav", "accounts").render();
    }

    /** The list's columns with their headers in the reader's language, in {@link AccountQueries#COLUMNS}' order. */
    static List<AccountQueries.Column> columns(AccountMsg msg) {
        return columns(msg, null);
    }

    /** The columns; with a channel or campaign drill, the credit column names whose credit it is. */
    static List<AccountQueries.Column> columns(AccountMsg msg, String creditOf) {
        return AccountQueries.COLUMNS.stream().map(c -> new AccountQueries.Column(c.key(), switch (c.key()) {
            case "name" -> msg.col_name();
            case "tier" -> msg.col_tier();
            case "segment" -> msg.col_segment();
            case "region" -> msg.col_region();
            case "target" -> msg.col_target();
            case "engagement" -> msg.col_engagement();
            case "penetration" -> msg.col_penetration();
            case "open_pipeline" -> msg.open_pipeline();
            case "created_pipeline" -> msg.col_created_pipeline();
            case "won_revenue" -> msg.col_won_revenue();
            case "credit" -> creditOf == null ? msg.col_credit() : msg.col_credit_of(creditOf);
            case "last_touch" -> msg.last_touch();
            case "nps" -> msg.col_nps();
            default -> c.label();
        })).toList();
    }

    /** A path drill's path as the dashboard writes it ("Paid search → Email"), whole. */
    static String pathLabel(Language lang, String path) {
        return path.equals(io.accountable.attribution.engine.Reports.NONE)
                ? io.accountable.kpi.DashboardService.pathLabel(lang, List.of())
                : io.accountable.kpi.DashboardService.pathLabel(lang, List.of(path.split(">", -1)));
    }

    private static String listQuery(AccountQueries.Query q) {
        StringBuilder b = new StringBuilder();
        append(b, "q", q.search());
        append(b, "channel", q.channel());
        append(b, "campaign", q.campaign());
        append(b, "engagementTier", q.engagementTier());
        append(b, "stage", q.stage());
        append(b, "path", q.path());
        append(b, "drill", q.drill() == null ? null : q.drill().id());
        return b.toString();
    }

    private static void append(StringBuilder b, String key, String value) {
        if (value != null) {
            b.append('&').append(key).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@Context UriInfo uri, @QueryParam("q") String q, @QueryParam("channel") String channel,
            @QueryParam("campaign") String campaign, @QueryParam("engagementTier") String tier,
            @QueryParam("stage") String stage, @QueryParam("path") String path, @QueryParam("drill") String drill,
            @QueryParam("sort") String sort, @QueryParam("dir") String dir) throws IOException {
        DashboardFilter filter = filters.strict(uri);
        List<AccountRow> everything = queries.sorted(filter, query(q, channel, campaign, tier, stage, path, drill, sort, dir,
                "1", "200"));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "name", "tier", "segment",
                "region", "target", "engagement_score", "engagement_tier", "account_penetration", "open_pipeline",
                "won_revenue", "attributed_credit", "last_touch", "nps", "created_pipeline").get())) {
            for (AccountRow r : everything) {
                // every text column is guarded: a segment or region such as =HYPERLINK(...) stays text
                csv.printRecord(Arrays.asList(CsvSafety.text(r.id()), CsvSafety.text(r.name()), CsvSafety.text(r.tier()),
                        CsvSafety.text(r.segment()), CsvSafety.text(r.region()), r.target(), r.engagementScore(),
                        CsvSafety.text(r.engagementTier()), r.penetration(),
                        r.openPipeline(), r.wonRevenue(), r.attributedCredit(), r.lastTouch(), r.nps(),
                        r.createdPipeline()));
            }
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"accountable-accounts-" + filter.from() + "-"
                        + filter.to() + ".csv\"").build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance account(@PathParam("id") String id, @Context UriInfo uri,
            @QueryParam("channel") String channel, @QueryParam("type") String type) {
        DashboardFilter filter = filters.lenient(uri).filter();
        AccountDetail detail = accounts.detail(id, filter, blankToNull(channel), blankToNull(type), language.get());
        return Templates.account(detail, filter, filter.queryString(),
                Arrays.stream(ModelId.values()).map(ModelId::id).toList(), settings.current().currency(),
                blankToNull(channel), blankToNull(type)).data("nav", "accounts");
    }
}
