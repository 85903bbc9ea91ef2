package io.accountable.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Upserts, modes and previews of {@link CsvImporter} on an H2 database. */
class CsvImporterTest {

    /** One small file of every kind, parents first, using every column and the spelling freedoms. */
    static final Map<ImportKind, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put(ImportKind.ACCOUNTS, """
                id,name,domain,industry,segment,region,tier,target,employees,annual_revenue,created_at
                A1,Alpha,alpha.example,Software,Enterprise,EMEA,One_To_One,TRUE,1200,12345678.123456,2025-01-02T03:04:05.123456789Z
                A2,Beta,,,,,,false,,,2025-02-01
                """);
        FILES.put(ImportKind.CONTACTS, """
                id,account_id,name,email,title,role,created_at
                C1,A1,Ada,ada@example.com,CTO,champion,2025-03-01T10:00:00+02:00
                C2,A2,Bob,,,,
                """);
        FILES.put(ImportKind.CAMPAIGNS, """
                id,name,channel,program,start_date,end_date,budget
                K1,Spring Launch, Paid-Social ,Launch,2026-03-01,2026-03-31,5000
                K2,Webinar,webinar,,,,
                """);
        FILES.put(ImportKind.OPPORTUNITIES, """
                id,account_id,name,amount,status,type,stage,created_at,closed_at,contract_months,one_time_fees,currency
                O1,A1,Deal,100000.5,won,new_business,Closed Won,2026-01-01T00:00:00Z,2026-02-01T00:00:00Z,12,500,usd
                O2,A2,,2000,open,,,2026-01-15,,,,
                """);
        FILES.put(ImportKind.STAGE_CHANGES, """
                opportunity_id,stage,entered_at
                O1,Discovery,2026-01-01T00:00:00Z
                O1,Closed Won,2026-02-01T01:00:00+01:00
                """);
        FILES.put(ImportKind.TOUCHPOINTS, """
                id,account_id,contact_id,campaign_id,channel,type,occurred_at,funnel_stage
                T1,A1,C1,K1,Paid Social,AD_CLICK,2026-03-02T09:00:00Z,TOFU
                T2,A2,,,Email,email_open,2026-03-03,
                """);
        FILES.put(ImportKind.COSTS, """
                id,date,amount,campaign_id,channel,category,team
                X1,2026-03-01,1000.00,K1,Paid Social,media,
                X2,2026-03-02,50,,events,Events,Sales
                """);
        FILES.put(ImportKind.NPS, """
                id,account_id,contact_id,score,responded_at,comment
                N1,A1,C1,9,2026-04-01T12:00:00Z,"Great, really"
                N2,A2,,0,2026-04-02,
                """);
    }

    ImportTestDatabase db;

    @BeforeEach
    void database() throws SQLException {
        db = new ImportTestDatabase();
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    static ImportOptions options(ImportMode mode) {
        return ImportOptions.of(mode, "USD", ZoneId.of("Europe/Paris"));
    }

    /** Runs as the service layer does: commits when written, rolls back otherwise. */
    ImportResult run(ImportKind kind, ImportMode mode, String csv) throws SQLException {
        ImportResult r = CsvImporter.run(stream(csv), kind, options(mode), db.connection);
        assertEquals(r.read(), r.created() + r.updated() + r.unchanged() + r.rejected(), "counts reconcile: " + r);
        if (r.written()) {
            db.connection.commit();
        } else {
            db.connection.rollback();
        }
        return r;
    }

    ImportResult run(ImportKind kind, String csv) throws SQLException {
        return run(kind, ImportMode.ALL_OR_NOTHING, csv);
    }

    static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    void importAll() throws SQLException {
        for (var file : FILES.entrySet()) {
            ImportResult r = run(file.getKey(), file.getValue());
            assertTrue(r.written(), file.getKey() + ": " + r);
            assertEquals(2, r.created(), file.getKey() + ": " + r);
        }
    }

    @Test
    void shouldStoreEveryKindNormalised() throws SQLException {
        importAll();
        assertEquals("Alpha | one_to_one | TRUE | 1200 | 12345678.123456",
                db.value("select name || ' | ' || tier || ' | ' || target || ' | ' || employees || ' | ' "
                        + "|| annual_revenue from account where external_id = 'A1'"));
        assertEquals(Instant.parse("2025-01-02T03:04:05.123456Z"),
                db.instant("select created_at from account where external_id = 'A1'"));
        assertEquals(Instant.parse("2025-01-31T23:00:00Z"),
                db.instant("select created_at from account where external_id = 'A2'"));
        assertEquals("paid_social", db.value("select channel from campaign where external_id = 'K1'"));
        assertEquals("USD | won", db.value("select currency || ' | ' || status from opportunity "
                + "where external_id = 'O1'"));
        assertEquals("paid_social ad_click tofu A1 C1 K1", db.value("select t.channel || ' ' || t.type || ' ' "
                + "|| t.funnel_stage || ' ' || a.external_id || ' ' || c.external_id || ' ' || k.external_id "
                + "from touchpoint t join account a on a.id = t.account_id join contact c on c.id = t.contact_id "
                + "join campaign k on k.id = t.campaign_id where t.external_id = 'T1'"));
        assertEquals("marketing media", db.value("select team || ' ' || category from cost where external_id = 'X1'"));
        assertEquals("sales events", db.value("select team || ' ' || category from cost where external_id = 'X2'"));
        assertEquals("Great, really", db.value("select comment from nps_response where external_id = 'N1'"));
        assertEquals("2", db.value("select count(*) from stage_change"));
    }

    @Test
    void shouldCountEveryRowOfAReimportAsUnchangedAndChangeNothing() throws SQLException {
        importAll();
        List<List<String>> before = db.snapshot();
        for (var file : FILES.entrySet()) {
            ImportResult r = run(file.getKey(), file.getValue());
            assertEquals(List.of(0L, 0L, 2L, 0L), List.of(r.created(), r.updated(), r.unchanged(), r.rejected()),
                    file.getKey() + ": " + r);
        }
        assertEquals(before, db.snapshot());
    }

    @Test
    void shouldUpdateAChangedRowOnly() throws SQLException {
        importAll();
        String renamed = FILES.get(ImportKind.ACCOUNTS).replace("A2,Beta,", "A2,Beta Renamed,");
        ImportResult r = run(ImportKind.ACCOUNTS, renamed);
        assertEquals(List.of(0L, 1L, 1L), List.of(r.created(), r.updated(), r.unchanged()), r.toString());
        assertEquals("Beta Renamed", db.value("select name from account where external_id = 'A2'"));
        assertEquals("2", db.value("select count(*) from account"));

        r = run(ImportKind.TOUCHPOINTS, FILES.get(ImportKind.TOUCHPOINTS).replace("2026-03-03,", "2026-03-04,"));
        assertEquals(List.of(0L, 1L, 1L), List.of(r.created(), r.updated(), r.unchanged()), r.toString());
    }

    @Test
    void shouldLeaveColumnsTheFileDoesNotHave() throws SQLException {
        importAll();
        ImportResult r = run(ImportKind.ACCOUNTS, "id,name\nA1,Alpha\nA3,Gamma\n");
        assertEquals(List.of(1L, 0L, 1L), List.of(r.created(), r.updated(), r.unchanged()), r.toString());
        assertEquals("alpha.example | 1200", db.value("select domain || ' | ' || employees from account "
                + "where external_id = 'A1'"));
        assertEquals("TRUE", db.value("select target from account where external_id = 'A3'"), "default target");
        // a column the file has, with an empty cell, clears the value
        r = run(ImportKind.ACCOUNTS, "id,name,domain\nA1,Alpha,\n");
        assertEquals(1, r.updated(), r.toString());
        assertEquals(null, db.value("select domain from account where external_id = 'A1'"));
    }

    @Test
    void shouldLeaveTheDatabaseAsItWasWhenTheLastRowOfAnAllOrNothingImportIsBad() throws SQLException {
        importAll();
        List<List<String>> before = db.snapshot();
        // more rows than a chunk, so that some were written before the bad row was read
        String csv = accounts(2_500) + "BAD,Bad,,,,,,maybe\n";
        ImportResult r = CsvImporter.run(stream(csv), ImportKind.ACCOUNTS, options(ImportMode.ALL_OR_NOTHING),
                db.connection);
        assertFalse(r.written());
        assertEquals(List.of(2_501L, 2_500L, 1L), List.of(r.read(), r.created(), r.rejected()), r.toString());
        assertEquals(new RowError(2_501, "target", "maybe", "Must be true or false."), r.errors().get(0));
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("Nothing was written")), r.warnings().toString());
        assertEquals("0", db.value("select count(*) from account where external_id like 'BIG%'"),
                "rolled back to the savepoint already");
        db.connection.rollback(); // the caller
        assertEquals(before, db.snapshot());
    }

    @Test
    void shouldWriteTheValidRowsWhenSkippingInvalidOnes() throws SQLException {
        String csv = accounts(1_500).replace("BIG700,", "BIG700,,") + "BAD,Bad,,,,,,maybe\n";
        ImportResult r = run(ImportKind.ACCOUNTS, ImportMode.SKIP_INVALID, csv);
        assertTrue(r.written());
        assertEquals(List.of(1_501L, 1_499L, 2L), List.of(r.read(), r.created(), r.rejected()), r.toString());
        assertEquals(701, r.errors().get(0).row(), "row numbers count data rows from 1");
        assertEquals("1499", db.value("select count(*) from account"));
    }

    @Test
    void shouldPreviewWithoutWriting() throws SQLException {
        importAll();
        List<List<String>> before = db.snapshot();
        String csv = "Id;Name;Target\nA1;Alpha Renamed;true\nA2;Beta;false\nA3;Gamma;\nA4;;\n";
        Preview p = CsvImporter.preview(stream(csv), ImportKind.ACCOUNTS, options(ImportMode.ALL_OR_NOTHING),
                db.connection);
        ImportResult r = p.dryRun();
        assertEquals(List.of(4L, 1L, 1L, 1L, 1L), List.of(r.read(), r.created(), r.updated(), r.unchanged(),
                r.rejected()), r.toString());
        assertFalse(r.written());
        assertEquals("name", r.errors().get(0).column());
        assertEquals(";", p.delimiter());
        assertEquals("UTF-8", p.encoding());
        assertEquals(Map.of("Id", "id", "Name", "name", "Target", "target"), p.headerMapping());
        assertEquals(List.of(), p.missingColumns());
        assertEquals(4, p.firstRows().size());
        assertEquals("Alpha Renamed", p.firstRows().get(0).get("name"));
        assertEquals(before, db.snapshot());
    }

    @Test
    void shouldRejectLaterOccurrencesOfAnId() throws SQLException {
        ImportResult r = run(ImportKind.ACCOUNTS, ImportMode.SKIP_INVALID,
                "id,name,target\nD1,First,nope\nD1,Second,true\nD2,Other,true\nD2,Again,true\n");
        assertEquals(List.of(1L, 3L), List.of(r.created(), r.rejected()), r.toString());
        assertEquals(new RowError(2, "id", "D1", "Duplicate id 'D1': first seen on row 1."), r.errors().get(1));
        assertEquals(new RowError(4, "id", "D2", "Duplicate id 'D2': first seen on row 3."), r.errors().get(2));
    }

    @Test
    void shouldUpsertStageChangesByTheirThreeColumns() throws SQLException {
        importAll();
        ImportResult r = run(ImportKind.STAGE_CHANGES, ImportMode.SKIP_INVALID, """
                opportunity_id,stage,entered_at
                O1,Discovery,2026-01-01T01:00:00+01:00
                O1,Proposal,2026-01-10T00:00:00Z
                O1,Proposal,2026-01-10T00:00:00Z
                O9,Proposal,2026-01-10T00:00:00Z
                """);
        assertEquals(List.of(1L, 0L, 1L, 2L), List.of(r.created(), r.updated(), r.unchanged(), r.rejected()),
                r.toString());
        assertTrue(r.errors().get(0).message().startsWith("Duplicate stage change"), r.errors().toString());
        assertEquals("opportunity_id", r.errors().get(1).column());
        assertEquals("3", db.value("select count(*) from stage_change"));
    }

    @Test
    void shouldCapTheErrorListButCountEveryRejectedRow() throws SQLException {
        StringBuilder csv = new StringBuilder("id,name,target\n");
        for (int i = 0; i < 1_500; i++) {
            csv.append("E").append(i).append(",Name,perhaps\n");
        }
        ImportResult r = run(ImportKind.ACCOUNTS, csv.toString());
        assertEquals(1_500, r.rejected());
        assertEquals(CsvImporter.MAX_ERRORS, r.errors().size());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("Only the first 1000 errors")),
                r.warnings().toString());
    }

    @Test
    void shouldSkipBlankRowsAndRefuseAColumnGivenTwice() throws SQLException {
        ImportResult r = run(ImportKind.ACCOUNTS, "id,name\r\nB1,One\r\n\r\n,\r\nB2,Two\r\n");
        assertEquals(List.of(2L, 2L), List.of(r.read(), r.created()), r.toString());
        assertTrue(r.warnings().contains("1 blank row(s) were skipped."), r.warnings().toString());

        r = run(ImportKind.ACCOUNTS, "id,name,Name\nB3,Three,Drei\n");
        assertFalse(r.written());
        assertEquals(new RowError(0, "name", null, "The columns 'name' and 'Name' are both name: keep one of them."),
                r.errors().get(0));
    }

    @Test
    void shouldStopAtAQuoteLeftOpenBeforeReadingTheWholeFileIntoOneValue() throws SQLException {
        String csv = "id,name\nQ1,\"open quote\n" + accounts(40_000); // some 2 MB after the quote
        ImportResult r = run(ImportKind.ACCOUNTS, ImportMode.SKIP_INVALID, csv);
        assertFalse(r.written());
        assertEquals(List.of(1L, 1L), List.of(r.read(), r.rejected()), r.toString());
        assertTrue(r.errors().get(0).message().startsWith("A row is longer than 1048576 characters: a quote is "
                + "probably left open"), r.errors().toString());
    }

    @Test
    void shouldRefuseInvalidUtf8FoundAfterTheFirstKilobytes() {
        String rows = accounts(500);
        byte[] head = rows.getBytes(StandardCharsets.UTF_8);
        assertTrue(head.length > CsvInput.SAMPLE_BYTES);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(head);
        file.writeBytes(new byte[] {'L', '1', ',', 'S', 'o', 'c', 'i', (byte) 0xE9, 't', (byte) 0xE9, '\n'});
        UnsupportedFileException e = assertThrows(UnsupportedFileException.class, () -> CsvImporter.run(
                new ByteArrayInputStream(file.toByteArray()), ImportKind.ACCOUNTS, options(ImportMode.SKIP_INVALID),
                db.connection));
        assertTrue(e.getMessage().contains("windows-1252"), e.getMessage());
    }

    @Test
    void shouldNeedAConnectionWithoutAutoCommitToWrite() throws SQLException {
        db.connection.setAutoCommit(true);
        assertThrows(IllegalArgumentException.class, () -> CsvImporter.run(stream("id,name\nA,B\n"),
                ImportKind.ACCOUNTS, options(ImportMode.ALL_OR_NOTHING), db.connection));
        assertEquals("0", db.value("select count(*) from account"));
    }

    @Test
    void shouldNameKindsModesAndColumnsAsTheSpec() {
        assertEquals(ImportKind.STAGE_CHANGES, ImportKind.fromId("stage_changes").orElseThrow());
        assertEquals(ImportKind.NPS, ImportKind.fromId("NPS").orElseThrow());
        assertTrue(ImportKind.fromId("people").isEmpty());
        assertEquals(ImportMode.SKIP_INVALID, ImportMode.fromId("skip-invalid").orElseThrow());
        assertEquals("all-or-nothing", ImportMode.ALL_OR_NOTHING.id());
        assertEquals(List.of("id", "account_id", "channel", "type", "occurred_at"),
                ImportKind.TOUCHPOINTS.requiredColumns());
        assertEquals(List.of("contact_id", "campaign_id", "funnel_stage"), ImportKind.TOUCHPOINTS.optionalColumns());
        assertEquals(List.of("opportunity_id", "stage", "entered_at"), ImportKind.STAGE_CHANGES.requiredColumns());
        // the column order of the sample files (DemoCsvWriter)
        assertEquals(List.of("id", "date", "amount", "campaign_id", "channel", "category", "team"),
                ImportKind.COSTS.columnNames());
    }

    @Test
    void shouldMatchHeadersLooselyAndDetectDelimiters() {
        assertEquals(ImportRun.key("account_id"), ImportRun.key("Account ID"));
        assertEquals(ImportRun.key("account_id"), ImportRun.key("account-id"));
        assertEquals(ImportRun.key("account_id"), ImportRun.key("accountId"));
        assertEquals(';', CsvInput.detectDelimiter("id;name;\"a,b,c,d\"\n1,2,3,4,5,6"));
        assertEquals('\t', CsvInput.detectDelimiter("\n\nid\tname\tsegment"));
        assertEquals(',', CsvInput.detectDelimiter("id|name|segment"));
    }

    /** Accounts BIG0, BIG1, ... with the header. */
    static String accounts(int n) {
        StringBuilder csv = new StringBuilder("id,name,domain,industry,segment,region,tier,target\n");
        for (int i = 0; i < n; i++) {
            csv.append("BIG").append(i).append(",Account ").append(i).append(",,,import_test,,,false\n");
        }
        return csv.toString();
    }
}
