package io.accountable.kpi;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The one-sentence definitions of the KPIs ({@link KpiCatalogue}), in English; Russian and
 * Romanian are in {@code messages/kdef_ru.properties} and {@code messages/kdef_ro.properties}. A
 * definition that depends on a setting takes it as a parameter, written in the reader's language.
 * Java code asks {@code Texts.bundle(KpiMsg.class, language)}; templates may write {@code {kdef:key}} ({@code kpi:} is the namespace of {@link KpiFormats}).
 */
@MessageBundle(value = "kdef", locale = "en")
public interface KpiMsg {

    @Message("Sum of the won deals closed in the period at the accounts in scope.")
    String def_revenue();

    @Message("Won revenue of the period against that of the period before, as a change.")
    String def_revenue_growth();

    @Message("Sum of the deals created in the period at the accounts in scope.")
    String def_pipeline_created();

    @Message("Created deals whose account had a touch in the lookback window before creation.")
    String def_influenced_pipeline();

    @Message("Created deals whose first touch in the lookback window came from a marketing channel (any channel but {sales}).")
    String def_sourced_pipeline(String sales);

    @Message("none")
    String none();

    @Message("Won / (won + lost) among the deals closed in the period.")
    String def_win_rate();

    @Message("Mean amount of the deals won in the period.")
    String def_avg_deal_size();

    @Message("Mean days from creation to win over the deals won in the period.")
    String def_sales_cycle_days();

    @Message("Median days from creation to win over the deals won in the period.")
    String def_sales_cycle_days_median();

    @Message("Deals created × win rate × average deal size / sales cycle, per day.")
    String def_pipeline_velocity();

    @Message("Mean annualised contract value of the won deals, one-time fees excluded.")
    String def_acv();

    @Message("Accounts in scope × ACV.")
    String def_tam();

    @Message("Program costs of marketing and sales in the period / new customers.")
    String def_cac();

    @Message("All costs of the period, overhead, tools and salaries included / new customers.")
    String def_cac_fully_loaded();

    @Message("ACV × gross margin ({margin}) / annual churn ({churn}) − CAC.")
    String def_clv(String margin, String churn);

    @Message("(CLV + CAC) / CAC.")
    String def_ltv_cac();

    @Message("(Revenue credited by the attribution model − marketing program cost) / that cost.")
    String def_roi();

    @Message("Accounts in scope with at least one touch in the period.")
    String def_engaged_accounts();

    @Message("Engaged accounts / accounts in scope.")
    String def_influenced_account_rate();

    @Message("Contacts with a touch in the period / known contacts, averaged over the engaged accounts.")
    String def_account_penetration();

    @Message("Share of the engaged accounts where contacts of three or more roles had a touch.")
    String def_buying_committee_coverage();

    @Message("Meetings in the period / engaged accounts.")
    String def_meetings_per_account();

    @Message("Touch-type weights halved every {halfLife} of age, summed per account at the end of the period, averaged over the accounts in scope.")
    String def_engagement_score(String halfLife);

    @Message("Accounts with a deal won in the period / engaged accounts.")
    String def_account_conversion_rate();

    @Message("% promoters (9–10) − % detractors (0–6) among the answers of the period.")
    String def_nps();

    @Message("Share of the period's touches of a high-intent type ({types}).")
    String def_engagement_quality(String types);

    @Message("Email opens / emails sent in the period.")
    String def_email_open_rate();

    @Message("Email clicks / emails sent in the period.")
    String def_email_click_rate();

    @Message("Email replies / emails sent in the period.")
    String def_email_reply_rate();

    @Message("Touches of the period with a funnel stage (top, middle, bottom of the funnel).")
    String def_content_engagement_by_stage();
}
