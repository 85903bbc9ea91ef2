package io.accountable.ingest;

import static io.accountable.ingest.ImportMapping.Rule.ignore;
import static io.accountable.ingest.ImportMapping.Rule.map;
import static io.accountable.ingest.ImportMapping.Rule.of;

import io.accountable.ingest.ImportMapping.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mappings of the exports of HubSpot, Salesforce and Marketo, with the column names and codes
 * those tools write (docs/crm-import.md lists them column by column). Value maps compare ignoring
 * case, spaces, {@code _} and {@code -}, so an internal value ({@code closedwon}) and its label
 * ({@code Closed Won}) are both understood.
 */
public final class MappingPresets {

    public static final String HUBSPOT = "hubspot";
    public static final String SALESFORCE = "salesforce";
    public static final String MARKETO = "marketo";
    /** The preset names, reserved: no saved mapping takes one. */
    public static final List<String> NAMES = List.of(HUBSPOT, SALESFORCE, MARKETO);

    private MappingPresets() {
    }

    /** The preset of that name for that kind; empty when the tool has no file of that kind. */
    public static Optional<ImportMapping> find(String name, ImportKind kind) {
        return all().stream().filter(m -> m.name().equals(name) && m.kind() == kind).findFirst();
    }

    /** The kinds a preset maps, in the order they import. */
    public static List<ImportKind> kindsOf(String name) {
        return all().stream().filter(m -> m.name().equals(name)).map(ImportMapping::kind).toList();
    }

    /** Every preset, by tool and in the order the files import. */
    public static List<ImportMapping> all() {
        List<ImportMapping> all = new ArrayList<>();
        all.addAll(hubspot());
        all.addAll(salesforce());
        all.addAll(marketo());
        return all;
    }

    // ---- HubSpot: the CRM's "Export" of a view (Record ID, property labels as headers) -------
    private static final String HUBSPOT_DATES = "yyyy-MM-dd HH:mm";

    static List<ImportMapping> hubspot() {
        Rule companyId = of("Associated Company IDs", "account_id").withOp("first");
        Rule primaryCompany = of("Associated Company IDs (Primary)", "account_id");
        return List.of(
                new ImportMapping(HUBSPOT, ImportKind.ACCOUNTS, List.of(of("Record ID", "id"),
                        of("Company name", "name"), of("Company Domain Name", "domain"), of("Industry", "industry"),
                        of("Country/Region", "region"), of("Number of Employees", "employees"),
                        of("Annual Revenue", "annual_revenue"), of("Create Date", "created_at"),
                        map("Ideal Customer Profile Tier", "tier", "tier_1", "one_to_one", "tier_2", "one_to_few",
                                "tier_3", "one_to_many"),
                        map("Target Account", "target", "true", "true", "yes", "true", "false", "false", "no", "false"), ignore("Company owner"), ignore("Lifecycle Stage")),
                        HUBSPOT_DATES, null),
                new ImportMapping(HUBSPOT, ImportKind.CONTACTS, List.of(of("Record ID", "id"), primaryCompany,
                        companyId, of("First Name", "name"), of("Last Name", "name").withOp("append"),
                        of("Email", "email"), of("Job Title", "title"),
                        new Rule("Buying Role", "role", buyingRoles(), "first"), of("Create Date", "created_at"),
                        ignore("Contact owner"), ignore("Lifecycle Stage")), HUBSPOT_DATES, null),
                new ImportMapping(HUBSPOT, ImportKind.OPPORTUNITIES, List.of(of("Record ID", "id"), primaryCompany,
                        companyId, of("Deal Name", "name"), of("Amount", "amount"),
                        map("Deal Stage", "status", "closedwon", "won", "closedlost", "lost", ImportMapping.ANY, "open"),
                        of("Deal Stage", "stage"),
                        map("Deal Type", "type", "newbusiness", "new_business", "existingbusiness", "upsell"),
                        of("Create Date", "created_at"), of("Close Date", "closed_at"), ignore("Pipeline"),
                        ignore("Deal owner")), HUBSPOT_DATES, null),
                // the deals export again, with its "Date entered" columns: a row per stage entered
                new ImportMapping(HUBSPOT, ImportKind.STAGE_CHANGES, List.of(of("Record ID", "opportunity_id"),
                        new Rule(HUBSPOT_DATE_ENTERED, "stage", hubspotStages(), "header"),
                        of(HUBSPOT_DATE_ENTERED, "entered_at"), ignore("Deal Name"), ignore("Pipeline"),
                        ignore("Deal Stage")), HUBSPOT_DATES, null));
    }

    /** One column per stage of each pipeline: {@code Date entered "Closed Won (Sales Pipeline)"}. */
    static final String HUBSPOT_DATE_ENTERED = "Date entered \"* (*)\"";

    /**
     * The stages of HubSpot's default sales pipeline, label to the internal id the deals export
     * writes in {@code Deal Stage}; a stage of a pipeline of your own stays as its label.
     */
    private static java.util.Map<String, String> hubspotStages() {
        java.util.Map<String, String> stages = new java.util.LinkedHashMap<>();
        stages.put("Appointment Scheduled", "appointmentscheduled");
        stages.put("Qualified To Buy", "qualifiedtobuy");
        stages.put("Presentation Scheduled", "presentationscheduled");
        stages.put("Decision Maker Bought-In", "decisionmakerboughtin");
        stages.put("Contract Sent", "contractsent");
        stages.put("Closed Won", "closedwon");
        stages.put("Closed Lost", "closedlost");
        return stages;
    }

