package io.accountable.ingest;

import java.util.List;

/**
 * What a mapping made of a file, for the preview.
 *
 * @param name the mapping's name
 * @param fileColumns the file's header, as written there
 * @param ignoredColumns columns of the file no rule reads
 * @param absentColumns columns the mapping reads that the file lacks
 * @param fields the fields written, in the kind's order
 * @param rows the first rows, one cell per field
 */
public record MappingEffect(String name, List<String> fileColumns, List<String> ignoredColumns,
        List<String> absentColumns, List<String> fields, List<List<Cell>> rows) {

    /** The ignored columns, comma separated. */
    public String ignoredText() {
        return String.join(", ", ignoredColumns);
    }

    /** The absent columns, comma separated. */
    public String absentText() {
        return String.join(", ", absentColumns);
    }

    /** One field of one row: the file column and value it came from, and the value imported. */
    public record Cell(String field, String column, String fileValue, String value) {
        /** Whether the mapping changed the value (a value map, a date). */
        public boolean changed() {
            return fileValue != null && !fileValue.equals(value);
        }
    }
}
