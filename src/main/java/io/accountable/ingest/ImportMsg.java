package io.accountable.ingest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the Import page and of every answer of an import: the page's texts, the summary,
 * the notes and warnings, and the row-level reasons. English here; Russian and Romanian in
 * {@code messages/imp_ru.properties} and {@code messages/imp_ro.properties}. Templates write
 * {@code {imp:key}}; a reason made deep in the importer is a {@link io.accountable.i18n.Text}
 * ({@code l -> ImportTexts.of(l).key(...)}) written out in the reader's language at the edge.
 * Column names, ids and values stay as they are in every language.
 */
@MessageBundle(value = "imp", locale = "en")
public interface ImportMsg {

    // ---- the Import page ----------------------------------------------------------------------
    @Message("Import data")
    String heading();

    @Message("CSV files in the format of the import guide: one file per kind, a header row,")
    String intro_format();

    @Message("or tab as delimiter. Nothing is written before you confirm the preview. Re-importing a file never duplicates: rows are matched by their")
    String intro_confirm();

    @Message("What the file holds")
    String field_kind();

    @Message("File")
    String field_file();

    @Message("If some rows are wrong")
    String field_mode();

    @Message("write nothing (all or nothing)")
    String mode_option_all();

    @Message("write the valid rows (skip invalid)")
    String mode_option_skip();

    @Message("Encoding")
    String field_charset();

    @Message("UTF-8 (with or without BOM)")
    String charset_utf8();

    @Message("Windows-1252 (older Excel exports)")
    String charset_windows();

    @Message("Preview")
    String preview();

    @Message("Download")
    String download();

    @Message("Everything as import files:")
    String download_exports();

    @Message("Sample files of the demo company:")
    String download_samples();

    @Message("History")
    String history();

    @Message("When (UTC)")
    String col_when();

    @Message("Who")
    String col_who();

    @Message("Kind")
    String col_kind();

    @Message("File")
    String col_file();

    @Message("Mode")
    String col_mode();

    @Message("Status")
    String col_status();

    @Message("Read")
    String col_read();

    @Message("Created")
    String col_created();

    @Message("Updated")
    String col_updated();

    @Message("Unchanged")
    String col_unchanged();

    @Message("Rejected")
    String col_rejected();

    @Message("No imports yet.")
    String no_imports();

    @Message("Choose a file to import.")
    String choose_file();

    @Message("This preview has expired; upload the file again.")
    String preview_expired();

    // ---- what the kinds, modes and statuses read as (ids stay as they are in files and the API)
    @Message("accounts")
    String kind_accounts();

    @Message("contacts")
    String kind_contacts();

    @Message("campaigns")
    String kind_campaigns();

    @Message("touchpoints")
    String kind_touchpoints();

    @Message("opportunities")
    String kind_opportunities();

    @Message("stage_changes")
    String kind_stage_changes();

    @Message("costs")
    String kind_costs();

    @Message("nps")
    String kind_nps();

    @Message("all-or-nothing")
    String mode_all_or_nothing();

    @Message("skip-invalid")
    String mode_skip_invalid();

    @Message("running")
    String status_running();

    @Message("succeeded")
    String status_succeeded();

    @Message("rejected")
    String status_rejected();

    @Message("failed")
    String status_failed();

    @Message("refused")
    String status_refused();

    // ---- the preview and the result -----------------------------------------------------------
    @Message("Import preview")
    String preview_title();

    @Message("Breadcrumb")
    String breadcrumb();

    @Message("Import result")
    String result_heading();

    @Message("Imported: {created} created, {updated} updated, {unchanged} unchanged{#if rejected > 0}, {rejected} rejected row{#if rejected != 1}s{/if} skipped{/if}.")
    String imported(long created, long updated, long unchanged, long rejected);

    @Message("Nothing was written: {rejected} rows are wrong and the mode is all or nothing.")
    String nothing_written_all_or_nothing(long rejected);

    @Message("This file cannot be imported as it is: see the errors below. Nothing has been written.")
    String file_refused();

