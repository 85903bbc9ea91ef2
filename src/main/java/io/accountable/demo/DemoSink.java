package io.accountable.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Receives the demo data as it is generated, one record at a time, so that neither the
 * database loader nor the CSV writer ever holds the whole data set. Every record carries
 * the internal id (for foreign keys) and the external id (for the import files).
 */
public interface DemoSink {

    record AccountRow(long id, String externalId, String name, String domain, String industry, String segment,
            String region, String tier, boolean target, int employees, BigDecimal annualRevenue, Instant createdAt) {
    }

    record ContactRow(long id, String externalId, long accountId, String accountExternalId, String name, String email,
            String title, String role, Instant createdAt) {
    }

    record CampaignRow(long id, String externalId, String name, String channel, String program, LocalDate startDate,
            LocalDate endDate, BigDecimal budget) {
    }

    record TouchRow(long id, String externalId, long accountId, String accountExternalId, Long contactId,
            String contactExternalId, Long campaignId, String campaignExternalId, String channel, String type,
            Instant occurredAt, String funnelStage) {
    }

    record OpportunityRow(long id, String externalId, long accountId, String accountExternalId, String name,
            BigDecimal amount, String status, String type, String stage, Instant createdAt, Instant closedAt,
            Integer contractMonths, BigDecimal oneTimeFees, String currency) {
    }

    record StageChangeRow(long opportunityId, String opportunityExternalId, String stage, Instant enteredAt) {
    }

    record CostRow(long id, String externalId, LocalDate date, BigDecimal amount, Long campaignId,
            String campaignExternalId, String channel, String category, String team) {
    }

    record NpsRow(long id, String externalId, long accountId, String accountExternalId, Long contactId,
            String contactExternalId, int score, Instant respondedAt, String comment) {
    }

    void account(AccountRow row);

    void contact(ContactRow row);

    void campaign(CampaignRow row);

    void touch(TouchRow row);

    void opportunity(OpportunityRow row);

    void stageChange(StageChangeRow row);

    void cost(CostRow row);

    void nps(NpsRow row);
}
