package io.accountable.security;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.settings.AdminLabels;
import io.accountable.settings.AdminMsg;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The signed-in user's own page: change one's password (the current one required; other
 * sessions end, this one stays) and one's personal API tokens (create, shown once; revoke).
 */
@Path("/profile")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.TEXT_HTML)
public class ProfileResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(String username, List<Tokens.Listed> tokens, List<String> errors,
                String notice, Tokens.Created created);
    }

    @Inject
    SecurityIdentity identity;
    @Inject
    Tokens tokens;
    @Inject
    Sessions sessions;
    @Inject
    AuditLog audit;
    @Inject
    RoutingContext context;
    @Inject
    CurrentLanguage language;

    private AdminMsg msg() {
        return AdminLabels.msg(language.get());
    }

    @GET
    public TemplateInstance show() {
        return page(List.of(), null, null);
    }

    @POST
    @Path("password")
    @Transactional
    public Response changePassword(@RestForm String current, @RestForm String password, @RestForm String confirm) {
        User user = User.findByUsername(name());
        List<String> errors = new ArrayList<>();
        if (user == null || !Passwords.matches(current, user.passwordHash)) {
            errors.add(msg().profile_current_wrong());
        } else {
            errors.addAll(Passwords.problems(password, user.username, language.get()));
            if (errors.isEmpty() && !password.equals(confirm)) {
                errors.add(msg().profile_repeat_differs());
            }
            if (errors.isEmpty() && Passwords.matches(password, user.passwordHash)) {
                errors.add(msg().profile_same_password());
            }
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(errors, null, null)).build();
        }
        user.changePassword(password);
        Object issued = identity.getAttribute(Identities.ISSUED);
        sessions.restart(context, user, issued instanceof Long l ? l : System.currentTimeMillis() / 1000);
        audit.record(user.username, AuditLog.PASSWORD_CHANGED, user.username, AuthMechanism.address(context), null);
        return Response.ok(page(List.of(), msg().profile_password_changed(), null)).build();
    }

    @POST
    @Path("tokens")
    public Response createToken(@RestForm String name, @RestForm String expires) {
        LocalDate expiry = null;
        if (expires != null && !expires.isBlank()) {
            try {
                expiry = LocalDate.parse(expires.strip());
            } catch (DateTimeParseException e) {
                return Response.status(400).entity(page(List.of(msg().profile_expiry_format()),
                        null, null)).build();
            }
        }
        try {
            Tokens.Created created = tokens.create(name(), name, expiry, AuthMechanism.address(context));
            return Response.ok(page(List.of(), null, created)).build();
        } catch (Tokens.InvalidTokenRequest e) {
            return Response.status(400).entity(page(e.problems(language.get()), null, null)).build();
        }
    }

    @POST
    @Path("tokens/{id}/revoke")
    public Response revoke(@PathParam("id") long id) {
        if (!tokens.revoke(name(), false, id, AuthMechanism.address(context))) {
            return Response.status(404).entity(page(List.of(msg().profile_no_such_token()), null, null)).build();
        }
        return Response.ok(page(List.of(), msg().profile_token_revoked(), null)).build();
    }

    private String name() {
        return identity.getPrincipal().getName();
    }

    private TemplateInstance page(List<String> errors, String notice, Tokens.Created created) {
        return Templates.profile(name(), tokens.of(name()), errors, notice, created).data("nav", "profile");
    }
}
