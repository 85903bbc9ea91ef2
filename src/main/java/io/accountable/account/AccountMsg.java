package io.accountable.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the account list and the account page, in English; Russian and Romanian are in
 * {@code messages/acc_ru.properties} and {@code messages/acc_ro.properties} (docs/languages.md).
 * Templates write {@code {acc:key}}; Java code asks {@code Texts.bundle(AccountMsg.class, language)}.
 * Data values (channels, types, tiers, roles, stages, NPS categories...) go through the label
 * catalogue, counted nouns through {@code label:count}, numbers, dates and months through
 * {@code fmt:*} ({@link io.accountable.web.Formats}).
 */
@MessageBundle(value = "acc", locale = "en")
public interface AccountMsg {

    // ---- both pages -------------------------------------------------------------------------------
    @Message("Breadcrumb")
    String breadcrumb();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("All")
    String all();

    @Message("Date")
    String date();

    @Message("Channel")
    String channel();

    @Message("Type")
    String type();

    @Message("Campaign")
    String campaign();

    @Message("Contact")
    String contact();

    @Message("Last touch")
    String last_touch();

    @Message("Open pipeline")
    String open_pipeline();

    // ---- the account list ---------------------------------------------------------------------
    @Message("Search by name or id")
    String search_label();

    @Message("Search")
    String search();

    @Message("Download CSV")
    String download_csv();

    @Message("Loading…")
    String loading();

    @Message("{total} accounts")
    String accounts_total(String total);

    @Message("{from} to {to}")
    String period_range(String from, String to);

    @Message("only accounts {drill}")
    String only_accounts(String drill);

    @Message("credited by channel {channel}")
    String drill_channel(String channel);

    @Message("engagement tier {tier}")
    String drill_tier(String tier);

    @Message("credited by campaign {campaign}")
    String drill_campaign(String campaign);

    @Message("engaged in the period (a touch)")
    String drill_engaged();

    @Message("with a deal won in the period")
    String drill_won();

    @Message("with a deal created in the period")
    String drill_created();

    @Message("entered stage {stage}")
    String drill_stage(String stage);

    @Message("show all")
    String show_all();

    @Message("No account matches.")
    String no_match();

    @Message("Clear the search and filters")
    String clear_search();

    @Message("Accounts, sorted by {column}")
    String sorted_by(String column);

    @Message("Pages")
    String pages_label();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("Page {page} of {pages}")
    String page_of(int page, int pages);

    // the list's columns (Java: AccountController)
    @Message("Account")
    String col_name();

    @Message("Tier")
    String col_tier();

    @Message("Segment")
    String col_segment();

    @Message("Region")
    String col_region();

    @Message("Target")
    String col_target();

    @Message("Engagement")
    String col_engagement();

    @Message("Penetration")
    String col_penetration();

    @Message("Created in period")
    String col_created_pipeline();

    @Message("Won in period")
    String col_won_revenue();

    @Message("Attributed credit")
    String col_credit();

    @Message("Credit of {what}")
    String col_credit_of(String what);

    @Message("NPS")
    String col_nps();

    // ---- the account page ----------------------------------------------------------------------
    @Message("Download the one-pager (PDF)")
    String download_one_pager();

    @Message("no industry")
    String no_industry();

    @Message("no segment")
    String no_segment();

    @Message("no region")
    String no_region();

    @Message("tier {tier}")
    String tier_of(String tier);

    @Message("on the target list")
    String on_target_list();

    @Message("not on the target list")
    String not_on_target_list();

    @Message("Key figures")
    String key_figures();

    @Message("Won revenue (all time)")
    String won_all_time();

    @Message("ACV")
    String acv();

    @Message("CLV (before CAC)")
    String clv();

    @Message("Engagement score")
    String engagement_score();

    @Message("12-month trend:")
    String trend_12_months();

    @Message("NPS (average score)")
    String nps_average();

    @Message("Buying committee")
    String buying_committee();

    @Message("Roles engaged in the period:")
    String roles_engaged();

    @Message("none")
    String none();

    @Message("Not yet engaged:")
    String not_yet_engaged();

    @Message("Title")
    String title();

    @Message("Role")
    String role();

    @Message("Engaged in period")
    String engaged_in_period();

    @Message("Touches")
    String touches();

    @Message("No known contacts.")
    String no_contacts();

    @Message("Opportunities and how each was attributed")
    String opportunities();

    @Message("Model")
    String model();

    @Message("Show")
    String show();

    @Message("Opportunity {id}")
    String opportunity(String id);

    @Message("created {date}")
    String created(String date);

    @Message("closed {date}")
    String closed(String date);

    @Message("{days} days")
    String stage_days(String days);

    @Message("{model}: {touches} credited (revenue view)")
    String credited_revenue(String model, String touches);

    @Message("{model}: {touches} credited (pipeline view)")
    String credited_pipeline(String model, String touches);

    @Message("Channel scores are the removal effect of each channel: the share of conversions lost without it:")
    String scores_markov();

    @Message("Channel scores are the Shapley value of each channel: its average marginal gain in conversion rate:")
    String scores_shapley();

    @Message("Milestones")
    String milestones();

    @Message("Weight")
    String weight();

    @Message("Credit")
    String credit();

    @Message("First touch")
    String milestone_ft();

    @Message("Lead creation")
    String milestone_lc();

    @Message("Opportunity creation")
    String milestone_oc();

    @Message("Closed won")
    String milestone_cw();

    @Message("No touch in the lookback window: the whole value is unattributed.")
    String no_touch_in_lookback();

    @Message("No opportunities.")
    String no_opportunities();

    @Message("Touch timeline")
    String touch_timeline();

    @Message("Filter")
    String filter();

    @Message("No touches.")
    String no_touches();

    @Message("No touches for this filter.")
    String no_touches_for_filter();

    @Message("NPS answers")
    String nps_answers();

    @Message("Score")
    String score();

    @Message("Category")
    String category();

    @Message("Comment")
    String comment();

    @Message("No answers.")
    String no_answers();

    @Message("Accounts with a journey on the path {path} in the period")
    String drill_path(String path);
}