    @Message("Nothing has been written yet. {rejected} of {read} rows are rejected, so an all-or-nothing import would write nothing. Correct the file and upload it again{#if valid > 0}, or import the {valid} valid row{#if valid != 1}s{/if} and skip the rejected ones{/if}.")
    String would_write_nothing(long rejected, long read, long valid);

    @Message("Nothing has been written yet. If you confirm: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected ({mode}).")
    String if_you_confirm(long created, long updated, long unchanged, long rejected, String mode);

    @Message("Counts")
    String counts();

    @Message("How the file was read")
    String how_read();

    @Message("Encoding {encoding}")
    String encoding_is(String encoding);

    @Message("delimiter")
    String delimiter();

    @Message("tab")
    String delimiter_tab();

    @Message("How each column of the file is read")
    String columns_caption();

    @Message("Column in the file")
    String col_in_file();

    @Message("Read as")
    String col_read_as();

    @Message("unknown column, ignored")
    String unknown_ignored();

    @Message("(missing)")
    String missing();

    @Message("{column}: required, the file is refused")
    String required_refused(String column);

    @Message("First rows as they will be read")
    String first_rows();

    @Message("Rejected rows")
    String rejected_rows();

    @Message("Download the rejected rows (CSV with a reason column)")
    String download_rejected();

    @Message("Row")
    String col_row();

    @Message("Column")
    String col_column();

    @Message("Value")
    String col_value();

    @Message("Reason")
    String col_reason();

    @Message("Import the {valid} valid row{#if valid != 1}s{/if}")
    String import_valid(long valid);

    @Message("Confirm the import")
    String confirm();

    @Message("Cancel")
    String cancel();

    @Message("Import another file")
    String import_another();

    @Message("Open the dashboard")
    String open_dashboard();

    @Message("Importing…")
    String progress_started();

    @Message("Finishing…")
    String progress_finishing();

    @Message("Importing: {read} of {total} rows read…")
    String progress_importing(long read, long total);

    // ---- reasons of a rejected row (RowValidator) ---------------------------------------------
    @Message("{column} is required: this row has no value.")
    String required(String column);

    @Message("Unknown touch type; one of {types}.")
    String unknown_touch_type(String types);

    @Message("Must be one of {choices}.")
    String one_of(String choices);

    @Message("Must be true or false.")
    String true_or_false();

    @Message("Must be an ISO date like 2026-03-01.")
    String iso_date();

    @Message("Must be a whole number above 0 (like 12).")
    String whole_above_zero();

    @Message("A score is a whole number from 0 to 10.")
    String score();

    @Message("Amounts must be in the reporting currency {currency}; this row is in {value}. Convert it, or leave currency empty.")
    String other_currency(String currency, String value);

    @Message("No {table} with id '{id}': import the {kind} first, or correct the id.")
    String unknown_reference(String table, String id, String kind);

    @Message("{column} has an invisible character (U+{code}, a zero-width, bidirectional or control character) at position {position}: ids must be visible text. Retype the id.")
    String invisible_character(String column, String code, long position);

    @Message("{column} {value} is not a plausible date: it must lie from {earliest} to {latest}. Correct the value (the plausible range is a setting of the installation: accountable.plausible.earliest and .ahead).")
    String implausible_date(String column, String value, String earliest, String latest);

    @Message("{column} is at most {max} characters; this one has {length}.")
    String too_long(String column, long max, long length);

    @Message("Must be an ISO-8601 instant like 2026-03-01T14:05:00Z or 2026-03-01T14:05:00+02:00, or a date like 2026-03-01.")
    String iso_instant();

    @Message("The time has no offset: write it as ISO-8601 with Z (UTC) or an offset, like 2026-03-01T14:05:00Z or 2026-03-01T14:05:00+02:00.")
    String no_offset();

    @Message("Use '.' as the decimal separator (1234.50, not 1234,50).")
    String decimal_comma();

    @Message("Must be a decimal number with '.' (like 1234.50), without thousands separators or currency signs.")
    String not_decimal();

    @Message("{column} must not be negative.")
    String negative(String column);

    @Message("{column} is too large (at most 15 digits before the point).")
    String too_large_amount(String column);

