package io.accountable.ingest;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.accountable.account.Account;
import io.accountable.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** CRM exports as they are: the presets' sample files of docs/samples, saved mappings, the page. */
@QuarkusTest
class CrmMappingTest {

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("docs/samples", name));
    }

    static JsonPath post(String kind, String mapping, byte[] file, int status) {
        return api(Role.ANALYST).contentType("text/csv").body(file)
                .post("/api/import/" + kind + "?mapping=" + mapping).then().statusCode(status).extract().jsonPath();
    }

    /** Imports a sample and then again: created the first time, all unchanged the second. */
    static void importTwice(String kind, String mapping, String file, int created) throws IOException {
        JsonPath first = post(kind, mapping, sample(file), 200);
        assertEquals(0, first.getInt("rejected"), file + ": " + first.prettify());
        assertEquals(created, first.getInt("created"), file + ": " + first.prettify());
        JsonPath again = post(kind, mapping, sample(file), 200);
        assertEquals(0, again.getInt("created") + again.getInt("updated"), file + " again: " + again.prettify());
        assertEquals(created, again.getInt("unchanged"), file + " again: " + again.prettify());
    }

    @AfterEach
    void removeImported() {
        String accounts = "(select id from account where external_id like '91000000%' or external_id like '001HsSf%' "
                + "or external_id like 'MAP-%')";
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Account.getEntityManager();
            em.createNativeQuery("delete from touchpoint where account_id in " + accounts).executeUpdate();
            em.createNativeQuery("delete from stage_change where opportunity_id in (select id from opportunity where "
                    + "account_id in " + accounts + ")").executeUpdate();
            em.createNativeQuery("delete from opportunity where account_id in " + accounts).executeUpdate();
            em.createNativeQuery("delete from contact where account_id in " + accounts).executeUpdate();
            em.createNativeQuery("delete from cost where external_id like '701HsSf%'").executeUpdate();
            em.createNativeQuery("delete from campaign where external_id like '701HsSf%'").executeUpdate();
            em.createNativeQuery("delete from account where id in " + accounts).executeUpdate();
            em.createNativeQuery("delete from import_mapping where name like 'test-%'").executeUpdate();
        });
    }

    @Test
    void shouldImportTheHubSpotSamplesInOrderAndAgainAsUnchanged() throws IOException {
        importTwice("accounts", "hubspot", "hubspot-companies.csv", 3);
        importTwice("contacts", "hubspot", "hubspot-contacts.csv", 3);
        importTwice("opportunities", "hubspot", "hubspot-deals.csv", 3);
        // the deals export with its "Date entered" columns: a stage change per date (6 + 3 + 4)
        importTwice("stage_changes", "hubspot", "hubspot-deal-stage-history.csv", 13);
        // an error names the file's row, not the row of the unpivoted stream
        JsonPath bad = api(Role.ANALYST).contentType("text/csv").body("Record ID,\"Date entered \"\"Closed Won (Sales "
                + "Pipeline)\"\"\",\"Date entered \"\"Closed Lost (Sales Pipeline)\"\"\"\n9300000001,2026-04-15 17:30,\n"
                + "9300000003,,2026-05-02 10:00\n9300000002,2026-06-01 10:00,someday\n")
                .post("/api/import/stage_changes?mapping=hubspot").then().extract().jsonPath();
        assertEquals(1, bad.getInt("rejected"), bad.prettify());
        assertEquals(3, bad.getInt("errors[0].row"), bad.prettify());
        JsonPath account = api(Role.VIEWER).get("/api/accounts/9100000001").then().statusCode(200).extract()
                .jsonPath();
        assertEquals("Northwind Logistics", account.getString("name"), account.prettify());
    }

    @Test
    void shouldImportTheSalesforceSamplesInOrderAndAgainAsUnchanged() throws IOException {
        importTwice("accounts", "salesforce", "salesforce-account.csv", 2);
        importTwice("contacts", "salesforce", "salesforce-contact.csv", 2);
        importTwice("campaigns", "salesforce", "salesforce-campaign.csv", 2);
        importTwice("costs", "salesforce", "salesforce-campaign.csv", 2);
        importTwice("opportunities", "salesforce", "salesforce-opportunity.csv", 3);
        importTwice("stage_changes", "salesforce", "salesforce-opportunityhistory.csv", 4);
        importTwice("touchpoints", "salesforce", "salesforce-campaignmember.csv", 3);
        // Marketo's activities of the same (Salesforce-synced) accounts and contacts
        importTwice("touchpoints", "marketo", "marketo-activities.csv", 4);
        String status = QuarkusTransaction.requiringNew().call(() -> (String) Account.getEntityManager()
                .createNativeQuery("select status from opportunity where external_id = '006HsSf0000Opp03IAA'")
                .getSingleResult());
        assertEquals("lost", status);
    }

    @Test
    void shouldRefuseAnUnknownMappingWith400() {
        api(Role.ANALYST).contentType("text/csv").body("id,name\nMAP-1,X\n")
                .post("/api/import/accounts?mapping=nosuchthing").then().statusCode(400)
                .body("error", containsString("There is no mapping 'nosuchthing' for accounts"));
        api(Role.ANALYST).contentType("text/csv").body("id,name\nMAP-1,X\n")
                .post("/api/import/accounts?mapping=marketo").then().statusCode(400)
                .body("error", containsString("has no mapping for accounts; it maps touchpoints"));
        api(Role.ANALYST).contentType("application/json").body("{\"name\":\"hubspot\",\"kind\":\"accounts\","
                + "\"columns\":[{\"column\":\"A\",\"field\":\"id\"}]}").post("/api/import/mappings").then()
                .statusCode(400).body("error", containsString("name of a preset"));
        api(Role.ANALYST).contentType("application/json").body("{not json").post("/api/import/mappings").then()
                .statusCode(400).body("error", containsString("not valid JSON"));
    }

    @Test
    void shouldReuseASavedMappingByName() {
        String mapping = """
                {"name": "test-erp", "kind": "accounts", "dateFormat": "dd.MM.yyyy HH:mm", "timeZone": "Europe/Berlin",
                 "columns": [{"column": "Kunden-Nr", "field": "id"}, {"column": "Firma", "field": "name"},
                   {"column": "Stufe", "field": "tier", "values": {"A": "one_to_one", "*": "one_to_many"}},
                   {"column": "Angelegt", "field": "created_at"}, {"column": "Notiz"}]}""";
        api(Role.ANALYST).contentType("application/json").body(mapping).post("/api/import/mappings").then()
                .statusCode(200).body("name", org.hamcrest.Matchers.equalTo("test-erp"));
        api(Role.VIEWER).contentType("application/json").body(mapping).post("/api/import/mappings").then()
                .statusCode(403);
        api(Role.ANALYST).get("/api/import/mappings").then().statusCode(200).body("name", hasItem("test-erp"))
                .body("name", hasItem("salesforce"));
        String file = "Kunden-Nr;Firma;Stufe;Angelegt;Notiz\nMAP-1;Müller GmbH;A;01.03.2026 14:05;x\n"
                + "MAP-2;Schmidt AG;C;02.03.2026 09:00;y\n";
        JsonPath answer = post("accounts", "test-erp", file.getBytes(java.nio.charset.StandardCharsets.UTF_8), 200);
        assertEquals(2, answer.getInt("created"), answer.prettify());
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) Account.getEntityManager()
                .createNativeQuery("select tier, created_at from account where external_id = 'MAP-1'")
                .getSingleResult());
        assertEquals("one_to_one", row[0]);
        // the native query answers the database's type: OffsetDateTime on H2, Instant on PostgreSQL
        java.time.Instant created = row[1] instanceof java.time.OffsetDateTime o ? o.toInstant()
                : row[1] instanceof java.time.Instant i ? i : ((java.sql.Timestamp) row[1]).toInstant();
        assertEquals(java.time.Instant.parse("2026-03-01T13:05:00Z"), created);
    }

    @Test
    void shouldShowTheMappingsEffectInThePagePreview() throws IOException {
        as(Role.ANALYST).get("/import").then().statusCode(200).body(containsString("<option value=\"salesforce\">"));
        as(Role.ANALYST).multiPart("kind", "opportunities").multiPart("mapping", "hubspot")
                .multiPart("file", "hubspot-deals.csv", sample("hubspot-deals.csv"), "text/csv")
                .post("/import/preview").then().statusCode(200)
                .body(containsString("What the mapping hubspot makes of the first rows"))
                .body(containsString("<span class=\"muted\">closedwon</span> → won"))
                .body(containsString("<span class=\"muted\">2026-02-01 09:00</span> → 2026-02-01T09:00"))
                .body(containsString("Pipeline, Deal owner"))
                .body(containsString("Define a mapping for this file"));
        as(Role.ANALYST).multiPart("kind", "accounts").multiPart("mapping", "nosuchthing")
                .multiPart("file", "a.csv", "id,name\n".getBytes(), "text/csv").post("/import/preview").then()
                .statusCode(400).body(containsString("There is no mapping"));
    }

    @Test
    void shouldSaveAMappingDefinedOnThePageAndPreviewWithIt() throws Exception {
        String preview = as(Role.ANALYST).multiPart("kind", "accounts")
                .multiPart("file", "erp.csv", "Nr,Firma,Notiz\nMAP-7,Seven Ltd,x\n".getBytes(), "text/csv")
                .post("/import/preview").then().statusCode(200).extract().asString();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("/import/([0-9a-f]{32})/mapping")
                .matcher(preview);
        org.junit.jupiter.api.Assertions.assertTrue(token.find(), preview);
        as(Role.ANALYST).formParam("name", "test-page").formParam("column", "Nr", "Firma", "Notiz")
                .formParam("field", "id", "name", "").formParam("values", "").formParam("dateFormat", "")
                .formParam("timeZone", "").post("/import/" + token.group(1) + "/mapping").then().statusCode(200)
                .body(containsString("The mapping test-page is saved."))
                .body(containsString("What the mapping test-page makes of the first rows"))
                .body(containsString("Seven Ltd"));
        as(Role.ANALYST).post("/import/" + token.group(1) + "/confirm").then().statusCode(200)
                .body(containsString("1 created"));
        as(Role.ANALYST).formParam("name", "test-page").formParam("column", "Nr").formParam("field", "id")
                .formParam("values", "tier: gold").post("/import/" + token.group(1) + "/mapping").then()
                .statusCode(400).body(containsString("is not written as field: file value = field value"));
    }
    /** Polls a pending file's status until its pass (check or import) ends. */
    private static void awaitPass(String token) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (as(Role.ANALYST).header("HX-Request", "true").get("/import/" + token + "/status")
                .header("HX-Redirect") == null) {
            org.junit.jupiter.api.Assertions.assertTrue(System.currentTimeMillis() < deadline, "the pass ends");
            Thread.sleep(200);
        }
    }

    /**
     * A large HubSpot export through the page and a preset: the mapping's effect at once on the
     * sample while every row is checked in the background, the define form once checked, the
     * import in the background read through the mapping, its undo from the history; and a cancel
     * of a mapped check writing nothing.
     */
    @Test
    void shouldCheckImportAndUndoALargeMappedFileInTheBackground() throws Exception {
        int rows = 15_000;
        Path file = Files.createTempFile("large-hubspot-", ".csv");
        String fileName = file.getFileName().toString();
        try {
            try (java.io.BufferedWriter out = Files.newBufferedWriter(file)) {
                out.write("Record ID,Company name,Company Domain Name,Industry,Country/Region,Ideal Customer Profile Tier,"
                        + "Target Account,Create Date,Company owner\n");
                for (int i = 1; i <= rows; i++) {
                    out.write(String.format("91000000%06d,Large Mapped %d,large%d.example,Computer Software,Germany,"
                            + "tier_1,true,2026-01-12 09:30,Ana Popescu%n", i, i, i));
                }
            }
            org.junit.jupiter.api.Assertions.assertTrue(Files.size(file) > ImportController.AT_ONCE_BYTES);
            String page = as(Role.ANALYST).multiPart("kind", "accounts").multiPart("mapping", "hubspot")
                    .multiPart("file", file.toFile(), "text/csv").post("/import/preview").then().statusCode(200)
                    .body(containsString("What the mapping hubspot makes of the first rows"))
                    .body(containsString("Large Mapped 1<")).body(containsString("<progress"))
                    .body(containsString("Cancel the check"))
                    .body(org.hamcrest.Matchers.not(containsString("Define a mapping for this file")))
                    .extract().asString();
            java.util.regex.Matcher token = java.util.regex.Pattern.compile("/import/([0-9a-f]{32})/status")
                    .matcher(page);
            org.junit.jupiter.api.Assertions.assertTrue(token.find(), page);
            awaitPass(token.group(1));
            as(Role.ANALYST).get("/import/" + token.group(1)).then().statusCode(200)
                    .body(containsString("If you confirm: " + rows + " created, 0 updated, 0 unchanged, 0 rejected"))
                    .body(containsString("What the mapping hubspot makes of the first rows"))
                    .body(containsString("<span class=\"muted\">tier_1</span> → one_to_one"))
                    .body(containsString("Define a mapping for this file"))
                    .body(containsString("Confirm the import"));
            as(Role.ANALYST).post("/import/" + token.group(1) + "/confirm").then().statusCode(200)
                    .body(containsString("Cancel the import"));
            awaitPass(token.group(1));
            as(Role.ANALYST).get("/import/" + token.group(1)).then().statusCode(200)
                    .body(containsString("Imported: " + rows + " created, 0 updated, 0 unchanged."));
            long imported = QuarkusTransaction.requiringNew()
                    .call(() -> Account.count("externalId like '91000000%' and name like 'Large Mapped %'"));
            assertEquals(rows, imported);
            long id = QuarkusTransaction.requiringNew().call(() -> ImportRecord
                    .<ImportRecord>find("fileName = ?1 and status = 'succeeded' order by id desc", fileName)
                    .firstResult().id);
            as(Role.ANALYST).get("/import").then().statusCode(200)
                    .body(containsString("/import/history/" + id + "/undo"));
            as(Role.ANALYST).post("/import/history/" + id + "/undo").then().statusCode(200)
                    .body(containsString(rows + " created row(s) removed"));
            assertEquals(0L, (long) QuarkusTransaction.requiringNew()
                    .call(() -> Account.count("externalId like '91000000%' and name like 'Large Mapped %'")));

            // a mapped check cancelled: nothing written, recorded "cancelled"
            String again = as(Role.ANALYST).multiPart("kind", "accounts").multiPart("mapping", "hubspot")
                    .multiPart("file", file.toFile(), "text/csv").post("/import/preview").then().statusCode(200)
                    .extract().asString();
            java.util.regex.Matcher second = java.util.regex.Pattern.compile("/import/([0-9a-f]{32})/cancel")
                    .matcher(again);
            org.junit.jupiter.api.Assertions.assertTrue(second.find(), again);
            as(Role.ANALYST).post("/import/" + second.group(1) + "/cancel").then().statusCode(200)
                    .body(containsString("Cancelled: nothing was written."));
            assertEquals(1L, (long) QuarkusTransaction.requiringNew()
                    .call(() -> ImportRecord.count("fileName = ?1 and status = 'cancelled'", fileName)));
        } finally {
            Files.deleteIfExists(file);
            QuarkusTransaction.requiringNew().run(() -> {
                var em = Account.getEntityManager();
                em.createNativeQuery("delete from import_change where import_id in (select id from import_record "
                        + "where file_name = ?1)").setParameter(1, fileName).executeUpdate();
                ImportRecord.delete("fileName", fileName);
            });
        }
    }
}
