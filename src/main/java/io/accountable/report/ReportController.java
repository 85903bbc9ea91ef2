package io.accountable.report;

import io.accountable.filter.DashboardFilter;
import io.accountable.security.Role;
import io.accountable.web.BadRequestException;
import io.accountable.filter.FilterParams;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Reports page and the PDFs (executive summary, account one-pager) in the reader's language. */
@Path("/reports")
@RolesAllowed(Role.VIEWER_ID)
public class ReportController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(DashboardFilter filter, String filterQuery);
    }

    @Inject
    ReportService reports;
    @Inject
    FilterParams filters;
    @Inject
    SecurityIdentity identity;
    @Inject
    io.accountable.i18n.CurrentLanguage language;

    private static void checkPaper(String paper) {
        if (paper != null && !paper.isBlank() && !paper.equals("a4") && !paper.equals("letter")) {
            throw new BadRequestException(io.accountable.i18n.ErrorMsgs.text(m -> m.paper_invalid(paper)));
        }
    }

    /** 429 in the reader's language (the PDFs are rendered in it too: {@code language.get()}). */
    private Response busy(ReportService.BusyException e) {
        return Response.status(429).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).header("Retry-After", "5")
                .entity(e.text().in(language.get())).build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@Context UriInfo uri) {
        DashboardFilter filter = filters.lenient(uri).filter();
        return Templates.reports(filter, filter.queryString()).data("nav", "reports");
    }

    @GET
    @Path("accounts/{id}.pdf")
    @Produces("application/pdf")
    public Response account(@jakarta.ws.rs.PathParam("id") String id, @Context UriInfo uri,
            @QueryParam("paper") String paper) {
        checkPaper(paper);
        DashboardFilter filter = filters.strict(uri);
        byte[] pdf;
        try {
            pdf = reports.account(id, filter, paper, identity.getPrincipal().getName(), language.get());
        } catch (ReportService.BusyException e) {
            return busy(e);
        }
        String name = "accountable-account-" + id.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + filter.to() + ".pdf";
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8)).build();
    }

    @GET
    @Path("executive.pdf")
    @Produces("application/pdf")
    public Response executive(@Context UriInfo uri, @QueryParam("paper") String paper) {
        checkPaper(paper);
        DashboardFilter filter = filters.strict(uri);
        byte[] pdf;
        try {
            pdf = reports.executive(filter, paper, identity.getPrincipal().getName(), language.get());
        } catch (ReportService.BusyException e) {
            return busy(e);
        }
        String name = ReportService.fileName("executive", filter);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name
                + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8)).build();
    }
}
