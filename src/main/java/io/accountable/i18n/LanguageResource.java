package io.accountable.i18n;

import io.accountable.security.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The language switcher of the header (and of the sign-in page): a POST with the CSRF token.
 * The choice goes into a cookie for this browser and, for a signed-in user, onto the user, so
 * that signing in elsewhere brings it back.
 */
@Path("/language")
@PermitAll
public class LanguageResource {

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String lang, @RestForm String next) {
        Language language = Language.of(lang).orElse(null);
        String target = next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                ? next : "/";
        if (language == null) {
            return Response.seeOther(java.net.URI.create(target)).build();
        }
        if (!identity.isAnonymous()) {
            String name = identity.getPrincipal().getName();
            QuarkusTransaction.requiringNew().run(() -> {
                User user = User.findByUsername(name);
                if (user != null) {
                    user.language = language.tag();
                }
            });
        }
        return Response.status(303).header("Location", target).cookie(cookie(language)).build();
    }

    /** The cookie the request's language is read from (a year; not a secret, so readable by scripts). */
    public static NewCookie cookie(Language language) {
        return new NewCookie.Builder(CurrentLanguage.COOKIE).value(language.tag()).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).build();
    }
}
