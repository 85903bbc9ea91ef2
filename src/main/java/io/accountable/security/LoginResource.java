package io.accountable.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The sign-in page and its form (protected by the CSRF token like every form), and sign-out,
 * which ends the user's sessions on the server. Redirects use relative locations.
 */
@Path("/")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String error, String username, String next);
    }

    @Inject
    SignIn signIn;
    @Inject
    Sessions sessions;
    @Inject
    AuditLog audit;
    @Inject
    RoutingContext context;
    @Inject
    SecurityIdentity identity;
    @Inject
    io.accountable.i18n.CurrentLanguage language;

    @GET
    @Path("login")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("next") String next) {
        return Templates.login(null, "", isSafeNext(next) ? next : "");
    }

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@RestForm String username, @RestForm String password, @RestForm String next) {
        String name = username == null ? "" : username.strip();
        String target = isSafeNext(next) ? next : "";
        SignIn.Outcome outcome = signIn.check(name, password, AuthMechanism.address(context), "form");
        if (outcome.throttled()) {
            long minutes = (outcome.retryAfter().getAsLong() + 59) / 60;
            return Response.status(429).header("Retry-After", outcome.retryAfter().getAsLong())
                    .entity(Templates.login(io.accountable.i18n.Texts.msg(language.get()).sign_in_throttled(minutes),
                            name, target)).build();
        }
        if (outcome.user().isEmpty()) {
            return Response.status(401).entity(Templates.login(
                    io.accountable.i18n.Texts.msg(language.get()).sign_in_failed(), name, target)).build();
        }
        sessions.start(context, outcome.user().get());
        Response.ResponseBuilder redirect = Response.status(303).header("Location", target.isEmpty() ? "/" : target);
        // the language the user chose, on any device they sign in from
        io.accountable.i18n.Language.of(outcome.user().get().language)
                .ifPresent(l -> redirect.cookie(io.accountable.i18n.LanguageResource.cookie(l)));
        return redirect.build();
    }

    @POST
    @Path("logout")
    @RolesAllowed(Role.VIEWER_ID)
    @Transactional
    public Response logout() {
        String name = identity.getPrincipal().getName();
        User user = User.findByUsername(name);
        if (user != null) {
            user.endSessions();
        }
        audit.record(name, AuditLog.SIGN_OUT, name, AuthMechanism.address(context), Identities.via(identity));
        sessions.clear(context);
        return Response.status(303).header("Location", "/login").build();
    }

    /** A page of this application to return to: a path, not another site ({@code //host}, {@code /\host}). */
    public static boolean isSafeNext(String next) {
        return next != null && next.length() <= 1500 && next.startsWith("/") && !next.startsWith("//")
                && !next.startsWith("/\\") && next.chars().noneMatch(c -> c < 0x20 || c == 0x7f)
                && !next.startsWith("/login") && !next.startsWith("/logout") && !next.startsWith("/api");
    }
}
