package io.accountable.opportunity;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.i18n.ErrorMsg;
import io.accountable.i18n.ErrorMsgs;
import io.accountable.i18n.Language;
import io.accountable.i18n.Texts;
import io.accountable.filter.DashboardFilter;
import io.accountable.kpi.KpiService;
import io.accountable.security.Role;
import io.accountable.settings.SettingsService;
import io.accountable.web.BadRequestException;
import io.accountable.web.CsvSafety;
import io.accountable.filter.FilterParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
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

/**
 * The opportunity list behind the Pipeline created tile: the opportunities created in the
 * period at the accounts in scope, sorted and paged like the account list, with a total row
 * whose sum is the tile's value, and as CSV.
 */
@Path("/opportunities")
@RolesAllowed(Role.VIEWER_ID)
public class OpportunityController {

    /** A column of the table: its sort key and header. */
    public record Column(String key, String label, boolean numeric) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance opportunities(OpportunityQueries.Page page, DashboardFilter filter,
                String filterQuery, List<String> notices, String currency, List<Column> columns, String viewLabel,
                String lookbackLabel, String tileLabel);

        static native TemplateInstance opportunities$table(OpportunityQueries.Page page, DashboardFilter filter,
                String filterQuery, List<String> notices, String currency, List<Column> columns, String viewLabel,
                String lookbackLabel, String tileLabel);
    }

    @Inject
    OpportunityQueries queries;
    @Inject
    FilterParams filters;
    @Inject
    SettingsService settings;
    @Inject
    CurrentLanguage language;

    private static OpportunityQueries.Query query(String drill, String sort, String dir, String page, String size) {
        int pageNumber;
        int pageSize;
        try {
            pageNumber = page == null || page.isBlank() ? 1 : Integer.parseInt(page.trim());
            pageSize = size == null || size.isBlank() ? 25 : Integer.parseInt(size.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(ErrorMsgs.text(m -> m.page_size_not_numbers()));
        }
        if (pageNumber < 1 || pageSize < 1 || pageSize > 200) {
            throw new BadRequestException(ErrorMsgs.text(m -> m.page_size_out_of_range()));
        }
        if (dir != null && !dir.isBlank() && !List.of("asc", "desc").contains(dir.trim())) {
            String shown = io.accountable.web.Quoted.shorten(dir);
            throw new BadRequestException(ErrorMsgs.text(m -> m.dir_invalid(shown)));
        }
        OpportunityQueries.Drill drilled = OpportunityQueries.Drill.CREATED;
        if (drill != null && !drill.isBlank()) {
            drilled = OpportunityQueries.Drill.of(drill.trim()).orElseThrow(() -> new BadRequestException(
                    ErrorMsgs.text(m -> m.drill_invalid(io.accountable.web.Quoted.shorten(drill)))));
        }
        String sortKey = sort == null || sort.isBlank() ? "amount" : sort.trim();
        boolean asc = dir == null || dir.isBlank() ? List.of("opportunity", "account", "stage").contains(sortKey)
                : "asc".equals(dir.trim());
        return new OpportunityQueries.Query(drilled, sortKey, asc, pageNumber, pageSize);
    }

    static List<Column> columns(OpportunityMsg msg) {
        return List.of(new Column("opportunity", msg.col_opportunity(), false),
                new Column("account", msg.col_account(), false), new Column("created", msg.col_created(), false),
                new Column("stage", msg.col_stage(), false), new Column("amount", msg.col_amount(), true));
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String list(@Context UriInfo uri, @HeaderParam("HX-Request") String htmx, @QueryParam("drill") String drill,
            @QueryParam("sort") String sort, @QueryParam("dir") String dir, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        DashboardFilter.Parsed parsed = filters.lenient(uri);
        OpportunityQueries.Query query = query(drill, sort, dir, page, size);
        DashboardFilter filter = parsed.filter();
        OpportunityQueries.Page result = queries.list(filter, query);
        Language lang = language.get();
        ErrorMsg errors = ErrorMsgs.in(lang);
        List<String> notices = java.util.stream.Stream.concat(
                parsed.invalid().stream().map(p -> errors.default_shown(p.in(lang))),
                filters.unmatched(filter).stream().map(t -> t.in(lang))).toList();
        String viewLabel = Texts.message(lang, "view_" + filter.view().id());
        String lookbackLabel = filter.lookbackDays() == null ? Texts.msg(lang).all()
                : String.valueOf(filter.lookbackDays());
        List<Column> columns = columns(Texts.bundle(OpportunityMsg.class, lang));
        String currency = settings.current().currency();
        String tile = KpiService.label("pipeline_created", lang);
        if ("true".equals(htmx)) {
            return Templates.opportunities$table(result, filter, filter.queryString(), notices, currency, columns,
                    viewLabel, lookbackLabel, tile).render();
        }
        return Templates.opportunities(result, filter, filter.queryString(), notices, currency, columns, viewLabel,
                lookbackLabel, tile).data("nav", "accounts").render();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@Context UriInfo uri, @QueryParam("drill") String drill, @QueryParam("sort") String sort,
            @QueryParam("dir") String dir) throws IOException {
        DashboardFilter filter = filters.strict(uri);
        List<OpportunityQueries.Row> rows = queries.sorted(filter, query(drill, sort, dir, "1", "200"));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "account_id",
                "account_name", "created_at", "stage", "status", "amount").get())) {
            for (OpportunityQueries.Row r : rows) {
                // every text column is guarded: an id or a name such as =HYPERLINK(...) stays text
                csv.printRecord(Arrays.asList(CsvSafety.text(r.id()), CsvSafety.text(r.accountId()),
                        CsvSafety.text(r.accountName()), r.createdAt().toString(), CsvSafety.text(r.stage()),
                        r.status(), r.amount()));
            }
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"accountable-opportunities-created-"
                        + filter.from() + "-" + filter.to() + ".csv\"").build();
    }
}
