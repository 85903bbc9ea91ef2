package io.accountable.attribution.engine;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The attribution models of spec section 3, in the spec's order. */
public enum ModelId {
    FIRST_TOUCH("first_touch", "First touch"),
    LAST_TOUCH("last_touch", "Last touch"),
    LINEAR("linear", "Linear"),
    TIME_DECAY("time_decay", "Time decay"),
    POSITION_BASED("position_based", "Position-based (U-shaped)"),
    W_SHAPED("w_shaped", "W-shaped"),
    FULL_PATH("full_path", "Full path (Z-shaped)"),
    CUSTOM("custom", "Custom weights"),
    MARKOV("markov", "Data-driven: Markov removal effect"),
    SHAPLEY("shapley", "Data-driven: Shapley value");

    private final String id;
    private final String label;

    ModelId(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used by the API, e.g. {@code position_based}. */
    public String id() {
        return id;
    }

    /** The name shown to users, as written in the spec. */
    public String label() {
        return label;
    }

    /** Whether credit depends on the other journeys (and so on the non-converting paths). */
    public boolean dataDriven() {
        return this == MARKOV || this == SHAPLEY;
    }

    /**
     * Parses an API id, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException when the id is null or unknown; the message lists the valid ids
     */
    public static ModelId parse(String value) {
        if (value != null) {
            String wanted = value.strip();
            for (ModelId model : values()) {
                if (model.id.equalsIgnoreCase(wanted)) {
                    return model;
                }
            }
        }
        String valid = Arrays.stream(values()).map(ModelId::id).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("Unknown attribution model '" + value + "': expected one of " + valid);
    }
}
