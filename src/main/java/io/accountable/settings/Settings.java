package io.accountable.settings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.accountable.touchpoint.TouchType;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an analyst can change, with the defaults of the metrics rules (docs/metrics.md). A change
 * takes effect on the next request: services read {@link SettingsService#current()} every time.
 * The constraints are checked by Hibernate Validator before a version is saved. Their messages
 * are English; {@link AdminLabels#validation} writes them in the reader's language (the
 * {@code adm} bundle holds each one as a {@code v_} message: change both together).
 */
public record Settings(
        @NotBlank(message = "The reporting currency is required.")
        String currency,
        @NotBlank(message = "The time zone is required.")
        String timeZone,
        @DecimalMin(value = "0", message = "The gross margin is between 0 and 1 (0.75 is 75 %).")
        @DecimalMax(value = "1", message = "The gross margin is between 0 and 1 (0.75 is 75 %).")
        double grossMargin,
        @DecimalMin(value = "0", message = "The annual churn rate is between 0 and 1 (0.10 is 10 %).")
        @DecimalMax(value = "1", message = "The annual churn rate is between 0 and 1 (0.10 is 10 %).")
        double annualChurnRate,
        @NotNull
        Map<String, @NotNull(message = "A weight is required.")
                @DecimalMin(value = "0", message = "A weight is a number of 0 or more.")
                @DecimalMax(value = "1000", message = "A weight is at most 1000.") Double> touchTypeWeights,
        @NotNull
        List<String> highIntentTypes,
        @NotNull
        List<@Pattern(regexp = "[a-z0-9_]{1,100}", message = "A channel is lower-case letters, digits and _.")
                String> salesChannels,
        @DecimalMin(value = "0", inclusive = false, message = "The engagement half-life is a number of days above 0.")
        @DecimalMax(value = "3650", message = "The engagement half-life is at most 3650 days (10 years).")
        double engagementHalfLifeDays,
        @NotNull(message = "Choose a default model.")
        @Pattern(regexp = "first_touch|last_touch|linear|time_decay|position_based|w_shaped|full_path|custom|markov"
                + "|shapley", message = "The default model is one of the ten models.")
        String defaultModel,
        @NotNull(message = "Choose a default view.")
        @Pattern(regexp = "revenue|pipeline", message = "The default view is revenue or pipeline.")
        String defaultView,
        @Min(value = 0, message = "The lookback window is 0 days or more (or 'all').")
        @Max(value = 36_500, message = "The lookback window is at most 36500 days (100 years), or 'all'.")
        Integer lookbackDays,
        @DecimalMin(value = "0", inclusive = false, message = "The time-decay half-life is a number of days above 0.")
        @DecimalMax(value = "3650", message = "The time-decay half-life is at most 3650 days (10 years).")
        double timeDecayHalfLifeDays,
        @DecimalMin(value = "0", message = "The first-touch share is between 0 and 1.")
        @DecimalMax(value = "1", message = "The first-touch share is between 0 and 1.")
        double positionFirstShare,
        @DecimalMin(value = "0", message = "The last-touch share is between 0 and 1.")
        @DecimalMax(value = "1", message = "The last-touch share is between 0 and 1.")
        double positionLastShare) {

    public static Settings defaults() {
        return new Settings("USD", "UTC", 0.75, 0.10, TouchType.defaultWeights(),
                List.of("content_download", "form_fill", "email_reply", "meeting", "webinar_attended", "event_attended"),
                List.of("sdr_outreach"), 30, "linear", "revenue", 180, 7, 0.4, 0.4);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /**
     * ISO 4217: a code Java knows as a currency (USD, EUR, MDL, RUB, RON...), not just three
     * letters; codes without minor units (gold, XXX "no currency", test codes) are refused.
     */
    @JsonIgnore
    @AssertTrue(message = "The reporting currency is an ISO 4217 code such as USD, EUR, RON or MDL.")
    public boolean isCurrencyIso() {
        return currency == null || currency.isBlank() || currency.matches("[A-Z]{3}")
                && java.util.Currency.getAvailableCurrencies().stream()
                        .anyMatch(c -> c.getCurrencyCode().equals(currency) && c.getDefaultFractionDigits() >= 0);
    }

    @JsonIgnore
    @AssertTrue(message = "The time zone is unknown; use a name such as UTC, Europe/Chisinau or Europe/Bucharest.")
    public boolean isTimeZoneKnown() {
        if (timeZone == null || timeZone.isBlank()) {
            return true;
        }
        try {
            ZoneId.of(timeZone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    @JsonIgnore
    @AssertTrue(message = "Every touch type needs a weight.")
    public boolean isWeightsComplete() {
        return touchTypeWeights == null || java.util.Arrays.stream(TouchType.values())
                .allMatch(t -> touchTypeWeights.containsKey(t.id()));
    }

    @JsonIgnore
    @AssertTrue(message = "High-intent types must be touch types.")
    public boolean isHighIntentKnown() {
        return highIntentTypes == null || highIntentTypes.stream().allMatch(t -> TouchType.fromId(t).isPresent());
    }

    @JsonIgnore
    @AssertTrue(message = "The first-touch and last-touch shares add up to at most 1.")
    public boolean isSharesAddUp() {
        return positionFirstShare + positionLastShare <= 1 + 1e-12;
    }

    public Settings withWeights(Map<String, Double> weights) {
        return new Settings(currency, timeZone, grossMargin, annualChurnRate, new LinkedHashMap<>(weights),
                highIntentTypes, salesChannels, engagementHalfLifeDays, defaultModel, defaultView, lookbackDays,
                timeDecayHalfLifeDays, positionFirstShare, positionLastShare);
    }
}
