package io.accountable.attribution.engine;

/** How an opportunity becomes a conversion (spec section 1). */
public enum View {
    /** A won opportunity converts when it closes; the default view. */
    REVENUE("revenue"),
    /** Any opportunity converts when it is created. */
    PIPELINE("pipeline");

    private final String id;

    View(String id) {
        this.id = id;
    }

    /** The id used by the API and the settings. */
    public String id() {
        return id;
    }

    /**
     * Parses an API id, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException when the id is null or unknown
     */
    public static View parse(String value) {
        if (value != null) {
            String wanted = value.strip();
            for (View view : values()) {
                if (view.id.equalsIgnoreCase(wanted)) {
                    return view;
                }
            }
        }
        throw new IllegalArgumentException("Unknown attribution view '" + value + "': expected revenue or pipeline");
    }
}
