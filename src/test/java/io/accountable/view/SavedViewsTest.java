package io.accountable.view;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.TestUsers;
import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookies;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Saved views: own and team views, short links, the default view of /, who may delete, bad
 * input answered in the form, CSRF on the forms, names escaped.
 */
@QuarkusTest
class SavedViewsTest {

    private static final String QUERY = "from=2026-01-01&to=2026-03-31&model=w_shaped&target=any";

    private static RequestSpecification basic(String user) {
        return given().auth().preemptive().basic(user, TestUsers.PASSWORD);
    }

    private static RequestSpecification page(String user) {
        Cookies session = TestUsers.signIn(user, TestUsers.PASSWORD);
        return given().redirects().follow(false).cookies(session).cookie("accountable-csrf", "test-token")
                .header("X-CSRF-Token", "test-token");
    }

    private static JsonPath save(RequestSpecification who, String name, String query, boolean team) {
        return who.contentType("application/json").body(Map.of("name", name, "query", query, "team", team))
                .post("/api/views").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void shouldShowOwnAndTeamViewsAndOpenThemByShortLink() {
        String a = TestUsers.user("views-a", Role.ANALYST);
        String b = TestUsers.user("views-b", Role.ANALYST);
        JsonPath mine = save(basic(a), "Only mine", QUERY, false);
        JsonPath team = save(basic(a), "Q1 for the team", QUERY + "&tier=gold", true);
        assertEquals("period=custom&from=2026-01-01&to=2026-03-31&model=w_shaped", mine.getString("query")
                .substring(0, "period=custom&from=2026-01-01&to=2026-03-31&model=w_shaped".length()),
                "the query is normalised like the dashboard's");
        assertTrue(mine.getString("shortLink").matches("/v/[a-z2-9]{8}"), mine.getString("shortLink"));

        List<String> seenByB = basic(b).get("/api/views").then().statusCode(200).extract().jsonPath()
                .getList("name");
        assertTrue(seenByB.contains("Q1 for the team"), "" + seenByB);
        assertFalse(seenByB.contains("Only mine"), "a private view is its owner's");

        page(b).get(team.getString("shortLink")).then().statusCode(303)
                .header("Location", containsString("/?period=custom&from=2026-01-01&to=2026-03-31"))
                .header("Location", containsString("tier=gold"));
        // the list names the filter as people read it, not as a query string
        page(b).get("/views").then().statusCode(200).body(containsString("2026-01-01 – 2026-03-31 · W-shaped · Revenue (won)"))
                .body(containsString("All accounts · Gold"));
        page(b).get(mine.getString("shortLink")).then().statusCode(404);
        page(a).get(mine.getString("shortLink")).then().statusCode(303);
        page(a).get("/v/nosuchvw").then().statusCode(404);

        // deleting: not another analyst's; a team view its owner or an admin; a private one its owner only
        basic(b).delete("/api/views/" + team.getLong("id")).then().statusCode(403);
        api(Role.ADMIN).delete("/api/views/" + mine.getLong("id")).then().statusCode(404);
        api(Role.ADMIN).post("/api/views/" + team.getLong("id") + "/delete").then().statusCode(204);
        basic(a).delete("/api/views/" + mine.getLong("id")).then().statusCode(204);
        basic(a).get("/api/views/" + mine.getLong("id")).then().statusCode(404);
    }

    @Test
    void shouldOpenTheDefaultViewOnThePlainDashboard() {
        String viewer = TestUsers.user("views-viewer", Role.VIEWER);
        long id = save(api(Role.ANALYST), "Default for a viewer", QUERY, true).getLong("id");
        page(viewer).get("/").then().statusCode(200);
        basic(viewer).post("/api/views/" + id + "/default").then().statusCode(204);
        assertTrue(basic(viewer).get("/api/views").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.defaultView }.id", Long.class).contains(id));
        page(viewer).get("/").then().statusCode(303).header("Location",
                containsString("/?period=custom&from=2026-01-01&to=2026-03-31&model=w_shaped"));
        page(viewer).get("/?period=last_quarter").then().statusCode(200); // a filter given wins
        page(viewer).header("HX-Request", "true").get("/").then().statusCode(200);
        // the page's buttons: clear it
        page(viewer).contentType("application/x-www-form-urlencoded").formParam("csrf-token", "test-token")
                .post("/views/default/clear").then().statusCode(303);
        page(viewer).get("/").then().statusCode(200);
        page(viewer).contentType("application/x-www-form-urlencoded").post("/views/" + id + "/default").then()
                .statusCode(303);
        page(viewer).get("/").then().statusCode(303);
        basic(viewer).delete("/api/views/default").then().statusCode(204);
        page(viewer).get("/").then().statusCode(200);
    }

    @Test
    void shouldLetViewersReadButOnlyAnalystsSave() {
        api(Role.VIEWER).contentType("application/json").body(Map.of("name", "x", "query", QUERY))
                .post("/api/views").then().statusCode(403);
        api(Role.VIEWER).get("/api/views").then().statusCode(200);
        given().get("/api/views").then().statusCode(401);
        given().redirects().follow(false).get("/views").then().statusCode(302);
        as(Role.VIEWER).get("/views").then().statusCode(200).body(containsString("Saved views"))
                .body(not(containsString("Save view</button>")));
        as(Role.ANALYST).get("/views?" + QUERY).then().statusCode(200).body(containsString("Save view</button>"));
        as(Role.VIEWER).contentType("application/x-www-form-urlencoded").formParam("name", "x")
                .post("/views?" + QUERY).then().statusCode(403);
        as(Role.ANALYST).get("/?" + QUERY).then().statusCode(200).body(containsString("action=\"/views?"));
        as(Role.VIEWER).get("/?" + QUERY).then().statusCode(200).body(not(containsString("action=\"/views?")));
    }

    @Test
    void shouldAnswerBadInputInTheFormAndTheApi() {
        api(Role.ANALYST).contentType("application/json").body(Map.of("name", " ", "query", QUERY))
                .post("/api/views").then().statusCode(400).body("error", equalTo("Give the view a name."));
        api(Role.ANALYST).contentType("application/json").body(Map.of("name", "x", "query", "from=2025-13-01"))
                .post("/api/views").then().statusCode(400).body("error", containsString("The query of the view"));
        api(Role.ANALYST).contentType("application/json").body(Map.of("name", "x".repeat(101), "query", QUERY))
                .post("/api/views").then().statusCode(400).body("error", containsString("at most 100"));
        api(Role.ANALYST).get("/api/views/abc").then().statusCode(404);
        as(Role.ANALYST).contentType("application/x-www-form-urlencoded").formParam("name", "")
                .post("/views?" + QUERY).then().statusCode(400).body(containsString("Give the view a name."))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldSaveFromTheFormWithTheCsrfTokenAndEscapeTheName() {
        given().redirects().follow(false).cookies(TestUsers.session(Role.ANALYST))
                .contentType("application/x-www-form-urlencoded").formParam("name", "x")
                .post("/views?" + QUERY).then().statusCode(403);
        as(Role.ANALYST).contentType("application/x-www-form-urlencoded").formParam("name", "Board <b>view</b>")
                .formParam("team", "true").post("/views?" + QUERY).then().statusCode(303)
                .header("Location", containsString("/views?"));
        as(Role.VIEWER).get("/views").then().statusCode(200).body(containsString("Board &lt;b&gt;view&lt;/b&gt;"))
                .body(not(containsString("Board <b>view</b>")));
        as(Role.VIEWER).cookie("accountable-lang", "ru").get("/views").then().statusCode(200)
                .body(containsString("Сохранённые виды"));
        as(Role.VIEWER).cookie("accountable-lang", "ro").get("/views").then().statusCode(200)
                .body(containsString("Vizualizări salvate"));
    }
}
