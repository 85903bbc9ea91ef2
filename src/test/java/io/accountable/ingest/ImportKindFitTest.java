package io.accountable.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which kind a header fits: a file that fits the chosen kind is never given another. */
class ImportKindFitTest {

    @Test
    void shouldNeverRefuseAKindsOwnColumns() {
        for (ImportKind kind : ImportKind.values()) {
            assertEquals(Optional.empty(), ImportKind.betterFit(kind, kind.columnNames()), kind.id());
            assertEquals(Optional.empty(), ImportKind.betterFit(kind, kind.requiredColumns()), kind.id());
        }
    }

    @Test
    void shouldSuggestTheKindEachExportHeaderFits() {
        assertEquals(Optional.of(ImportKind.OPPORTUNITIES),
                ImportKind.betterFit(ImportKind.ACCOUNTS, ImportKind.OPPORTUNITIES.columnNames()));
        assertEquals(Optional.of(ImportKind.CONTACTS),
                ImportKind.betterFit(ImportKind.ACCOUNTS, ImportKind.CONTACTS.columnNames()));
        assertEquals(Optional.of(ImportKind.STAGE_CHANGES),
                ImportKind.betterFit(ImportKind.OPPORTUNITIES, ImportKind.STAGE_CHANGES.columnNames()));
        assertEquals(Optional.of(ImportKind.COSTS),
                ImportKind.betterFit(ImportKind.CAMPAIGNS, ImportKind.COSTS.columnNames()));
        // spelled as a CRM might: matched as the importer matches headers
        assertEquals(Optional.of(ImportKind.ACCOUNTS),
                ImportKind.betterFit(ImportKind.CONTACTS, List.of("ID", "Name", "Domain", "Industry", "Annual Revenue")));
    }

    @Test
    void shouldNotSuggestWhenNoOtherKindClearlyFitsBetter() {
        // contacts without account_id: accounts has its required columns but knows no more of them
        assertEquals(Optional.empty(), ImportKind.betterFit(ImportKind.CONTACTS, List.of("id", "name")));
        // an accounts file with many CRM columns of its own
        assertEquals(Optional.empty(), ImportKind.betterFit(ImportKind.ACCOUNTS,
                List.of("id", "name", "Owner", "Stage", "Last Activity", "Phone", "Fax")));
        assertEquals(Optional.empty(), ImportKind.betterFit(ImportKind.ACCOUNTS, List.of("id|name|segment")));
        assertEquals(Optional.empty(), ImportKind.betterFit(ImportKind.ACCOUNTS, List.of()));
    }

    /** Every file of the test corpus is read as the kind its name says, never given another. */
    @Test
    void shouldKeepEveryCorpusFileToItsKind() throws IOException {
        List<String> files = List.of("accounts_bad_last_row.csv", "accounts_bom.csv", "accounts_duplicate_id.csv",
                "accounts_header_only.csv", "accounts_quoted_newline.csv", "accounts_ragged.csv",
                "accounts_semicolon.csv", "accounts_tab.csv", "accounts_unknown_column.csv",
                "contacts_header_spelling.csv", "contacts_missing_column.csv", "contacts_unknown_reference.csv",
                "nps_score_11.csv", "opportunities_closed_before_created.csv", "opportunities_negative_amount.csv",
                "opportunities_other_currency.csv", "opportunities_won_no_close.csv", "touchpoints_bad_instant.csv",
                "touchpoints_contact_other_account.csv", "touchpoints_date_only.csv", "touchpoints_unknown_type.csv");
        for (String name : files) {
            ImportKind kind = ImportKind.fromId(name.substring(0, name.indexOf('_'))).orElseThrow();
            String header;
            try (InputStream in = getClass().getResourceAsStream("/import/" + name);
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                header = r.readLine();
            }
            String delimiter = header.contains(";") ? ";" : header.contains("\t") ? "\t" : ",";
            List<String> names = Arrays.asList(header.split(delimiter));
            assertTrue(ImportKind.betterFit(kind, names).isEmpty(), name);
        }
    }
}
