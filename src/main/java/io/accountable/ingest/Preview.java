package io.accountable.ingest;

import java.util.List;
import java.util.Map;

/**
 * What an import of a file would do, shown before the user confirms it.
 *
 * @param encoding the charset the file was read with ({@code UTF-8}, {@code windows-1252})
 * @param delimiter {@code ","}, {@code ";"} or {@code "tab"}
 * @param headerMapping each recognised header of the file (as written there) and its spec column
 * @param unknownColumns headers of the file that match no spec column (ignored)
 * @param missingColumns required spec columns the file lacks (the import is refused)
 * @param firstRows up to 10 data rows as read (untrimmed), by spec column
 * @param dryRun every row validated and classified against the database; nothing written
 */
public record Preview(String encoding, String delimiter, Map<String, String> headerMapping,
        List<String> unknownColumns, List<String> missingColumns, List<Map<String, String>> firstRows,
        ImportResult dryRun) {
}