    @Message("{column} {value} has more than {scale} decimals: rounded half-up to {stored}.")
    String rounded(String column, String value, long scale, String stored);

    @Message("A {status} opportunity needs closed_at (when it was {status}).")
    String needs_closed_at(String status);

    @Message("closed_at {closed} is before created_at {created}.")
    String closed_before_created(String closed, String created);

    @Message("end_date {end} is before start_date {start}.")
    String end_before_start(String end, String start);

    @Message("Contact '{contact}' belongs to another account than '{account}': a touch or answer of a contact must be on the contact's own account.")
    String contact_other_account(String contact, String account);

    // ---- reasons about the file and its rows (ImportRun, CsvInput) ----------------------------
    @Message("The file is empty: the first line must name the columns, like {columns}.")
    String file_empty(String columns);

    @Message("The file is empty (only blank lines): the first line must name the columns, like {columns}.")
    String file_blank(String columns);

    @Message("The file has a header but no data rows: there is nothing to import.")
    String no_data_rows();

    @Message("{count} blank row(s) were skipped.")
    String blank_rows(long count);

    @Message("A row is longer than {limit} characters: a quote is probably left open (a value that starts with \" must end with \"). Nothing after data row {row} could be read.")
    String quote_left_open(long limit, long row);

    @Message("The file cannot be read as CSV from data row {row} on: {cause}. Look for a quote left open or text after a closing quote; a value with quotes in it must be quoted and its quotes doubled (\"say \"\"hi\"\"\").")
    String unreadable_csv(long row, String cause);

    @Message("Column {number} has no name and is ignored.")
    String column_without_name(long number);

    @Message("Unknown column '{name}' is ignored.")
    String unknown_column(String name);

    @Message("{count} columns are unknown and ignored; the first {max}: {names}. Is this the right kind of file?")
    String many_unknown_columns(long count, long max, String names);

    @Message("The columns '{first}' and '{second}' are both {column}: keep one of them.")
    String duplicate_column(String first, String second, String column);

    @Message("Required column '{column}' is missing. The header was read as {names} with the delimiter '{delimiter}'.")
    String missing_column(String column, String names, String delimiter);

    @Message("Required column '{column}' is missing. The header was read as {names} with the delimiter '{delimiter}'; the delimiter must be ',', ';' or tab.")
    String missing_column_one_field(String column, String names, String delimiter);

    @Message("The row is longer than {limit} characters: this value is far too long, and the rest of the row was skipped.")
    String row_cut(long limit);

    @Message("This row has {fields} fields; the header has {header}. A value with the delimiter '{delimiter}' in it must be in quotes.")
    String field_count(long fields, long header, String delimiter);

    @Message("The value is longer than {max} characters ({length}).")
    String value_too_long(long max, long length);

    @Message("Duplicate id '{id}': first seen on row {row}.")
    String duplicate_id(String id, long row);

    @Message("Duplicate stage change (same opportunity_id, stage and entered_at): first seen on row {row}.")
    String duplicate_stage_change(long row);

    @Message("Row {row}: {note}")
    String row_note(long row, String note);

    @Message("{count} amounts had more than 6 decimals and were rounded half-up; the first {max} are listed.")
    String many_rounded(long count, long max);

    @Message("Only the first {listed} errors are listed; {rejected} rows were rejected in all.")
    String errors_left_off(long listed, long rejected);

    @Message("Nothing was written: {rejected} row(s) were rejected and the mode is all-or-nothing. Correct them, or import with skip-invalid to write the {valid} valid row(s).")
    String nothing_written_some_valid(long rejected, long valid);

    @Message("Nothing was written: {rejected} row(s) were rejected and the mode is all-or-nothing. Correct them and import the file again.")
    String nothing_written_none_valid(long rejected);

    @Message("This file is not a CSV text file: it holds binary data (NUL bytes). Is it a spreadsheet (.xlsx), an image, or text saved as UTF-16? Save it as CSV (UTF-8) and import it again.")
    String binary_file();

