package io.accountable.settings;

import static io.accountable.TestUsers.api;
import static io.accountable.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.accountable.security.Role;
import io.accountable.touchpoint.TouchType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettingsPageTest {

    private static RequestSpecification form(Settings s, Map<String, String> overrides) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("currency", s.currency());
        fields.put("timeZone", s.timeZone());
        fields.put("grossMargin", String.valueOf(s.grossMargin()));
        fields.put("annualChurnRate", String.valueOf(s.annualChurnRate()));
        fields.put("engagementHalfLifeDays", String.valueOf(s.engagementHalfLifeDays()));
        fields.put("salesChannels", String.join(",", s.salesChannels()));
        fields.put("defaultModel", s.defaultModel());
        fields.put("defaultView", s.defaultView());
        fields.put("lookbackDays", s.lookbackDays() == null ? "all" : s.lookbackDays().toString());
        fields.put("timeDecayHalfLifeDays", String.valueOf(s.timeDecayHalfLifeDays()));
        fields.put("positionFirstShare", String.valueOf(s.positionFirstShare()));
        fields.put("positionLastShare", String.valueOf(s.positionLastShare()));
        for (TouchType t : TouchType.values()) {
            fields.put("weight." + t.id(), String.valueOf(s.touchTypeWeights().get(t.id())));
        }
        for (String t : s.highIntentTypes()) {
            fields.put("intent." + t, "on");
        }
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
                .body(containsString("gross margin")).body(containsString("weight of meeting"))
                .body(containsString("Mars/Olympus"));
    }
}
