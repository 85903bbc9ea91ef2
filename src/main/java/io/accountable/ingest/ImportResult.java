package io.accountable.ingest;

import io.accountable.i18n.Language;
import io.accountable.i18n.Text;
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
 * @param notes the warnings: what was accepted but deserves a look (unknown columns, errors left
 *     off, ...), written in the reader's language at the edge ({@link #warnings(Language)})
 * @param written true when the caller must commit; false when it must roll back
 * @param suggestedKind when the file was refused because its columns fit another kind clearly
 *     better, that kind's id; otherwise null
 */
public record ImportResult(String kind, long read, long created, long updated, long unchanged, long rejected,
        List<RowError> errors, List<Text> notes, boolean written, String suggestedKind) {

    public ImportResult(String kind, long read, long created, long updated, long unchanged, long rejected,
            List<RowError> errors, List<Text> notes, boolean written) {
        this(kind, read, created, updated, unchanged, rejected, errors, notes, written, null);
    }

    public ImportResult {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /** The warnings in English. */
    public List<String> warnings() {
        return warnings(Language.EN);
    }

    public List<String> warnings(Language language) {
        return notes.stream().map(n -> n.in(language)).toList();
    }

    /** The errors with their reasons in a language. */
    public List<RowError.Written> errors(Language language) {
        return errors.stream().map(e -> e.written(language)).toList();
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
