package io.accountable.settings;

import io.accountable.security.Role;
import io.accountable.touchpoint.Channels;
import io.accountable.touchpoint.TouchType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settings page: analysts and admins edit, every save is a new version. */
@Path("/settings")
@RolesAllowed(Role.ANALYST_ID)
@Produces(MediaType.TEXT_HTML)
public class SettingsController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Settings settings, List<String> types, List<String> models,
                List<SettingsVersion> history, List<String> errors, String notice);
    }

    @Inject
    SettingsService service;
    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance show() {
        return page(service.current(), List.of(), null);
    }

    private TemplateInstance page(Settings settings, List<String> errors, String notice) {
        return Templates.settings(settings, Arrays.stream(TouchType.values()).map(TouchType::id).toList(),
                Arrays.stream(io.accountable.attribution.engine.ModelId.values()).map(m -> m.id()).toList(),
                service.history(), errors, notice).data("nav", "settings");
    }

    @POST
    public Response save(MultivaluedMap<String, String> form) {
        List<String> errors = new ArrayList<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (TouchType type : TouchType.values()) {
            weights.put(type.id(), number(form, "weight." + type.id(), "The weight of " + type.id(), errors));
        }
        List<String> highIntent = Arrays.stream(TouchType.values()).map(TouchType::id)
                .filter(id -> form.containsKey("intent." + id)).toList();
        List<String> salesChannels = Arrays.stream(text(form, "salesChannels").split(","))
                .map(Channels::normalise).filter(c -> c != null).distinct().toList();
        String lookbackText = text(form, "lookbackDays");
        Integer lookback = null;
        if (!lookbackText.isBlank() && !"all".equalsIgnoreCase(lookbackText)) {
            try {
                lookback = Integer.parseInt(lookbackText.trim());
            } catch (NumberFormatException e) {
                errors.add("The lookback window is a whole number of days, or 'all'.");
            }
        }
        Settings settings = new Settings(text(form, "currency").trim().toUpperCase(), text(form, "timeZone").trim(),
                number(form, "grossMargin", "The gross margin", errors),
                number(form, "annualChurnRate", "The annual churn rate", errors), weights, highIntent, salesChannels,
                number(form, "engagementHalfLifeDays", "The engagement half-life", errors),
                text(form, "defaultModel"), text(form, "defaultView"), lookback,
                number(form, "timeDecayHalfLifeDays", "The time-decay half-life", errors),
                number(form, "positionFirstShare", "The position-based first share", errors),
                number(form, "positionLastShare", "The position-based last share", errors));
        if (errors.isEmpty()) {
            errors.addAll(service.save(settings, identity.getPrincipal().getName()));
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(page(settings, errors, null)).build();
        }
        return Response.ok(page(service.current(), List.of(), "Saved. The new settings apply from now on.")).build();
    }

    private static String text(MultivaluedMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value;
    }

    private static double number(MultivaluedMap<String, String> form, String key, String what, List<String> errors) {
        String value = text(form, key).trim();
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            errors.add(what + " must be a number; got '" + value + "'.");
            return Double.NaN;
        }
    }
}
