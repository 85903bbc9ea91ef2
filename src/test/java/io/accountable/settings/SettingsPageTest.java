package io.accountable.settings;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettingsPageTest {

    @jakarta.inject.Inject
    SettingsService service;

    private static RequestSpecification form(Settings s, Map<String, String> overrides) {
        Map<String, String> fields = SettingsForm.fields(s);
        fields.putAll(overrides);
        return as(Role.ANALYST).formParams(fields);
    }

    @AfterEach
    void restoreDefaults() {
        form(Settings.defaults(), Map.of()).post("/settings").then().statusCode(200);
    }

    @Test
    void shouldShowTheSettingsToAnAnalystButNotToAViewer() {
        as(Role.ANALYST).get("/settings").then().statusCode(200).body(containsString("Reporting currency"));
        as(Role.VIEWER).get("/settings").then().statusCode(403);
    }

    @Test
    void shouldChangeTheCustomModelWhenAWeightChanges() {
        double before = api(Role.VIEWER).get("/api/attribution?model=custom&target=any").then().statusCode(200)
                .extract().jsonPath().getDouble("rows.find { it.key == 'sdr_outreach' }.credit");
        form(Settings.defaults(), Map.of("weight.meeting", "100", "weight.call", "100")).post("/settings").then()
                .statusCode(200).body(containsString("Saved"));
        double after = api(Role.VIEWER).get("/api/attribution?model=custom&target=any").then().statusCode(200)
                .extract().jsonPath().getDouble("rows.find { it.key == 'sdr_outreach' }.credit");
        assertNotEquals(before, after);
        as(Role.ANALYST).get("/settings").then().body(containsString("test-analyst"));
    }

    @Test
    void shouldRejectInvalidSettingsAndSaveNothing() {
        form(Settings.defaults(), Map.of("grossMargin", "1.5", "weight.meeting", "-1", "timeZone", "Mars/Olympus"))
                .post("/settings").then().statusCode(400).body(containsString("Nothing was saved"))
                .body(containsString("gross margin")).body(containsString("meeting: A weight is a number of 0 or more"))
                .body(containsString("Mars/Olympus"));
    }

    @Test
    void shouldShowEveryProblemBesideItsFieldKeepTheInputAndSaveNothing() {
        int versions = service.history().size();
        String page = form(Settings.defaults(), Map.of("timeDecayHalfLifeDays", "Infinity", "grossMargin", "NaN",
                "annualChurnRate", "abc", "currency", "XYZ", "salesChannels", "sdr_outreach, carrier pigeon",
                "defaultModel", "astrology", "lookbackDays", "ten", "positionFirstShare", "0.7",
                "positionLastShare", "0.7")).post("/settings").then().statusCode(400).extract().asString();
        for (String expected : List.of("Nothing was saved", "8 problems to correct",
                "id=\"timeDecayHalfLifeDays-error\"", "value=\"Infinity\"", "id=\"grossMargin-error\"",
                "value=\"NaN\"", "value=\"abc\"", "id=\"currency-error\"", "ISO 4217", "value=\"XYZ\"",
                "Not a channel in the data: carrier_pigeon", "value=\"sdr_outreach, carrier pigeon\"",
                "The default model is one of the ten models", "value=\"ten\"", "add up to at most 1")) {
            assertTrue(page.contains(expected), expected);
        }
        assertEquals(versions, service.history().size(), "nothing saved");
        // every page still answers with the settings in force
        as(Role.VIEWER).get("/").then().statusCode(200);
    }

    @Test
    void shouldAcceptANewSalesChannelWhenToldAndARealCurrency() {
        form(Settings.defaults(), Map.of("salesChannels", "sdr_outreach, partner referrals", "acceptNewChannels", "on",
                "currency", "mdl")).post("/settings").then().statusCode(200).body(containsString("Saved"));
        assertEquals(List.of("sdr_outreach", "partner_referrals"), service.current().salesChannels());
        assertEquals("MDL", service.current().currency());
    }

    @Test
    void shouldReadADecimalCommaInRussianAndRomanianOnly() {
        form(Settings.defaults(), Map.of("grossMargin", "0,6")).header("Accept-Language", "ro").post("/settings").then()
                .statusCode(200);
        assertEquals(0.6, service.current().grossMargin(), 1e-12);
        form(Settings.defaults(), Map.of("grossMargin", "0,6")).post("/settings").then().statusCode(400)
                .body(containsString("value=\"0,6\""));
    }
}
