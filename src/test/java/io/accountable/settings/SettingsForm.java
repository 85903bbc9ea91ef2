package io.accountable.settings;

import io.accountable.touchpoint.TouchType;
import java.util.Map;

/** The settings page's form, for tests that post it. */
public final class SettingsForm {

    private SettingsForm() {
    }

    /** The settings page's form fields holding {@code s}, as the page would post them. */
    public static Map<String, String> fields(Settings s) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("currency", s.currency());
        fields.put("timeZone", s.timeZone());
        fields.put("grossMargin", String.valueOf(s.grossMargin()));
        fields.put("annualChurnRate", String.valueOf(s.annualChurnRate()));
        fields.put("engagementHalfLifeDays", String.valueOf(s.engagementHalfLifeDays()));
        fields.put("salesChannels", String.join(",", s.salesChannels()));
        fields.put("defaultModel", s.defaultModel());
        fields.put("defaultView", s.defaultView());
        fields.put("lookbackDays", s.lookbackDays() == null ? "all" : s.lookbackDays().toString());
        fields.put("timeDecayHalfLifeDays", String.valueOf(s.timeDecayHalfLifeDays()));
        fields.put("positionFirstShare", String.valueOf(s.positionFirstShare()));
        fields.put("positionLastShare", String.valueOf(s.positionLastShare()));
        for (TouchType t : TouchType.values()) {
            fields.put("weight." + t.id(), String.valueOf(s.touchTypeWeights().get(t.id())));
        }
        for (String t : s.highIntentTypes()) {
            fields.put("intent." + t, "on");
        }
        return fields;
    }
}
