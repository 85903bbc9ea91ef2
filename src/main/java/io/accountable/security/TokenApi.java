package io.accountable.security;

import io.accountable.web.BadRequestException;
import io.accountable.i18n.ErrorMsgs;
import io.accountable.web.TextNotFoundException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/tokens}: a signed-in user (session or HTTP Basic) creates personal access tokens;
 * the answer carries the token once. A token cannot create tokens, so a leaked token cannot
 * outlive its own revocation. {@code DELETE /api/tokens/{id}} revokes one (an admin may revoke
 * anyone's).
 */
@Path("/api/tokens")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.APPLICATION_JSON)
public class TokenApi {

    /** The body of {@code POST /api/tokens}; {@code expires} is an optional date (the token ends after it). */
    public record NewToken(String name, LocalDate expires) {
    }

    @Inject
    Tokens tokens;
    @Inject
    SecurityIdentity identity;
    @Inject
    RoutingContext context;
    @Inject
    io.accountable.i18n.CurrentLanguage language;

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Create a personal access token: the answer holds the token, shown this once")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewToken body) {
        if ("token".equals(Identities.via(identity))) {
            throw new ForbiddenException("A token cannot create tokens");
        }
        if (body == null) {
            throw new BadRequestException(ErrorMsgs.text(m -> m.token_body_missing("{\"name\": \"BI tool\"}")));
        }
        try {
            Tokens.Created created = tokens.create(identity.getPrincipal().getName(), body.name(), body.expires(),
                    AuthMechanism.address(context));
            return Response.status(201).entity(created).build();
        } catch (Tokens.InvalidTokenRequest e) {
            throw new BadRequestException(e.message(language.get()));
        }
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Your tokens, without their values")
    @GET
    public List<Tokens.Listed> list() {
        return tokens.of(identity.getPrincipal().getName());
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Revoke a token (yours; an admin may revoke anyone\'s)")
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        if (!tokens.revoke(identity.getPrincipal().getName(), identity.hasRole(Role.ADMIN_ID), id,
                AuthMechanism.address(context))) {
            throw new TextNotFoundException(ErrorMsgs.text(m -> m.no_token(String.valueOf(id))));
        }
        return Response.noContent().build();
    }
}
