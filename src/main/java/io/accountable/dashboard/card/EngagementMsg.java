package io.accountable.dashboard.card;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the engagement cards (docs/metrics.md, "Engagement"), in English; Russian and
 * Romanian are in {@code messages/eng_ru.properties} and {@code messages/eng_ro.properties}.
 * Templates write {@code {eng:key}}; Java code asks {@code Texts.bundle(EngagementMsg.class, language)}.
 * A bundle of its own: Qute generates one method for a bundle's messages, and {@code msg} is at
 * the size where that method stops verifying.
 */
@MessageBundle(value = "eng", locale = "en")
public interface EngagementMsg {

    // ---- the engagement cards (docs/metrics.md, "Engagement") ----------------------------------
    @Message("Engagement")
    String engagement_heading();

    @Message("Computing the engagement cards…")
    String engagement_loading();

    @Message("Email by funnel stage")
    String panel_email_stages();

    @Message("Email touches of the period by the funnel stage they belong to: opens, clicks and replies per email sent. A stage without emails sent is blank.")
    String panel_email_stages_text();

    @Message("Email by campaign")
    String panel_email_campaigns();

    @Message("The same rates per campaign, most emails sent first; email touches without a campaign form a row of their own.")
    String panel_email_campaigns_text();

    @Message("Top content assets")
    String panel_content_assets();

    @Message("The {top} content campaigns (downloads and webinars) with the most influenced pipeline: deals created in the period whose account used the asset within the lookback before the deal. A deal that used two assets counts for both; the total counts it once. The data holds every asset.")
    String panel_content_assets_text(int top);

    @Message("Ad engagement by tier")
    String panel_ad_tiers();

    @Message("Ad impressions and clicks of the accounts in scope in the period, by tier; click rate = clicks / ad touches.")
    String panel_ad_tiers_text();

    @Message("Revenue by deal type")
    String panel_revenue_types();

    @Message("Deals won and closed in the period by type, with each type's share of the revenue.")
    String panel_revenue_types_text();

    @Message("NPS as a leading indicator")
    String panel_nps_outcomes();

    @Message("Accounts grouped by their latest NPS answer before the period starts, and how their deals closed in the period.")
    String panel_nps_outcomes_text();

    @Message("Sent")
    String col_sent();

    @Message("Opens")
    String col_opens();

    @Message("Clicks")
    String col_clicks();

    @Message("Replies")
    String col_replies();

    @Message("Open rate")
    String col_open_rate();

    @Message("Click rate")
    String col_click_rate();

    @Message("Reply rate")
    String col_reply_rate();

    @Message("Downloads")
    String col_downloads();

    @Message("Webinar touches")
    String col_webinar_touches();

    @Message("Accounts")
    String col_accounts();

    @Message("Influenced deals")
    String col_influenced_deals();

    @Message("Influenced pipeline")
    String col_influenced_pipeline();

    @Message("Engaged accounts")
    String col_engaged_accounts();

    @Message("Ad touches")
    String col_ad_touches();

    @Message("Deal type")
    String col_deal_type();

    @Message("Deals won")
    String col_won_deals();

    @Message("Revenue")
    String col_revenue();

    @Message("NPS before the period")
    String col_nps_category();

    @Message("Deals closed")
    String col_closed_deals();

    @Message("Win rate")
    String col_win_rate();

    @Message("Renewal revenue")
    String col_renewal_revenue();

    @Message("Upsell and cross-sell revenue")
    String col_upsell_revenue();

    @Message("Total")
    String row_total();

    @Message("No stage")
    String row_no_stage();

    @Message("No campaign")
    String row_no_campaign();

    @Message("No tier")
    String row_no_tier();

    @Message("No type")
    String row_no_type();

    @Message("No answer")
    String row_no_answer();
}