    @Message("This file is not UTF-8 text (byte 0x{hex} at position {position} is not UTF-8). If it was saved as Windows-1252 (Excel on Windows often does), import it again with charset windows-1252, or save it as CSV UTF-8.")
    String not_utf8_at(String hex, long position);

    @Message("This file is not UTF-8 text: a byte after data row {row} is not UTF-8. If it was saved as Windows-1252 (Excel on Windows often does), import it again with charset windows-1252, or save it as CSV UTF-8.")
    String not_utf8_after(long row);

    // ---- refusals of the service and the API --------------------------------------------------
    @Message("Another import is running; this one waited {seconds} s and wrote nothing. Try again when the import in the history has finished.")
    String busy(long seconds);

    @Message("The file has {size} bytes; the limit is {limit} bytes ({megabytes} MB). Split it and import the parts.")
    String file_too_large(long size, long limit, long megabytes);

    @Message("The import failed; nothing was written.")
    String import_failed();

    @Message("Interrupted (the application stopped during the import); nothing was written.")
    String import_interrupted();

    @Message("The content type '{type}' is not accepted: send the CSV as the body with Content-Type text/csv, or as the multipart/form-data part 'file'. Nothing was written.")
    String content_type_refused(String type);

    // ---- large files: the check and the import in the background, with progress and cancel -----
    @Message("cancelled")
    String status_cancelled();

    @Message("Cancelled after {rows} rows were read; nothing was written.")
    String import_cancelled(long rows);

    @Message("Cancelled during the check, after {rows} rows were read; nothing was written.")
    String validation_cancelled(long rows);

    @Message("The check of the file failed; nothing was written. Upload it again; if it fails again, the server log says why.")
    String check_failed();

    @Message("Cancelled: nothing was written.")
    String cancelled_nothing_written();

    @Message("The import had already ended when the cancel arrived: see its result in the history.")
    String cancel_too_late();

    @Message("Checking every row: {rows} rows read, {percent} % of the file…")
    String checking_rows(long rows, int percent);

    @Message("A large file: its first rows are shown now while every row is checked. The counts, the rejected rows and the button to import appear when the check ends. Nothing has been written.")
    String checking_note();

    @Message("Importing in one transaction: nothing of the file is visible until it ends, and a cancel writes nothing.")
    String importing_note();

    @Message("Cancel the check")
    String cancel_check();

    @Message("Cancel the import")
    String cancel_import();

    @Message("Progress")
    String progress_label();

    // ---- undo of an import, and a file of another kind (issue 17) -----------------------------
    @Message("undone")
    String status_undone();

    @Message("import undone")
    String action_import_undone();

    @Message("Undo")
    String undo_button();

    @Message("Undo import {id}: remove the rows it created and give the rows it updated their earlier values")
    String undo_title(long id);

    @Message("Import {id} was undone: {removed} created row(s) removed, {restored} updated row(s) given their earlier values.")
    String undo_done(long id, long removed, long restored);

    @Message("There is no import {id}.")
    String undo_not_found(String id);

    @Message("Import {id} has already been undone.")
    String undo_already(long id);

    @Message("Import {id} wrote no rows; there is nothing to undo.")
    String undo_nothing(long id);

    @Message("Import {id} is not the latest import of its kind: import {later} came after it. Only the latest import of each kind can be undone; nothing was changed.")
    String undo_not_latest(long id, long later);

    @Message("Import {id} was made before imports recorded what they change, so it cannot be undone; nothing was changed.")
    String undo_not_recorded(long id);

    @Message("A later import ({later}) changed rows that import {id} wrote; undoing it would lose that change. Nothing was changed.")
    String undo_overlap(long id, long later);

    @Message("Rows this import created are used by other data now (for example contacts or opportunities of an account it created). Undo the imports of that data first; nothing was changed.")
    String undo_referenced();

    @Message("The row '{key}' that import {id} updated is no longer there, so its earlier values cannot be given back; nothing was changed.")
    String undo_row_gone(long id, String key);

    @Message("This looks like a file of {suggested}, not of {chosen}: its columns fit {suggested} better. Nothing was imported; import it as {suggested} if that is what it holds.")
    String wrong_kind(String suggested, String chosen);

