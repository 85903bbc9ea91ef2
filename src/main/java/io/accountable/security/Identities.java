package io.accountable.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The security identity of a user: their name, their role with the roles it includes, and how they signed in. */
public final class Identities {

    /** Identity attribute: {@code session}, {@code basic} or {@code token}. */
    public static final String VIA = "accountable.via";
    /** Identity attribute of a session: the epoch second it was issued. */
    public static final String ISSUED = "accountable.issued";

    private Identities() {
    }

    public static SecurityIdentity of(User user, String via) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user.username))
                .addRoles(user.roleEnum().grants()).addAttribute(VIA, via).build();
    }

    public static String via(SecurityIdentity identity) {
        Object via = identity.getAttribute(VIA);
        return via == null ? "" : via.toString();
    }
}
