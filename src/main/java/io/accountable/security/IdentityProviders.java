package io.accountable.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns each kind of {@link Credentials} into an identity, reading the user afresh from the database. */
public final class IdentityProviders {

    private IdentityProviders() {
    }

    /** A session is valid while its user exists and its epoch is the user's current one. */
    @ApplicationScoped
    public static class SessionProvider implements IdentityProvider<Credentials.SessionRequest> {

        @Override
        public Class<Credentials.SessionRequest> getRequestType() {
            return Credentials.SessionRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Credentials.SessionRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                User user = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(request.session.username()));
                if (user == null || user.sessionEpoch != request.session.epoch()) {
                    throw new AuthenticationFailedException("session ended");
                }
                return QuarkusSecurityIdentity.builder(Identities.of(user, "session"))
                        .addAttribute(Identities.ISSUED, request.session.issued()).build();
            });
        }
    }

    /** A token is valid while it is neither revoked nor expired; it carries its owner's current role. */
    @ApplicationScoped
    public static class TokenProvider implements IdentityProvider<Credentials.TokenRequest> {

        @Inject
        Tokens tokens;

        @Override
        public Class<Credentials.TokenRequest> getRequestType() {
            return Credentials.TokenRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Credentials.TokenRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> tokens.owner(request.token).map(u -> Identities.of(u, "token"))
                    .orElseThrow(() -> new AuthenticationFailedException("unknown token")));
        }
    }

    /** HTTP Basic, through the same checks as the sign-in form. */
    @ApplicationScoped
    public static class PasswordProvider implements IdentityProvider<Credentials.PasswordRequest> {

        @Inject
        SignIn signIn;

        @Override
        public Class<Credentials.PasswordRequest> getRequestType() {
            return Credentials.PasswordRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Credentials.PasswordRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> signIn.check(request.username, request.password, request.address, "basic")
                    .user().map(u -> Identities.of(u, "basic"))
                    .orElseThrow(() -> new AuthenticationFailedException("wrong credentials")));
        }
    }
}
