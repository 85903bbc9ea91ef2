package io.accountable.settings;

import io.accountable.touchpoint.TouchType;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an analyst can change, with the defaults of the metrics spec. A change takes effect
 * on the next request: services read {@link SettingsService#current()} every time.
 */
public record Settings(
        String currency,
        String timeZone,
        double grossMargin,
        double annualChurnRate,
        Map<String, Double> touchTypeWeights,
        List<String> highIntentTypes,
        List<String> salesChannels,
        double engagementHalfLifeDays,
        String defaultModel,
        String defaultView,
        Integer lookbackDays,
        double timeDecayHalfLifeDays,
        double positionFirstShare,
        double positionLastShare) {

    public static Settings defaults() {
        return new Settings("USD", "UTC", 0.75, 0.10, TouchType.defaultWeights(),
                List.of("content_download", "form_fill", "email_reply", "meeting", "webinar_attended", "event_attended"),
                List.of("sdr_outreach"), 30, "linear", "revenue", 180, 7, 0.4, 0.4);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** Every problem, in words a user understands; empty when the settings can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            problems.add("The reporting currency is a three-letter ISO code such as USD or EUR.");
        }
        try {
            ZoneId.of(timeZone == null ? "" : timeZone);
        } catch (DateTimeException e) {
            problems.add("The time zone '" + timeZone + "' is unknown; use a name such as UTC or Europe/Paris.");
        }
        if (!(grossMargin >= 0 && grossMargin <= 1)) {
            problems.add("The gross margin is between 0 and 1 (0.75 is 75 %).");
        }
        if (!(annualChurnRate >= 0 && annualChurnRate <= 1)) {
            problems.add("The annual churn rate is between 0 and 1 (0.10 is 10 %).");
        }
        for (TouchType type : TouchType.values()) {
            Double w = touchTypeWeights == null ? null : touchTypeWeights.get(type.id());
            if (w == null || !(w >= 0) || w.isInfinite()) {
                problems.add("The weight of " + type.id() + " is a number of 0 or more.");
            }
        }
        for (String t : highIntentTypes == null ? List.<String>of() : highIntentTypes) {
            if (TouchType.fromId(t).isEmpty()) {
                problems.add("'" + t + "' is not a touch type.");
            }
        }
        if (!(engagementHalfLifeDays > 0)) {
            problems.add("The engagement half-life is a number of days above 0.");
        }
        if (!List.of("first_touch", "last_touch", "linear", "time_decay", "position_based", "w_shaped", "full_path",
                "custom", "markov", "shapley").contains(defaultModel)) {
            problems.add("The default model '" + defaultModel + "' is unknown.");
        }
        if (!List.of("revenue", "pipeline").contains(defaultView)) {
            problems.add("The default view is revenue or pipeline.");
        }
        if (lookbackDays != null && lookbackDays < 0) {
            problems.add("The lookback window is 0 days or more (or empty for all history).");
        }
        if (!(timeDecayHalfLifeDays > 0)) {
            problems.add("The time-decay half-life is a number of days above 0.");
        }
        if (!(positionFirstShare >= 0 && positionLastShare >= 0 && positionFirstShare + positionLastShare <= 1)) {
            problems.add("The position-based first and last shares are 0 or more and add up to at most 1.");
        }
        return problems;
    }

    public Settings withWeights(Map<String, Double> weights) {
        return new Settings(currency, timeZone, grossMargin, annualChurnRate, new LinkedHashMap<>(weights),
                highIntentTypes, salesChannels, engagementHalfLifeDays, defaultModel, defaultView, lookbackDays,
                timeDecayHalfLifeDays, positionFirstShare, positionLastShare);
    }
}
