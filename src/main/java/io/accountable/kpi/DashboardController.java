package io.accountable.kpi;

import io.accountable.account.Account;
import io.accountable.opportunity.Opportunity;
import io.accountable.security.Role;
import io.accountable.touchpoint.Touchpoint;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The executive dashboard, the home page. */
@Path("/")
@RolesAllowed(Role.VIEWER_ID)
@Produces(MediaType.TEXT_HTML)
public class DashboardController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(long accounts, long touches, long opportunities);
    }

    @GET
    public TemplateInstance dashboard() {
        return Templates.dashboard(Account.count(), Touchpoint.count(), Opportunity.count()).data("nav", "dashboard");
    }
}
