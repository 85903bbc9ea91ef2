package io.accountable.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each file of the corpus in src/test/resources/import and the answer it must get. */
class CsvImporterCorpusTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final Charset CP1252 = Charset.forName("windows-1252");
    static final ImportMode ALL = ImportMode.ALL_OR_NOTHING;
    static final ImportMode SKIP = ImportMode.SKIP_INVALID;

    ImportTestDatabase db;

    @BeforeEach
    void database() throws SQLException {
        db = new ImportTestDatabase().seeded();
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    static InputStream file(String name) {
        InputStream in = CsvImporterCorpusTest.class.getResourceAsStream("/import/" + name);
        assertNotNull(in, "corpus file " + name);
        return in;
    }

    static ImportOptions options(ImportMode mode, Charset charset) {
        return new ImportOptions(mode, charset, "USD", ZONE, 10_000);
    }

    /** Runs as the service layer does: commits when written, rolls back otherwise. */
    ImportResult importFile(String name, ImportKind kind, ImportMode mode, Charset charset) throws Exception {
        try (InputStream in = file(name)) {
            ImportResult result = CsvImporter.run(in, kind, options(mode, charset), db.connection);
            if (result.written()) {
                db.connection.commit();
            } else {
                db.connection.rollback();
            }
            return result;
        }
    }

    static void assertReconciles(ImportResult r) {
        assertEquals(r.read(), r.created() + r.updated() + r.unchanged() + r.rejected(), "counts reconcile: " + r);
    }

    static Stream<Arguments> corpus() {
        return Stream.of(
                // file, kind, mode, charset, written, read, created, rejected, first error column, message fragment
                Arguments.of("accounts_semicolon.csv", ImportKind.ACCOUNTS, ALL, null, true, 2, 2, 0, null, null),
                Arguments.of("accounts_tab.csv", ImportKind.ACCOUNTS, ALL, null, true, 1, 1, 0, null, null),
                Arguments.of("accounts_bom.csv", ImportKind.ACCOUNTS, ALL, null, true, 1, 1, 0, null, null),
                Arguments.of("accounts_quoted_newline.csv", ImportKind.ACCOUNTS, ALL, null, true, 1, 1, 0, null,
                        null),
                Arguments.of("accounts_cp1252.csv", ImportKind.ACCOUNTS, ALL, CP1252, true, 1, 1, 0, null, null),
                Arguments.of("accounts_unknown_column.csv", ImportKind.ACCOUNTS, ALL, null, true, 1, 1, 0, null, null),
                Arguments.of("contacts_header_spelling.csv", ImportKind.CONTACTS, ALL, null, true, 1, 1, 0, null, null),
                Arguments.of("touchpoints_date_only.csv", ImportKind.TOUCHPOINTS, ALL, null, true, 1, 1, 0, null, null),
                Arguments.of("accounts_header_only.csv", ImportKind.ACCOUNTS, ALL, null, true, 0, 0, 0, null, null),
                Arguments.of("empty.csv", ImportKind.ACCOUNTS, ALL, null, false, 0, 0, 0, null, "empty"),
                Arguments.of("contacts_missing_column.csv", ImportKind.CONTACTS, ALL, null, false, 0, 0, 0,
                        "account_id", "Required column 'account_id' is missing"),
                Arguments.of("accounts_pipe.csv", ImportKind.ACCOUNTS, ALL, null, false, 0, 0, 0, "id",
                        "the delimiter must be ',', ';' or tab"),
                Arguments.of("touchpoints_bad_instant.csv", ImportKind.TOUCHPOINTS, ALL, null, false, 1, 0, 1,
                        "occurred_at", "ISO-8601"),
                Arguments.of("touchpoints_unknown_type.csv", ImportKind.TOUCHPOINTS, ALL, null, false, 1, 0, 1, "type",
                        "Unknown touch type"),
                Arguments.of("touchpoints_contact_other_account.csv", ImportKind.TOUCHPOINTS, ALL, null, false, 1, 0, 1,
                        "contact_id", "belongs to another account"),
                Arguments.of("opportunities_negative_amount.csv", ImportKind.OPPORTUNITIES, ALL, null, false, 1, 0, 1,
                        "amount", "must not be negative"),
                Arguments.of("contacts_unknown_reference.csv", ImportKind.CONTACTS, ALL, null, false, 1, 0, 1,
                        "account_id", "No account with id 'NO-SUCH-ACCOUNT'"),
                Arguments.of("accounts_duplicate_id.csv", ImportKind.ACCOUNTS, ALL, null, false, 2, 1, 1, "id",
                        "Duplicate id 'IMP-D1': first seen on row 1"),
                Arguments.of("accounts_ragged.csv", ImportKind.ACCOUNTS, ALL, null, false, 1, 0, 1, null,
                        "This row has 5 fields; the header has 4"),
                Arguments.of("accounts_long_field.csv", ImportKind.ACCOUNTS, ALL, null, false, 1, 0, 1, "name",
                        "longer than 10000 characters"),
                Arguments.of("accounts_unclosed_quote.csv", ImportKind.ACCOUNTS, SKIP, null, false, 2, 1, 1, null,
                        "cannot be read as CSV from data row 2 on"),
                Arguments.of("nps_score_11.csv", ImportKind.NPS, ALL, null, false, 1, 0, 1, "score", "0 to 10"),
                Arguments.of("opportunities_won_no_close.csv", ImportKind.OPPORTUNITIES, ALL, null, false, 1, 0, 1,
                        "closed_at", "A won opportunity needs closed_at"),
                Arguments.of("opportunities_closed_before_created.csv", ImportKind.OPPORTUNITIES, ALL, null, false, 1, 0,
                        1, "closed_at", "is before created_at"),
                Arguments.of("opportunities_other_currency.csv", ImportKind.OPPORTUNITIES, ALL, null, false, 1, 0, 1,
                        "currency", "reporting currency USD"),
                Arguments.of("accounts_bad_last_row.csv", ImportKind.ACCOUNTS, ALL, null, false, 3, 2, 1, "target",
                        "true or false"),
                Arguments.of("accounts_bad_last_row.csv", ImportKind.ACCOUNTS, SKIP, null, true, 3, 2, 1, "target",
                        "true or false"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("corpus")
    void shouldAnswerEachFileOfTheCorpus(String name, ImportKind kind, ImportMode mode, Charset charset,
            boolean written, long read, long created, long rejected, String column, String message) throws Exception {
        List<List<String>> before = db.snapshot();
        ImportResult r = importFile(name, kind, mode, charset);
        assertEquals(kind.id(), r.kind());
        assertEquals(written, r.written(), name + ": " + r);
        assertEquals(read, r.read(), name + ": " + r);
        assertEquals(created, r.created(), name + ": " + r);
        assertEquals(rejected, r.rejected(), name + ": " + r);
        assertReconciles(r);
        if (message == null) {
            assertEquals(List.of(), r.errors(), name);
        } else {
            RowError first = r.errors().get(0);
            assertTrue(first.message().contains(message), name + ": " + first);
            assertEquals(column, first.column(), name + ": " + first);
            if (rejected == 0) {
                assertEquals(0, first.row(), name + ": a file error is on row 0");
            } else {
                assertTrue(first.row() >= 1, name + ": a row error is on its data row");
            }
        }
        if (!written) {
            assertEquals(before, db.snapshot(), name + " leaves the database as it was");
        }
    }

    @Test
    void shouldDetectTheDelimiterAndEncodingInThePreview() throws Exception {
        assertEquals(";", preview("accounts_semicolon.csv", ImportKind.ACCOUNTS, null).delimiter());
        assertEquals("tab", preview("accounts_tab.csv", ImportKind.ACCOUNTS, null).delimiter());
        assertEquals(",", preview("accounts_bom.csv", ImportKind.ACCOUNTS, null).delimiter());
        assertEquals("windows-1252", preview("accounts_cp1252.csv", ImportKind.ACCOUNTS, CP1252).encoding());
        assertEquals("UTF-8", preview("accounts_bom.csv", ImportKind.ACCOUNTS, null).encoding());
    }

    @Test
    void shouldStoreWhatTheFilesSay() throws Exception {
        importFile("accounts_semicolon.csv", ImportKind.ACCOUNTS, ALL, null);
        assertEquals("Semi; Two", db.value("select name from account where external_id = 'IMP-S2'"));
        importFile("accounts_bom.csv", ImportKind.ACCOUNTS, ALL, null);
        assertEquals("Bom One", db.value("select name from account where external_id = 'IMP-B1'"));
        importFile("accounts_quoted_newline.csv", ImportKind.ACCOUNTS, ALL, null);
        assertEquals("Line one\nline two, with \"quotes\"",
                db.value("select name from account where external_id = 'IMP-Q1'"));
        importFile("accounts_cp1252.csv", ImportKind.ACCOUNTS, ALL, CP1252);
        assertEquals("Société Générale", db.value("select name from account where external_id = 'IMP-W1'"));
        importFile("contacts_header_spelling.csv", ImportKind.CONTACTS, ALL, null);
        assertEquals("decision_maker | ada@example.com | ACC00001", db.value("select c.role || ' | ' || c.email "
                + "|| ' | ' || a.external_id from contact c join account a on a.id = c.account_id "
                + "where c.external_id = 'IMP-C3'"));
    }

    @Test
    void shouldReadADateOnlyInstantAsMidnightInTheReportingZone() throws Exception {
        importFile("touchpoints_date_only.csv", ImportKind.TOUCHPOINTS, ALL, null);
        // 2020-03-01 in Paris (UTC+1 in winter) is 2020-02-29T23:00Z; the channel and type are normalised
        assertEquals(Instant.parse("2020-02-29T23:00:00Z"),
                db.instant("select occurred_at from touchpoint where external_id = 'IMP-TP2'"));
        assertEquals("paid_social ad_click", db.value("select channel || ' ' || type from touchpoint "
                + "where external_id = 'IMP-TP2'"));
    }

    @Test
    void shouldListUnknownColumnsAsWarnings() throws Exception {
        ImportResult r = importFile("accounts_unknown_column.csv", ImportKind.ACCOUNTS, ALL, null);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("'Favourite Colour'")), r.warnings().toString());
        Preview p = preview("accounts_unknown_column.csv", ImportKind.ACCOUNTS, null);
        assertEquals(List.of("Favourite Colour"), p.unknownColumns());
        assertEquals("id", p.headerMapping().get("ID"));
    }

    @Test
    void shouldSayAHeaderOnlyFileHasNothingToImport() throws Exception {
        ImportResult r = importFile("accounts_header_only.csv", ImportKind.ACCOUNTS, ALL, null);
        assertTrue(r.warnings().get(0).contains("no data rows"), r.warnings().toString());
    }

    @Test
    void shouldListEveryMissingColumnOfAPipeFile() throws Exception {
        Preview p = preview("accounts_pipe.csv", ImportKind.ACCOUNTS, null);
        assertEquals(List.of("id", "name"), p.missingColumns());
        assertEquals(2, p.dryRun().errors().size());
        assertEquals(List.of("id|name|segment"), p.unknownColumns());
    }

    @Test
    void shouldRefuseABinaryFileAs415() {
        UnsupportedFileException e = assertThrows(UnsupportedFileException.class,
                () -> importFile("binary.csv", ImportKind.ACCOUNTS, ALL, null));
        assertTrue(e.getMessage().contains("not a CSV text file"), e.getMessage());
        assertThrows(UnsupportedFileException.class, () -> preview("binary.csv", ImportKind.ACCOUNTS, null));
    }

    @Test
    void shouldRefuseWindows1252AsUtf8AndSayWhatToDo() {
        UnsupportedFileException e = assertThrows(UnsupportedFileException.class,
                () -> importFile("accounts_cp1252.csv", ImportKind.ACCOUNTS, ALL, null));
        assertTrue(e.getMessage().contains("charset windows-1252"), e.getMessage());
    }

    Preview preview(String name, ImportKind kind, Charset charset) throws IOException {
        try (InputStream in = file(name)) {
            return CsvImporter.preview(in, kind, options(ALL, charset), db.connection);
        }
    }
}
