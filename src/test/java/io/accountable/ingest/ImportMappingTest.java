package io.accountable.ingest;

import static io.accountable.ingest.ImportMapping.Rule.map;
import static io.accountable.ingest.ImportMapping.Rule.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.web.BadRequestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping as pure computation: no database, no application. */
class ImportMappingTest {

    private static final ZoneId REPORTING = ZoneId.of("Europe/Chisinau");

    private static String mapped(ImportMapping mapping, String file) throws IOException {
        try (MappedCsv in = new MappedCsv(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), mapping,
                null, REPORTING, 1 << 20)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    @Test
    void shouldMapValuesAndReadDatesInTheFilesZone() throws IOException {
        ImportMapping m = new ImportMapping("mine", ImportKind.OPPORTUNITIES, List.of(of("Deal", "id"),
                of("Company", "account_id"), of("Value", "amount"),
                map("Stage", "status", "Closed Won", "won", "closed-lost", "lost", "*", "open"), of("Stage", "stage"),
                of("Opened", "created_at"), of("Closed", "closed_at")), "MM/dd/yyyy hh:mm a", "America/New_York")
                .validated();
        String out = mapped(m, "Deal;Company;Value;Stage;Opened;Closed;Owner\n"
                + "D1;A1;100.5;CLOSED WON;03/01/2026 02:05 PM;07/04/2026;Ann\n"
                + "D2;A1;7;Proposal;2026-03-01T10:00:00Z;;Bob\n");
        assertEquals("id,account_id,amount,status,stage,created_at,closed_at\n"
                + "D1,A1,100.5,won,CLOSED WON,2026-03-01T14:05-05:00,2026-07-04T00:00-04:00\n"
                + "D2,A1,7,open,Proposal,2026-03-01T10:00Z,\n", out);
    }

    @Test
    void shouldTakeTheFirstRuleThatMapsAsSalesforceStatusesDo() throws IOException {
        ImportMapping sf = MappingPresets.find("salesforce", ImportKind.OPPORTUNITIES).orElseThrow().validated();
        String out = mapped(sf, "Id,AccountId,Amount,StageName,IsClosed,IsWon,CreatedDate,CloseDate\n"
                + "O1,A,1,Closed Won,true,true,2026-01-01T00:00:00.000+0000,2026-02-01\n"
                + "O2,A,1,Lost to rival,true,false,2026-01-01T00:00:00.000Z,2026-02-01\n"
                + "O3,A,1,Prospecting,false,false,2026-01-01T00:00:00.000Z,2026-02-01\n");
        assertTrue(out.contains("O1,A,1,won,Closed Won,2026-01-01T00:00Z,2026-02-01T00:00+02:00"), out);
        assertTrue(out.contains("O2,A,1,lost,Lost to rival"), out);
        assertTrue(out.contains("O3,A,1,open,Prospecting"), out);
    }

    @Test
    void shouldJoinNamesTakeTheFirstOfAListAndKeepRowsInPlace() throws IOException {
        ImportMapping hs = MappingPresets.find("hubspot", ImportKind.CONTACTS).orElseThrow().validated();
        String out = mapped(hs, "Record ID,First Name,Last Name,Associated Company IDs,Buying Role,Create Date\n"
                + "1,Ada,Lovelace,11;12,CHAMPION;BLOCKER,2026-03-01 09:00\n"
                + ",,,,,\n"
                + "2,Alan,,13,Decision Maker,2026-03-02 10:15:30\n");
        assertEquals("id,account_id,name,role,created_at\n"
                + "1,11,Ada Lovelace,champion,2026-03-01T09:00+02:00\n"
                + "\"\",,,,\n" // a blank row stays a (blank) row: the row numbers stay the file's
                + "2,13,Alan,decision_maker,2026-03-02T10:15:30+02:00\n", out);
    }

    @Test
    void shouldUnpivotHubSpotStageColumnsIntoARowPerStageEnteredNamingTheFilesRows() throws IOException {
        ImportMapping hs = MappingPresets.find("hubspot", ImportKind.STAGE_CHANGES).orElseThrow().validated();
        String file = "Record ID,Deal Stage,\"Date entered \"\"Appointment Scheduled (Sales Pipeline)\"\"\","
                + "\"Date exited \"\"Appointment Scheduled (Sales Pipeline)\"\"\","
                + "\"Date entered \"\"Closed Won (Sales Pipeline)\"\"\",\"Date entered \"\"Demo (Virtual) (Renewals)\"\"\"\n"
                + "1,closedwon,2026-03-01 09:00,2026-03-02 10:00,2026-03-05 17:30,\n"
                + "2,appointmentscheduled,,,,\n" // no stage entered: no row
                + ",,,,,\n" // a blank row stays a (blank) row
                + "3,x,,2026-04-01 08:00,,2026-04-01 08:00\n";
        try (MappedCsv in = new MappedCsv(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), hs, null,
                REPORTING, 1 << 20)) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertEquals("opportunity_id,stage,entered_at\n"
                    + "1,appointmentscheduled,2026-03-01T09:00+02:00\n"
                    + "1,closedwon,2026-03-05T17:30+02:00\n"
                    + "\"\",,\n"
                    + "3,Demo (Virtual),2026-04-01T08:00+03:00\n", out); // a stage of your own stays its label
            // the importer's rows 1 to 4 are the file's rows 1, 1, 3 and 4
            assertEquals(List.of(0L, 1L, 1L, 3L, 4L), java.util.stream.LongStream.rangeClosed(0, 4)
                    .map(in::fileRow).boxed().toList());
            assertTrue(in.ignoredColumns.contains("Date exited \"Appointment Scheduled (Sales Pipeline)\""),
                    in.ignoredColumns.toString());
            assertEquals("stage, entered_at", in.columnFields().get("Date entered \"Closed Won (Sales Pipeline)\""));
            assertEquals("Date entered \"Closed Won (Sales Pipeline)\"", in.effect().rows().get(1).get(1).column());
        }
    }

    @Test
    void shouldPassAValueNoRuleMapsOnForTheImporterToReject() throws IOException {
        ImportMapping m = new ImportMapping("x", ImportKind.CONTACTS, List.of(of("Id", "id"), of("Account", "account_id"),
                map("Role", "role", "Boss", "decision_maker")), null, null);
        assertTrue(mapped(m, "Id,Account,Role\n1,2,Janitor\n").endsWith("1,2,Janitor\n"));
    }

    @Test
    void shouldListEveryProblemOfAMapping() {
        ImportMapping bad = new ImportMapping("x", ImportKind.OPPORTUNITIES, List.of(of("A", "nope"),
                map("B", "status", "Won", "victory"), of("C", "id").withOp("twice")), "MM/dd/yyyy pp{", "Mars/Olympus");
        BadRequestException e = assertThrows(BadRequestException.class, bad::validated);
        List<String> details = e.details();
        assertEquals(5, details.size(), details.toString());
        assertTrue(details.get(0).contains("no field 'nope'"), details.toString());
        assertTrue(details.get(1).contains("'victory'"), details.toString());
        assertTrue(details.stream().anyMatch(d -> d.contains("Mars/Olympus")), details.toString());
    }

    @Test
    void shouldValidateEveryPreset() {
        MappingPresets.all().forEach(ImportMapping::validated);
    }
}
