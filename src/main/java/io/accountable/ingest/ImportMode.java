package io.accountable.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an import does with a file that has rejected rows (data-and-api.md, "What a bad file gets"). */
public enum ImportMode {
    /** The default: if any row is rejected, nothing is written. */
    ALL_OR_NOTHING("all-or-nothing"),
    /** The valid rows are written, the rejected ones are listed. */
    SKIP_INVALID("skip-invalid");

    private final String id;

    ImportMode(String id) {
        this.id = id;
    }

    /** The mode as in the API's {@code mode} query parameter. */
    public String id() {
        return id;
    }

    public static Optional<ImportMode> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
    }
}
