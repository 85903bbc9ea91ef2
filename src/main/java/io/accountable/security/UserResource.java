package io.accountable.security;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.settings.AdminLabels;
import io.accountable.settings.AdminMsg;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** Admins add users, change their role or password, and remove them; each change is audited and ends the user's sessions. */
@Path("/users")
@RolesAllowed(Role.ADMIN_ID)
@Produces(MediaType.TEXT_HTML)
public class UserResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<User> users, List<String> roles, List<String> errors, String notice);
    }

    @Inject
    SecurityIdentity identity;
    @Inject
    AuditLog audit;
    @Inject
    io.vertx.ext.web.RoutingContext context;
    @Inject
    CurrentLanguage language;

    private AdminMsg msg() {
        return AdminLabels.msg(language.get());
    }

    private void audit(String action, String subject, String detail) {
        audit.record(identity.getPrincipal().getName(), action, subject, AuthMechanism.address(context), detail);
    }

    @GET
    public TemplateInstance list() {
        return page(List.of(), null);
    }

    private TemplateInstance page(List<String> errors, String notice) {
        return Templates.users(User.listAll(io.quarkus.panache.common.Sort.by("username")), roleIds(), errors, notice)
                .data("nav", "users");
    }

    private static List<String> roleIds() {
        return java.util.Arrays.stream(Role.values()).map(Role::id).toList();
    }

    @POST
    @Transactional
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role) {
        List<String> errors = new ArrayList<>();
        String name = username == null ? "" : username.trim();
        if (!name.matches("[A-Za-z0-9._@-]{2,100}")) {
            errors.add(msg().users_name_rule());
        } else if (User.findByUsername(name) != null) {
            errors.add(msg().users_name_taken(name));
        }
        errors.addAll(Passwords.problems(password, name, language.get()));
        Role chosen = Role.fromId(role).orElse(null);
        if (chosen == null) {
            errors.add(msg().users_choose_role());
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(errors, null)).build();
        }
        User.create(name, password, chosen);
        audit(AuditLog.USER_CREATED, name, "role " + chosen.id());
        return Response.ok(page(List.of(), msg().users_added(name, AdminLabels.role(chosen.id(), language.get())))).build();
    }

    @POST
    @Path("{id}/role")
    @Transactional
    public Response changeRole(@PathParam("id") long id, @RestForm String role) {
        User user = User.findById(id);
        Role chosen = Role.fromId(role).orElse(null);
        if (user == null || chosen == null) {
            return Response.status(400).entity(page(List.of(msg().users_unknown_user_or_role()), null)).build();
        }
        if (user.username.equals(identity.getPrincipal().getName()) && chosen != Role.ADMIN) {
            return Response.status(400).entity(page(List.of(msg().users_not_own_admin()), null)).build();
        }
        if (!user.role.equals(chosen.id())) {
            audit(AuditLog.ROLE_CHANGED, user.username, user.role + " -> " + chosen.id());
            user.role = chosen.id();
            user.endSessions();
        }
        return Response.ok(page(List.of(), msg().users_now(user.username,
                AdminLabels.role(chosen.id(), language.get())))).build();
    }

    /** An admin sets a new password for another user; that user's sessions end. */
    @POST
    @Path("{id}/password")
    @Transactional
    public Response resetPassword(@PathParam("id") long id, @RestForm String password) {
        User user = User.findById(id);
        if (user == null) {
            return Response.status(400).entity(page(List.of(msg().users_unknown()), null)).build();
        }
        List<String> problems = Passwords.problems(password, user.username, language.get());
        if (!problems.isEmpty()) {
            return Response.status(400).entity(page(problems, null)).build();
        }
        user.changePassword(password);
        audit(AuditLog.PASSWORD_RESET, user.username, null);
        return Response.ok(page(List.of(), msg().users_password_set(user.username))).build();
    }

    @POST
    @Path("{id}/delete")
    @Transactional
    public Response delete(@PathParam("id") long id) {
        User user = User.findById(id);
        if (user == null) {
            return Response.status(400).entity(page(List.of(msg().users_unknown()), null)).build();
        }
        if (user.username.equals(identity.getPrincipal().getName())) {
            return Response.status(400).entity(page(List.of(msg().users_not_yourself()), null)).build();
        }
        ApiToken.delete("user", user);
        user.delete();
        audit(AuditLog.USER_REMOVED, user.username, null);
        return Response.ok(page(List.of(), msg().users_removed(user.username))).build();
    }
}