    private static java.util.Map<String, String> buyingRoles() {
        java.util.Map<String, String> roles = new java.util.LinkedHashMap<>();
        roles.put("DECISION_MAKER", "decision_maker");
        roles.put("BUDGET_HOLDER", "decision_maker");
        roles.put("EXECUTIVE_SPONSOR", "decision_maker");
        roles.put("CHAMPION", "champion");
        roles.put("INFLUENCER", "influencer");
        roles.put("BLOCKER", "blocker");
        roles.put("END_USER", "user");
        roles.put("LEGAL_AND_COMPLIANCE", "other");
        roles.put("OTHER", "other");
        return roles;
    }

    // ---- Salesforce: API field names, as Data Loader, Workbench and the Bulk API write them ----
    static List<ImportMapping> salesforce() {
        return List.of(
                new ImportMapping(SALESFORCE, ImportKind.ACCOUNTS, List.of(of("Id", "id"), of("Name", "name"),
                        of("Website", "domain"), of("Industry", "industry"), of("BillingCountry", "region"),
                        of("NumberOfEmployees", "employees"), of("AnnualRevenue", "annual_revenue"),
                        of("CreatedDate", "created_at"), ignore("Type"), ignore("OwnerId")), null, null),
                new ImportMapping(SALESFORCE, ImportKind.CONTACTS, List.of(of("Id", "id"), of("AccountId", "account_id"),
                        of("FirstName", "name"), of("LastName", "name").withOp("append"), of("Email", "email"),
                        of("Title", "title"), of("CreatedDate", "created_at"), ignore("OwnerId")), null, null),
                new ImportMapping(SALESFORCE, ImportKind.CAMPAIGNS, List.of(of("Id", "id"), of("Name", "name"),
                        of("Type", "channel"), of("Parent.Name", "program"), of("StartDate", "start_date"),
                        of("EndDate", "end_date"), of("BudgetedCost", "budget"), ignore("Status"),
                        ignore("ActualCost")), null, null),
                new ImportMapping(SALESFORCE, ImportKind.COSTS, List.of(of("Id", "id"), of("Id", "campaign_id"),
                        of("StartDate", "date"), of("ActualCost", "amount"), of("Type", "channel")), null, null),
                new ImportMapping(SALESFORCE, ImportKind.OPPORTUNITIES, List.of(of("Id", "id"),
                        of("AccountId", "account_id"), of("Name", "name"), of("Amount", "amount"),
                        map("IsWon", "status", "true", "won"), map("IsClosed", "status", "false", "open", "true", "lost"),
                        map("StageName", "status", "Closed Won", "won", "Closed Lost", "lost", ImportMapping.ANY, "open"),
                        of("StageName", "stage"),
                        map("Type", "type", "New Customer", "new_business", "New Business", "new_business",
                                "Existing Customer - Upgrade", "upsell", "Existing Business", "upsell", "Upsell",
                                "upsell", "Cross-sell", "cross_sell", "Existing Customer - Replacement", "renewal",
                                "Existing Customer - Downgrade", "renewal", "Renewal", "renewal"),
                        of("CreatedDate", "created_at"), of("CloseDate", "closed_at"),
                        of("CurrencyIsoCode", "currency"), ignore("Probability"), ignore("OwnerId")), null, null),
                new ImportMapping(SALESFORCE, ImportKind.STAGE_CHANGES, List.of(of("OpportunityId", "opportunity_id"),
                        of("StageName", "stage"), of("CreatedDate", "entered_at"), ignore("Id"), ignore("Amount"),
                        ignore("CloseDate"), ignore("Probability")), null, null),
                new ImportMapping(SALESFORCE, ImportKind.TOUCHPOINTS, List.of(of("Id", "id"),
                        of("Contact.AccountId", "account_id"), of("ContactId", "contact_id"),
                        of("CampaignId", "campaign_id"), of("Campaign.Type", "channel"),
                        map("Status", "type", "Sent", "email_sent", "Opened", "email_open", "Clicked", "email_click",
                                "Replied", "email_reply", "Responded", "form_fill", "Registered", "webinar_registered",
                                "Attended", "event_attended", "Visited", "web_visit", "Downloaded", "content_download",
                                "Meeting", "meeting"),
                        of("FirstRespondedDate", "occurred_at"), of("CreatedDate", "occurred_at"), ignore("LeadId"),
                        ignore("HasResponded")), null, null));
    }

    // ---- Marketo: the Bulk Extract activity export, with the lead's synced Salesforce ids ------
    static List<ImportMapping> marketo() {
        return List.of(new ImportMapping(MARKETO, ImportKind.TOUCHPOINTS, List.of(of("marketoGUID", "id"),
                of("sfdcAccountId", "account_id"), of("sfdcContactId", "contact_id"),
                map("activityTypeId", "channel", "1", "web", "2", "web", "3", "web", "6", "email", "7", "email", "10",
                        "email", "11", "email"),
                map("activityTypeId", "type", "1", "web_visit", "2", "form_fill", "3", "web_visit", "6", "email_sent",
                        "7", "email_sent", "10", "email_open", "11", "email_click"),
                of("activityDate", "occurred_at"), ignore("leadId"), ignore("campaignId"),
                ignore("primaryAttributeValueId"), ignore("primaryAttributeValue"), ignore("attributes")), null, null));
    }
}
