package io.accountable.account;

import io.accountable.attribution.AttributionService;
import java.util.List;

/** Everything the account page shows, computed before rendering. */
public record AccountDetail(
        String id,
        String name,
        String domain,
        String industry,
        String segment,
        String region,
        String tier,
        boolean target,
        double wonRevenue,
        double openPipeline,
        Double acv,
        Double clv,
        double engagementScore,
        String engagementTier,
        List<Double> engagementTrend,
        List<String> trendMonths,
        Double nps,
        List<ContactLine> contacts,
        List<String> rolesCovered,
        List<String> rolesMissing,
        List<TouchMonth> timeline,
        List<String> channels,
        List<String> types,
        List<OpportunityLine> opportunities,
        List<NpsLine> npsAnswers) {

    public record ContactLine(String id, String name, String title, String role, boolean engaged, String lastTouch,
            int touches) {
    }

    public record TouchLine(String id, String date, String channel, String type, String campaign, String contact) {
    }

    public record TouchMonth(String month, List<TouchLine> touches) {
    }

    public record StageLine(String stage, String entered, Double days) {
    }

    public record OpportunityLine(String id, String name, String type, String status, double amount, String created,
            String closed, List<StageLine> stages, AttributionService.Explanation attribution, String attributionNote) {
    }

    public record NpsLine(String date, int score, String category, String comment) {
    }
}
