package io.accountable.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The three ways to prove who one is, as authentication requests for {@link IdentityProviders}. */
public final class Credentials {

    private Credentials() {
    }

    /** A session cookie whose signature and times were checked; the epoch is checked against the user. */
    public static final class SessionRequest extends BaseAuthenticationRequest {
        final SessionCookie.Session session;

        public SessionRequest(SessionCookie.Session session) {
            this.session = session;
        }
    }

    /** {@code Authorization: Bearer <token>}. */
    public static final class TokenRequest extends BaseAuthenticationRequest {
        final String token;

        public TokenRequest(String token) {
            this.token = token;
        }

        @Override
        public String toString() {
            return "TokenRequest";
        }
    }

    /** HTTP Basic: a user name and password, from an address (for the throttle and the audit log). */
    public static final class PasswordRequest extends BaseAuthenticationRequest {
        final String username;
        final String password;
        final String address;

        public PasswordRequest(String username, String password, String address) {
            this.username = username;
            this.password = password;
            this.address = address;
        }

        @Override
        public String toString() {
            return "PasswordRequest[" + username + "]";
        }
    }
}
