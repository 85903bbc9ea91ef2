package io.accountable.demo;

import static io.accountable.TestUsers.api;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo company reads as a real B2B company: every KPI of the API in a range such companies
 * show (an executive who sees an open rate of 174 % stops trusting everything else).
 */
@QuarkusTest
class DemoKpiRangesTest {

    /** id -> {low, high}, inclusive; a blank value (null) is out of range too. */
    static final Map<String, double[]> RANGES = new LinkedHashMap<>();

    static {
        RANGES.put("win_rate", new double[] {0.15, 0.40});
        RANGES.put("sales_cycle_days", new double[] {30, 150});
        RANGES.put("sales_cycle_days_median", new double[] {30, 150});
        RANGES.put("nps", new double[] {-20, 60});
        RANGES.put("email_open_rate", new double[] {0.15, 0.45});
        RANGES.put("email_click_rate", new double[] {0.01, 0.10});
        RANGES.put("email_reply_rate", new double[] {0.002, 0.10});
        RANGES.put("engagement_quality", new double[] {0.02, 0.60});
        RANGES.put("influenced_account_rate", new double[] {0.05, 1.0});
        RANGES.put("account_penetration", new double[] {0.05, 0.9});
        RANGES.put("buying_committee_coverage", new double[] {0.02, 0.9});
        RANGES.put("meetings_per_account", new double[] {0.05, 6});
        RANGES.put("account_conversion_rate", new double[] {0.01, 0.5});
        RANGES.put("roi", new double[] {-0.5, 15});
        RANGES.put("ltv_cac", new double[] {1, 15});
        RANGES.put("revenue_growth", new double[] {-0.5, 2.0}); // a fast-growing company triples at most
    }

    @Test
    void shouldShowEveryKpiInTheRangeOfARealB2bCompany() {
        List<String> wrong = new ArrayList<>();
        for (String period : List.of("last_12_months", "year_to_date")) {
            JsonPath kpis = api(Role.VIEWER).get("/api/kpis?target=any&period=" + period).then().statusCode(200)
                    .extract().jsonPath();
            for (Map.Entry<String, double[]> range : RANGES.entrySet()) {
                Object value = kpis.get("kpis." + range.getKey() + ".value");
                double[] r = range.getValue();
                if (!(value instanceof Number n) || n.doubleValue() < r[0] || n.doubleValue() > r[1]) {
                    wrong.add(period + " " + range.getKey() + " = " + value + " (expected " + r[0] + " to " + r[1] + ")");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
