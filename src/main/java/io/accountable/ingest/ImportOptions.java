package io.accountable.ingest;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How to read and write one import file.
 *
 * @param mode all-or-nothing or skip-invalid
 * @param charset the file's encoding as the user told it; null means UTF-8 (a BOM is accepted,
 *     and a file that is not valid UTF-8 is refused with {@link UnsupportedFileException})
 * @param reportingCurrency opportunities' optional {@code currency} must equal it (any case)
 * @param zone the reporting time zone: a date-only instant is midnight in it
 * @param maxFieldLength a longer value rejects its row (e.g. 10,000)
 * @param plausible every instant and date must lie in it, else its row is rejected
 */
public record ImportOptions(ImportMode mode, Charset charset, String reportingCurrency, ZoneId zone,
        long maxFieldLength, io.accountable.PlausibleRange plausible) {

    public static final long DEFAULT_MAX_FIELD_LENGTH = 10_000;

    public ImportOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(plausible, "plausible");
        if (maxFieldLength <= 0) {
            throw new IllegalArgumentException("maxFieldLength must be above 0: " + maxFieldLength);
        }
    }

    /** The default plausible range around today in the reporting zone. */
    public ImportOptions(ImportMode mode, Charset charset, String reportingCurrency, ZoneId zone,
            long maxFieldLength) {
        this(mode, charset, reportingCurrency, zone, maxFieldLength,
                io.accountable.PlausibleRange.around(java.time.LocalDate.now(zone)));
    }

    /** UTF-8 and fields of up to 10,000 characters. */
    public static ImportOptions of(ImportMode mode, String reportingCurrency, ZoneId zone) {
        return new ImportOptions(mode, null, reportingCurrency, zone, DEFAULT_MAX_FIELD_LENGTH);
    }
}
