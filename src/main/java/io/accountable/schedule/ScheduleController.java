package io.accountable.schedule;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.security.Role;
import io.accountable.view.SavedView;
import io.accountable.view.SavedViewService;
import io.accountable.web.BadRequestException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The Schedules page under Reports (analysts and admins) and the log of what was sent. */
@Path("/reports")
@RolesAllowed(Role.ANALYST_ID)
@Produces(MediaType.TEXT_HTML)
public class ScheduleController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedules(List<ReportSchedule> schedules, List<SavedView> views,
                Map<String, String> form, List<String> errors, Delivery sent, boolean smtpSet, long selected);

        static native TemplateInstance deliveries(List<Delivery> deliveries);
    }

    @Inject
    ScheduleService schedules;
    @Inject
    SavedViewService views;
    @Inject
    MailSettingsService smtp;
    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentLanguage language;

    private String user() {
        return identity.getPrincipal().getName();
    }

    private TemplateInstance page(Map<String, String> form, List<String> errors, Delivery sent) throws SQLException {
        Long selected = number(form.get("viewId"));
        return Templates.schedules(schedules.list(), views.list(user()), form, errors, sent, smtp.get().isPresent(),
                selected == null ? 0 : selected).data("nav", "reports");
    }

    @GET
    @Path("schedules")
    public TemplateInstance list() throws SQLException {
        return page(Map.of("frequency", "weekly", "day", "1", "hour", "8", "language", language.get().tag()),
                List.of(), null);
    }

    @POST
    @Path("schedules")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("viewId") String viewId, @FormParam("frequency") String frequency,
            @FormParam("day") String day, @FormParam("hour") String hour, @FormParam("recipients") String recipients,
            @FormParam("language") String lang) throws SQLException {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("viewId", viewId == null ? "" : viewId);
        form.put("frequency", frequency == null ? "" : frequency);
        form.put("day", day == null ? "" : day);
        form.put("hour", hour == null ? "" : hour);
        form.put("recipients", recipients == null ? "" : recipients);
        form.put("language", lang == null ? "" : lang);
        try {
            schedules.create(new ScheduleService.NewSchedule(number(viewId), frequency, integer(day), integer(hour),
                    recipients, lang), user());
        } catch (BadRequestException e) {
            return Response.status(400).entity(page(form, e.details(language.get()), null)).build();
        }
        return Response.seeOther(URI.create("/reports/schedules")).build();
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A typed whole number; one that is not reads as -1 (out of every range, so its field's error). */
    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "Send now": the page again, with what happened (sent, or failed and why). */
    @POST
    @Path("schedules/{id}/send")
    public TemplateInstance send(@PathParam("id") String id) throws SQLException {
        long n = ScheduleService.id(id);
        schedules.get(n).orElseThrow(() -> ScheduleService.missing(id));
        Delivery d = schedules.send(n, user());
        return page(Map.of("frequency", "weekly", "day", "1", "hour", "8", "language", language.get().tag()),
                List.of(), d);
    }

    @POST
    @Path("schedules/{id}/delete")
    public Response delete(@PathParam("id") String id) throws SQLException {
        schedules.delete(ScheduleService.id(id), user(), identity.hasRole(Role.ADMIN_ID));
        return Response.seeOther(URI.create("/reports/schedules")).build();
    }

    @GET
    @Path("deliveries")
    public TemplateInstance deliveries() throws SQLException {
        return Templates.deliveries(schedules.deliveries(500)).data("nav", "reports");
    }
}
