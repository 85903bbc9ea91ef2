package io.accountable.account;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountPagesTest {

    @Test
    void shouldListAccountsSortedAndPaged() {
        String page1 = as(Role.VIEWER).get("/accounts?sort=name&dir=asc&size=10&target=any").then().statusCode(200)
                .body(containsString("Page 1 of")).body(containsString("aria-sort=\"ascending\"")).extract().asString();
        String page2 = as(Role.VIEWER).header("HX-Request", "true").get("/accounts?sort=name&dir=asc&size=10&page=2&target=any")
                .then().statusCode(200).body(not(containsString("<html"))).body(containsString("Page 2 of"))
                .extract().asString();
        assertTrue(!page1.equals(page2));
    }

    @Test
    void shouldSearchByNameOrId() {
        as(Role.VIEWER).get("/accounts?q=ACC00001&target=any").then().statusCode(200)
                .body(containsString("href=\"/accounts/ACC00001?")).body(containsString("1 accounts"));
    }

    @Test
    void shouldRejectAnUnknownSortWithAFriendlyPage() {
        as(Role.VIEWER).get("/accounts?sort=colour").then().statusCode(400).body(containsString("sort"))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldAnswer404ForAnUnknownAccount() {
        as(Role.VIEWER).get("/accounts/NO-SUCH").then().statusCode(404).body(containsString("NO-SUCH"));
        api(Role.VIEWER).get("/api/accounts/NO-SUCH").then().statusCode(404);
    }

    @Test
    void shouldShowTheSameNumbersAsTheApi() {
        JsonPath account = api(Role.VIEWER).get("/api/accounts/ACC00001").then().statusCode(200).extract().jsonPath();
        assertEquals("ACC00001", account.getString("id"));
        List<String> touchIds = account.getList("timeline.touches.flatten().id", String.class);
        assertTrue(!touchIds.isEmpty() && touchIds.stream().allMatch(t -> t.matches("TCH\\d{8}")),
                "the timeline's touch ids are read from the database: " + touchIds);
        String page = as(Role.VIEWER).get("/accounts/ACC00001").then().statusCode(200)
                .body(containsString(account.getString("name"))).body(containsString("Buying committee"))
                .extract().asString();
        String won = io.accountable.web.Numbers.moneyShort(account.getDouble("wonRevenue"), "USD", io.accountable.i18n.Language.EN);
        assertTrue(page.contains(won), "page shows " + won);
    }

    @Test
    void shouldExportTheListAsCsvSafeFromFormulas() {
        String csv = as(Role.VIEWER).get("/accounts/export.csv?target=any").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("id,name,tier"));
        assertEquals("'=1+1", io.accountable.web.CsvSafety.text("=1+1"));
        assertEquals("'-2", io.accountable.web.CsvSafety.text("-2"));
        assertEquals("plain", io.accountable.web.CsvSafety.text("plain"));
    }
}
