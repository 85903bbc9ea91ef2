package io.accountable.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in user as templates see it: {@code {inject:currentUser.name}}. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    /** The highest role held. */
    public String getRole() {
        return isAdmin() ? Role.ADMIN_ID : isAnalyst() ? Role.ANALYST_ID : Role.VIEWER_ID;
    }

    public boolean isAnalyst() {
        return identity.hasRole(Role.ANALYST_ID);
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN_ID);
    }
}
