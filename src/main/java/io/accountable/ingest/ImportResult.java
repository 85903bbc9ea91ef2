package io.accountable.ingest;

import java.util.List;

/**
 * The answer of an import, as in data-and-api.md. The counts always reconcile:
 * {@code read = created + updated + unchanged + rejected}. When nothing was written (a preview,
 * or an all-or-nothing import with rejected rows), created and updated say what an import would
 * have done.
 *
 * @param kind the kind's id ({@code accounts}, ...)
 * @param read data rows read (blank rows are skipped and not counted)
 * @param errors the first {@link CsvImporter#MAX_ERRORS} errors, one per rejected row, plus the
 *     file-level errors (row 0); {@code rejected} counts them all
 * @param warnings what was accepted but deserves a look (unknown columns, errors left off, ...)
 * @param written true when the caller must commit; false when it must roll back
 */
public record ImportResult(String kind, long read, long created, long updated, long unchanged, long rejected,
        List<RowError> errors, List<String> warnings, boolean written) {

    public ImportResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** The rows that passed validation: {@code read - rejected}. */
    public long valid() {
        return read - rejected;
    }

    /** The file as a whole was refused (an error on row 0: empty, a column missing, unreadable CSV). */
    public boolean refused() {
        return errors.stream().anyMatch(e -> e.row() == 0);
    }
}
