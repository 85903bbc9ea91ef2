package io.accountable.security;

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

/** Admins add users, change their role or password, and remove them. */
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
            errors.add("A user name has 2 to 100 letters, digits or . _ @ -.");
        } else if (User.findByUsername(name) != null) {
            errors.add("The user name '" + name + "' is taken.");
        }
        if (password == null || password.length() < 10) {
            errors.add("A password has at least 10 characters.");
        }
        Role chosen = Role.fromId(role).orElse(null);
        if (chosen == null) {
            errors.add("Choose a role: viewer, analyst or admin.");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(errors, null)).build();
        }
        User.create(name, password, chosen);
        return Response.ok(page(List.of(), "Added " + name + " as " + chosen.id() + ".")).build();
    }

    @POST
    @Path("{id}/role")
    @Transactional
    public Response changeRole(@PathParam("id") long id, @RestForm String role) {
        User user = User.findById(id);
        Role chosen = Role.fromId(role).orElse(null);
        if (user == null || chosen == null) {
            return Response.status(400).entity(page(List.of("Unknown user or role."), null)).build();
        }
        if (user.username.equals(identity.getPrincipal().getName()) && chosen != Role.ADMIN) {
            return Response.status(400).entity(page(List.of("You cannot remove your own admin role."), null)).build();
        }
        user.role = chosen.id();
        return Response.ok(page(List.of(), user.username + " is now " + chosen.id() + ".")).build();
    }

    @POST
    @Path("{id}/delete")
    @Transactional
    public Response delete(@PathParam("id") long id) {
        User user = User.findById(id);
        if (user == null) {
            return Response.status(400).entity(page(List.of("Unknown user."), null)).build();
        }
        if (user.username.equals(identity.getPrincipal().getName())) {
            return Response.status(400).entity(page(List.of("You cannot remove yourself."), null)).build();
        }
        user.delete();
        return Response.ok(page(List.of(), "Removed " + user.username + ".")).build();
    }
}
