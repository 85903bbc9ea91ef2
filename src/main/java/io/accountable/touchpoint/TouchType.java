package io.accountable.touchpoint;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The closed list of touch types of the metrics spec, with their default weights. */
public enum TouchType {
    MEETING(10), EVENT_ATTENDED(8), EMAIL_REPLY(5), CALL(4), WEBINAR_REGISTERED(2), WEB_VISIT(1),
    DIRECT_MAIL(1), AD_IMPRESSION(0.1), WEBINAR_ATTENDED(6), FORM_FILL(5), CONTENT_DOWNLOAD(4),
    AD_CLICK(2), EMAIL_CLICK(2), SOCIAL_ENGAGEMENT(1), EMAIL_OPEN(0.5), EMAIL_SENT(0);

    private final double defaultWeight;

    TouchType(double defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public String id() {
        return name().toLowerCase();
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    public static Optional<TouchType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    public static Map<String, Double> defaultWeights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (TouchType t : values()) {
            weights.put(t.id(), t.defaultWeight);
        }
        return weights;
    }
}
