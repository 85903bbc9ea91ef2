package io.accountable.settings;

import io.accountable.facts.FactStore;
import io.accountable.facts.Facts;
import io.accountable.i18n.CurrentLanguage;
import io.accountable.i18n.Language;
import io.accountable.security.Role;
import io.accountable.touchpoint.Channels;
import io.accountable.touchpoint.TouchType;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings page: analysts and admins edit, every save is a new version. A post is parsed
 * field by field (a value that is not a finite number is an error of its field), then the
 * settings are checked by Hibernate Validator; every problem is shown beside its field at once,
 * the input is shown again as typed, and nothing is saved while any field is wrong.
 */
@Path("/settings")
@RolesAllowed(Role.ANALYST_ID)
@Produces(MediaType.TEXT_HTML)
public class SettingsController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Map<String, String> values, Map<String, String> weights,
                List<String> intents, List<String> types, List<String> models, List<SettingsVersion> history,
                Map<String, List<String>> errors, Map<String, List<String>> weightErrors, List<String> summary,
                String notice);
    }

    static final List<String> NUMBERS = List.of("grossMargin", "annualChurnRate", "engagementHalfLifeDays",
            "timeDecayHalfLifeDays", "positionFirstShare", "positionLastShare");

    @Inject
    SettingsService service;
    @Inject
    CurrentLanguage language;
    @Inject
    SecurityIdentity identity;
    @Inject
    FactStore facts;

    @GET
    public TemplateInstance show() {
        return shown(service.current(), null);
    }

    private TemplateInstance shown(Settings s, String notice) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("currency", s.currency());
        values.put("timeZone", s.timeZone());
        values.put("grossMargin", number(s.grossMargin()));
        values.put("annualChurnRate", number(s.annualChurnRate()));
        values.put("engagementHalfLifeDays", number(s.engagementHalfLifeDays()));
        values.put("salesChannels", String.join(", ", s.salesChannels()));
        values.put("acceptNewChannels", "");
        values.put("defaultModel", s.defaultModel());
        values.put("defaultView", s.defaultView());
        values.put("lookbackDays", s.lookbackDays() == null ? "all" : s.lookbackDays().toString());
        values.put("timeDecayHalfLifeDays", number(s.timeDecayHalfLifeDays()));
        values.put("positionFirstShare", number(s.positionFirstShare()));
        values.put("positionLastShare", number(s.positionLastShare()));
        Map<String, String> weights = new LinkedHashMap<>();
        for (TouchType t : TouchType.values()) {
            Double w = s.touchTypeWeights().get(t.id());
            weights.put(t.id(), w == null ? "" : number(w));
        }
        return page(values, weights, s.highIntentTypes(), Map.of(), Map.of(), notice);
    }

    private static String number(double value) {
        return io.accountable.web.Formats.field(value);
    }

    private TemplateInstance page(Map<String, String> values, Map<String, String> weights, List<String> intents,
            Map<String, List<String>> errors, Map<String, List<String>> weightErrors, String notice) {
        List<String> summary = new ArrayList<>();
        Language lang = language.get();
        errors.forEach((field, list) -> list.forEach(m -> summary.add(AdminLabels.setting(field, lang) + ": " + m)));
        // English names the touch type by its id, as the import files do; the others by its label
        weightErrors.forEach((type, list) -> list.forEach(m -> summary.add((lang == Language.EN ? type
                : io.accountable.i18n.Texts.label(lang, "type", type)) + ": " + m)));
        return Templates.settings(values, weights, intents, Arrays.stream(TouchType.values()).map(TouchType::id)
                .toList(), Arrays.stream(io.accountable.attribution.engine.ModelId.values()).map(m -> m.id()).toList(),
                service.history(), errors, weightErrors, summary, notice).data("nav", "settings");
    }

    @POST
    public Response save(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : List.of("currency", "timeZone", "grossMargin", "annualChurnRate", "engagementHalfLifeDays",
                "salesChannels", "acceptNewChannels", "defaultModel", "defaultView", "lookbackDays",
                "timeDecayHalfLifeDays", "positionFirstShare", "positionLastShare")) {
            values.put(key, text(form, key));
        }
        Map<String, String> weightsTyped = new LinkedHashMap<>();
        List<String> intents = new ArrayList<>();
        for (TouchType t : TouchType.values()) {
            weightsTyped.put(t.id(), text(form, "weight." + t.id()));
            if (form.containsKey("intent." + t.id())) {
                intents.add(t.id());
            }
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Map<String, List<String>> weightErrors = new LinkedHashMap<>();
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (String key : NUMBERS) {
            numbers.put(key, finite(values.get(key), errors.computeIfAbsent(key, k -> new ArrayList<>())));
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (TouchType t : TouchType.values()) {
            weights.put(t.id(), finite(weightsTyped.get(t.id()), weightErrors.computeIfAbsent(t.id(),
                    k -> new ArrayList<>())));
        }
        Integer lookback = null;
        String lookbackText = values.get("lookbackDays").strip();
        if (!lookbackText.isEmpty() && !"all".equalsIgnoreCase(lookbackText)) {
            try {
                lookback = Integer.valueOf(lookbackText);
            } catch (NumberFormatException e) {
                errors.computeIfAbsent("lookbackDays", k -> new ArrayList<>())
                        .add(msg().settings_lookback_not_number(shorten(lookbackText)));
            }
        }
        List<String> salesChannels = Arrays.stream(values.get("salesChannels").split(",")).map(Channels::normalise)
                .filter(c -> c != null && !c.isEmpty()).distinct().toList();
        if (values.get("acceptNewChannels").isEmpty()) {
            Set<String> known = knownChannels();
            List<String> unknown = salesChannels.stream().filter(c -> !known.contains(c)).toList();
            if (!unknown.isEmpty()) {
                errors.computeIfAbsent("salesChannels", k -> new ArrayList<>()).add(msg().settings_unknown_channels(
                        String.join(", ", unknown.stream().map(SettingsController::shorten).toList()),
                        String.join(", ", known)));
            }
        }
        Settings settings = new Settings(values.get("currency").strip().toUpperCase(java.util.Locale.ROOT),
                values.get("timeZone").strip(), numbers.get("grossMargin"), numbers.get("annualChurnRate"), weights,
                intents, salesChannels, numbers.get("engagementHalfLifeDays"), values.get("defaultModel"),
                values.get("defaultView"), lookback, numbers.get("timeDecayHalfLifeDays"),
                numbers.get("positionFirstShare"), numbers.get("positionLastShare"));
        for (ConstraintViolation<Settings> v : service.violations(settings)) {
            String path = v.getPropertyPath().toString();
            if (path.startsWith("touchTypeWeights[")) {
                String type = path.substring("touchTypeWeights[".length(), path.indexOf(']'));
                List<String> list = weightErrors.computeIfAbsent(type, k -> new ArrayList<>());
                if (list.isEmpty()) { // a value that was not a number already says so
                    list.add(AdminLabels.validation(v.getMessage(), language.get()));
                }
            } else {
                List<String> list = errors.computeIfAbsent(field(path), k -> new ArrayList<>());
                if (list.isEmpty() || !NUMBERS.contains(field(path))) {
                    String message = AdminLabels.validation(v.getMessage(), language.get());
                    if (!list.contains(message)) {
                        list.add(message);
                    }
                }
            }
        }
        errors.values().removeIf(List::isEmpty);
        weightErrors.values().removeIf(List::isEmpty);
        if (!errors.isEmpty() || !weightErrors.isEmpty()) {
            return Response.status(400).entity(page(values, weightsTyped, intents, errors, weightErrors, null)).build();
        }
        List<String> problems = service.save(settings, identity.getPrincipal().getName());
        if (!problems.isEmpty()) { // not expected: the same validation ran above
            return Response.status(400).entity(page(values, weightsTyped, intents, Map.of("form",
                    problems.stream().map(p -> AdminLabels.validation(p, language.get())).toList()),
                    Map.of(), null)).build();
        }
        return Response.ok(shown(service.current(), msg().settings_saved())).build();
    }

    /** The channels of the data (touches, campaigns, costs) and the sales channels already set. */
    private Set<String> knownChannels() {
        Set<String> known = new LinkedHashSet<>();
        Facts f = facts.current();
        if (f != null) {
            known.addAll(f.channels.values());
        }
        known.addAll(service.current().salesChannels());
        known.remove(null);
        return known;
    }

    /** The form field a violation belongs to. */
    private static String field(String path) {
        return switch (path) {
            case "currencyIso" -> "currency";
            case "timeZoneKnown" -> "timeZone";
            case "sharesAddUp" -> "positionLastShare";
            case "highIntentKnown", "weightsComplete" -> "weights";
            default -> path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        };
    }

    private AdminMsg msg() {
        return AdminLabels.msg(language.get());
    }

    /**
     * A finite number, or NaN with a message (the text stays as typed on the page). In Russian and
     * Romanian a decimal comma is read as the decimal point those readers write ({@code 0,75}).
     */
    private double finite(String text, List<String> errors) {
        String value = text.strip();
        if (language.get() != io.accountable.i18n.Language.EN && value.matches("[+-]?[0-9]*,[0-9]+")) {
            value = value.replace(',', '.');
        }
        try {
            double d = Double.parseDouble(value);
            if (Double.isFinite(d) && !value.matches(".*[a-zA-Z].*") || value.matches("[+-]?[0-9.]+[eE][+-]?[0-9]+")
                    && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        errors.add(value.isEmpty() ? msg().settings_number_required() : msg().settings_not_finite(shorten(value)));
        return Double.NaN;
    }

    private static String text(MultivaluedMap<String, String> form, String key) {
        String value = form.getFirst(key);
        return value == null ? "" : value;
    }

    private static String shorten(String value) {
        return io.accountable.web.Quoted.shorten(value);
    }
}
