package io.accountable.schedule;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.i18n.Text;
import io.accountable.security.Role;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /settings/mail}: the SMTP server of the scheduled reports, admins only. The password
 * field is always empty: typing one replaces the stored password, leaving it empty keeps it.
 */
@Path("/settings/mail")
@RolesAllowed(Role.ADMIN_ID)
@Produces(MediaType.TEXT_HTML)
public class MailSettingsController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mail(Map<String, String> form, boolean passwordSet, SmtpSettings current,
                Map<String, String> errors, boolean saved);
    }

    @Inject
    MailSettingsService smtp;
    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentLanguage language;

    @GET
    public TemplateInstance show() throws SQLException {
        return shown(false);
    }

    private TemplateInstance shown(boolean saved) throws SQLException {
        SmtpSettings s = smtp.get().orElse(null);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("host", s == null ? "" : s.host());
        form.put("port", s == null ? "587" : String.valueOf(s.port()));
        form.put("username", s == null || s.username() == null ? "" : s.username());
        form.put("tls", s == null ? SmtpSettings.TLS_STARTTLS : s.tls());
        form.put("fromAddress", s == null ? "" : s.fromAddress());
        return Templates.mail(form, s != null && s.passwordSet(), s, Map.of(), saved).data("nav", "settings");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("host") String host, @FormParam("port") String port,
            @FormParam("username") String username, @FormParam("password") String password,
            @FormParam("clearPassword") String clearPassword, @FormParam("tls") String tls,
            @FormParam("fromAddress") String fromAddress) throws SQLException {
        MailSettingsService.Form f = new MailSettingsService.Form(host, port, username, password,
                clearPassword != null, tls, fromAddress);
        Map<String, Text> problems = MailSettingsService.problems(f);
        if (!problems.isEmpty()) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("host", host == null ? "" : host);
            form.put("port", port == null ? "" : port);
            form.put("username", username == null ? "" : username);
            form.put("tls", tls == null ? "" : tls);
            form.put("fromAddress", fromAddress == null ? "" : fromAddress);
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach((k, t) -> errors.put(k, t.in(language.get())));
            SmtpSettings s = smtp.get().orElse(null);
            return Response.status(400).entity(Templates.mail(form, s != null && s.passwordSet(), s, errors, false)
                    .data("nav", "settings")).build();
        }
        smtp.save(f, identity.getPrincipal().getName());
        return Response.ok(shown(true)).build();
    }
}