    @Message("Preview it as {kind}")
    String preview_as(String kind);

    // ---- column and value mappings (CRM exports as they are) ----------------------------------
    @Message("Mapping")
    String map_field();

    @Message("none: the file is in Accountable's import format")
    String map_none();

    @Message("Presets")
    String map_presets();

    @Message("Saved mappings")
    String map_saved();

    @Message("A preset reads the export of HubSpot, Salesforce or Marketo as it is (the CRM import guide lists each file column by column); a saved mapping is one you defined for your own files.")
    String map_help();

    @Message("What the mapping {name} makes of the first rows")
    String map_effect_heading(String name);

    @Message("Each cell: the value in the file → the value imported.")
    String map_effect_intro();

    @Message("Columns of the file the mapping does not read: {columns}")
    String map_ignored(String columns);

    @Message("Columns the mapping reads that the file does not have: {columns}")
    String map_absent(String columns);

    @Message("Define a mapping for this file")
    String map_define_heading();

    @Message("Choose for each column of the file the field it holds, or leave it ignored. Save the mapping under a name to use it again, here or with ?mapping=name in the API.")
    String map_define_intro();

    @Message("Column of the file")
    String map_col_file_column();

    @Message("Field")
    String map_col_field();

    @Message("ignored")
    String map_ignore();

    @Message("Value map")
    String map_values();

    @Message("One line per value: field: file value = field value, e.g. status: Closed Won = won. * stands for any other value.")
    String map_values_help();

    @Message("Date format")
    String map_date_format();

    @Message("Empty for ISO-8601; e.g. MM/dd/yyyy, dd.MM.yyyy or MM/dd/yyyy hh:mm a.")
    String map_date_format_help();

    @Message("Time zone of the file's local times")
    String map_time_zone();

    @Message("Empty for the reporting time zone; e.g. America/New_York.")
    String map_time_zone_help();

    @Message("Name of the mapping")
    String map_name();

    @Message("Save the mapping and preview again")
    String map_save();

    @Message("The mapping {name} is saved.")
    String map_saved_note(String name);

    @Message("There is no mapping '{name}' for {kind}. Mappings for {kind}: {names}.")
    String map_unknown(String name, String kind, String names);

    @Message("The preset '{name}' has no mapping for {kind}; it maps {kinds}.")
    String map_preset_kind(String name, String kind, String kinds);

    @Message("A mapping's name is 1 to 60 lower case letters, digits, - and _, starting with a letter or a digit; got '{name}'.")
    String map_name_invalid(String name);

    @Message("'{name}' is the name of a preset; save your mapping under another name.")
    String map_name_reserved(String name);

    @Message("Unknown kind '{kind}'; one of {kinds}.")
    String map_kind_unknown(String kind, String kinds);

    @Message("The mapping is not valid JSON: {detail}")
    String map_json_invalid(String detail);

    @Message("Value map line '{line}' is not written as field: file value = field value.")
    String map_value_line(String line);

    @Message("The mapping '{name}' cannot be used:")
    String mapping_invalid(String name);

    @Message("The mapping gives no field: map at least one column of the file to a field.")
    String mapping_no_fields();

    @Message("A rule of the mapping names no column of the file.")
    String mapping_column_blank();

    @Message("Column '{column}': '{op}' is not an operation; use first, append or header.")
    String mapping_bad_op(String column, String op);

    @Message("Column '{column}': {kind} have no field '{field}'; the fields are {fields}.")
    String mapping_unknown_field(String column, String field, String kind, String fields);

    @Message("Value map of {field}: '{from}' becomes '{to}', which is not one of {list}.")
    String mapping_bad_value(String from, String to, String field, String list);

    @Message("'{format}' is not a date format: write it as MM/dd/yyyy, dd.MM.yyyy or MM/dd/yyyy hh:mm a (y year, M month, d day, H hour 0-23, h hour 1-12, m minute, s second, a AM/PM).")
    String mapping_bad_date_format(String format);

    @Message("'{zone}' is not a time zone: write a region such as Europe/Chisinau or America/New_York, or UTC.")
    String mapping_bad_zone(String zone);
}
