package io.accountable.facts;

import static io.accountable.TestUsers.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An accounts import re-reads the account table alone; when it only renamed accounts the numbers'
 * caches are kept (their generation stays), while everything that shows a name shows the new one.
 * A change a number depends on (a tier, the target flag) forgets them.
 */
@QuarkusTest
class RenameKeepsNumbersTest {

    private static final String QUERY = "from=2026-01-01&to=2026-06-30&target=any";

    @Inject
    FactStore store;

    /** The export row of account {@code id} with one column replaced. */
    private static String row(String id, String column, String value) {
        List<String> lines = api(Role.ANALYST).get("/api/export/accounts").then().statusCode(200).extract().asString()
                .lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));
        String line = lines.stream().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
        String[] cells = line.split(",", -1);
        cells[header.indexOf(column)] = value;
        return lines.get(0) + "\n" + String.join(",", cells) + "\n";
    }

    private static void importAccounts(String csv) {
        api(Role.ANALYST).contentType("text/csv").body(csv.getBytes()).post("/api/import/accounts").then()
                .statusCode(200);
    }

    @Test
    void shouldKeepTheNumbersCachesWhenAnImportOnlyRenamesAndShowTheNewName() {
        String kpis = api(Role.VIEWER).get("/api/kpis?" + QUERY).then().statusCode(200).extract().asString();
        String id = api(Role.VIEWER).get("/api/attribution?groupBy=account&" + QUERY).then().statusCode(200)
                .extract().jsonPath().getString("rows[0].key");
        Facts before = store.facts();
        long generation = store.generation();
        long numbers = store.numbersGeneration();

        String original = row(id, "id", id);
        importAccounts(row(id, "name", "Renamed Seven Ltd"));
        try {
            checkRenamed(id, kpis, before, generation, numbers);
        } finally {
            importAccounts(original);
        }
    }

    private void checkRenamed(String id, String kpis, Facts before, long generation, long numbers) {

        Facts after = store.facts();
        assertNotSame(before, after);
        assertTrue(store.generation() > generation, "names shown anywhere are read again");
        assertEquals(numbers, store.numbersGeneration(), "the numbers did not change, nor their caches");
        assertSame(before.touchTime, after.touchTime, "the touches were not read again");
        assertSame(before.opportunityAmount, after.opportunityAmount);
        assertEquals("Renamed Seven Ltd", after.accountName[after.accountIndexByExternalId(id)]);
        assertEquals(kpis, api(Role.VIEWER).get("/api/kpis?" + QUERY).then().statusCode(200).extract().asString());
        io.restassured.path.json.JsonPath byAccount = api(Role.VIEWER).get("/api/attribution?groupBy=account&" + QUERY)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(id, byAccount.getString("rows[0].key"));
        assertEquals("Renamed Seven Ltd", byAccount.getString("rows[0].label"), "credit by account shows the new name");
        String list = io.accountable.TestUsers.as(Role.VIEWER).queryParam("q", "renamed seven").get("/accounts?" + QUERY)
                .then().statusCode(200).extract().asString();
        assertTrue(list.contains("Renamed Seven Ltd"), "the accounts list finds and shows the new name");
    }

    @Test
    void shouldForgetTheNumbersWhenAnImportChangesWhatTheyDependOn() {
        Facts before = store.facts();
        long numbers = store.numbersGeneration();
        String tier = before.tiers.value(before.accountTier[before.accountIndexByExternalId("ACC00007")]);
        String original = row("ACC00007", "id", "ACC00007");
        importAccounts(row("ACC00007", "tier", "one_to_one".equals(tier) ? "one_to_many" : "one_to_one"));
        try {
            assertNotEquals(numbers, store.numbersGeneration(), "a tier decides which accounts a filter counts");
            assertSame(before.touchTime, store.facts().touchTime, "still only the accounts were read again");
        } finally {
            importAccounts(original);
        }
    }

    @Test
    void shouldCompareEveryColumnButTheNames() {
        Facts f = store.facts();
        assertTrue(f.sameNumbersAs(f));
        assertTrue(FactsBuilder.namesOf(f, f).sameNumbersAs(f));
    }
}
