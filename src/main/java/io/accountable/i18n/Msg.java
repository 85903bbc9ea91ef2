package io.accountable.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every visible string of the pages translated so far, in English; Russian and Romanian are in
 * {@code messages/msg_ru.properties} and {@code messages/msg_ro.properties} (docs/languages.md).
 * Templates write {@code {msg:key}}; Java code asks {@link Texts#msg}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    // ---- the frame of every page -------------------------------------------------------------
    @Message("Skip to content")
    String skip_to_content();

    @Message("Accountable home")
    String home_label();

    @Message("Main")
    String nav_label();

    @Message("Dashboard")
    String nav_dashboard();

    @Message("Accounts")
    String nav_accounts();

    @Message("Reports")
    String nav_reports();

    @Message("Import")
    String nav_import();

    @Message("Settings")
    String nav_settings();

    @Message("Users")
    String nav_users();

    @Message("Audit")
    String nav_audit();

    @Message("Your password and API tokens")
    String profile_title();

    @Message("Sign out")
    String sign_out();

    @Message("Language")
    String language();

    @Message("Change")
    String language_apply();

    @Message("Data warning.")
    String data_warning();

    @Message("Rows left out")
    String rows_left_out();

    @Message("Accountable · account-based marketing, accounted for")
    String footer();

    // ---- sign-in and errors ----------------------------------------------------------------------
    @Message("Sign in")
    String sign_in();

    @Message("What your account-based marketing actually earns.")
    String tagline();

    @Message("User name")
    String user_name();

    @Message("Password")
    String password();

    @Message("The user name or password is not right. Try again.")
    String sign_in_failed();

    @Message("Too many failed sign-ins for this user name. Try again in {minutes} min.")
    String sign_in_throttled(long minutes);

    @Message("Reference {reference}")
    String error_reference(String reference);

    @Message("Back to the dashboard")
    String back_to_dashboard();

    // ---- the dashboard's filters -------------------------------------------------------------
    @Message("Dashboard filters")
    String filters_label();

    @Message("Period")
    String period();

    @Message("This quarter")
    String period_this_quarter();

    @Message("Last quarter")
    String period_last_quarter();

    @Message("Year to date")
    String period_year_to_date();

    @Message("Last 12 months")
    String period_last_12_months();

    @Message("Custom dates")
    String period_custom();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Attribution model")
    String model();

    @Message("View")
    String view();

    @Message("Revenue (won)")
    String view_revenue();

    @Message("Pipeline (created)")
    String view_pipeline();

    @Message("Lookback (days)")
    String lookback_days();

    @Message("Half-life (days)")
    String half_life_days();

    @Message("Tier")
    String tier();

    @Message("All tiers")
    String all_tiers();

    @Message("Segment")
    String segment();

    @Message("All segments")
    String all_segments();

    @Message("Region")
    String region();

    @Message("All regions")
    String all_regions();

    @Message("Industry")
    String industry();

    @Message("All industries")
    String all_industries();

    @Message("Target list")
    String target_true();

    @Message("Not on the list")
    String target_false();

    @Message("All accounts")
    String target_any();

    @Message("Compare with")
    String compare_with();

    @Message("The period before")
    String compare_previous();

    @Message("The same days a year earlier")
    String compare_year();

    @Message("Active filters")
    String active_filters();

    @Message("Remove this filter")
    String remove_filter();

    @Message("Apply")
    String apply();

    @Message("Reset")
    String reset();

    @Message("Updating…")
    String updating();

    // ---- the dashboard ----------------------------------------------------------------------------
    @Message("No data yet")
    String no_data_yet();

    @Message("Import your CRM and marketing exports on the Import page, or start Accountable with ACCOUNTABLE_DEMO_SCALE=small on an empty database to explore the demo company.")
    String no_data_yet_text();

    @Message("{from} to {to} · {model} · {view} · lookback {lookback} days")
    String period_line(String from, String to, String model, String view, String lookback);

    @Message("all")
    String all();

    @Message("Download PDF")
    String download_pdf();

    @Message("vs {previous}")
    String versus(String previous);

    @Message("Trend over the last three periods")
    String trend_label();

    @Message("See the accounts")
    String see_accounts();

    @Message(" behind {label}")
    String behind(String label);

    @Message("Nothing matches these filters")
    String nothing_matches();

    @Message("No conversion in this period for these accounts.")
    String nothing_matches_text();

    @Message("Clear the filters")
    String clear_filters();

    @Message("or choose a longer period.")
    String or_longer_period();

    @Message("How sure is each channel's credit?")
    String intervals_heading();

    @Message("… {steps} more …")
    String path_more_steps(int steps);

    @Message("Computing 24 months…")
    String trend_loading();

    @Message("Computing 90 % intervals (the accounts drawn again 200 times)…")
    String intervals_loading();

    @Message("Which model fits your data?")
    String backtest_heading();

    @Message("Testing the ten models on outcomes simulated with known effects on your journeys…")
    String backtest_loading();

    @Message("Attributed {view} by channel · {model}")
    String attributed_by_channel(String view, String model);

    @Message("Total {total} from {conversions}; unattributed {unattributed}.")
    String attribution_total(String total, String conversions, String unattributed);

    @Message("Bar chart of attributed {view} by channel under {model}; the table below has the numbers; click a bar to see its accounts")
    String attribution_chart_label(String view, String model);

    @Message("View as table")
    String view_as_table();

    @Message("Channel")
    String channel();

    @Message("Credit")
    String credit();

    @Message("Conversions")
    String conversions();

    @Message("Cost")
    String cost();

    @Message("ROI")
    String roi();

    @Message("ROAS")
    String roas();

    @Message("Unattributed")
    String unattributed();

    @Message("ROI by channel · {model}")
    String roi_by_channel(String model);

    @Message("Channels with costs in the period: (credit − cost) / cost. ROAS is in the table.")
    String roi_by_channel_text();

    @Message("Bar chart of ROI by channel; the table below has the numbers")
    String roi_chart_label();

    @Message("All models side by side")
    String all_models();

    @Message("The same conversions credited by every model: where the models agree, the channel's value is robust; where they differ, the choice of model matters.")
    String all_models_text();

    @Message("Grouped bar chart of attributed {view} per channel under all ten models; the table below has the numbers")
    String all_models_chart_label(String view);

    @Message("Credited")
    String credited();

    @Message("{title}; the table below has the numbers")
    String chart_label(String title);

    @Message("revenue")
    String view_name_revenue();

    @Message("pipeline")
    String view_name_pipeline();

    // ---- tile groups and tiles (Java: Texts.msg) ----------------------------------------------
    @Message("Revenue")
    String group_revenue();

    @Message("Relationships")
    String group_relationships();

    @Message("Reputation")
    String group_reputation();

    @Message("no comparison")
    String delta_none();

    @Message("▲ up {value}")
    String delta_up(String value);

    @Message("▼ down {value}")
    String delta_down(String value);

    @Message("▶ flat {value}")
    String delta_flat(String value);

    @Message("better")
    String trend_better();

    @Message("worse")
    String trend_worse();

    @Message("Revenue from target accounts")
    String tile_revenue();

    @Message("Pipeline created")
    String tile_pipeline_created();

    @Message("Influenced pipeline")
    String tile_influenced_pipeline();

    @Message("Marketing-sourced pipeline")
    String tile_sourced_pipeline();

    @Message("Win rate")
    String tile_win_rate();

    @Message("Average deal size")
    String tile_avg_deal_size();

    @Message("Sales cycle (days)")
    String tile_sales_cycle_days();

    @Message("Pipeline velocity (per day)")
    String tile_pipeline_velocity();

    @Message("Average contract value (annual)")
    String tile_acv();

    @Message("Customer acquisition cost")
    String tile_cac();

    @Message("Content engagement")
    String tile_content_engagement_by_stage();

    @Message("Revenue growth")
    String tile_revenue_growth();

    @Message("Sales cycle, median (days)")
    String tile_sales_cycle_days_median();

    @Message("Total addressable market")
    String tile_tam();

    @Message("Fully loaded CAC")
    String tile_cac_fully_loaded();

    @Message("LTV : CAC")
    String tile_ltv_cac();

    @Message("Customer lifetime value")
    String tile_clv();

    @Message("Marketing ROI")
    String tile_roi();

    @Message("Engaged accounts")
    String tile_engaged_accounts();

    @Message("Share of the list engaged")
    String tile_influenced_account_rate();

    @Message("Account penetration")
    String tile_account_penetration();

    @Message("Buying-committee coverage")
    String tile_buying_committee_coverage();

    @Message("Meetings per engaged account")
    String tile_meetings_per_account();

    @Message("Average engagement score")
    String tile_engagement_score();

    @Message("Account conversion rate")
    String tile_account_conversion_rate();

    @Message("Net Promoter Score")
    String tile_nps();

    @Message("Engagement quality")
    String tile_engagement_quality();

    @Message("Email open rate")
    String tile_email_open_rate();

    @Message("Email click rate")
    String tile_email_click_rate();

    @Message("Email reply rate")
    String tile_email_reply_rate();


    // ---- the ten models ---------------------------------------------------------------------------
    @Message("First touch")
    String model_first_touch();

    @Message("Last touch")
    String model_last_touch();

    @Message("Linear")
    String model_linear();

    @Message("Time decay")
    String model_time_decay();

    @Message("Position-based (U-shaped)")
    String model_position_based();

    @Message("W-shaped")
    String model_w_shaped();

    @Message("Full path (Z-shaped)")
    String model_full_path();

    @Message("Custom weights")
    String model_custom();

    @Message("Data-driven: Markov removal effect")
    String model_markov();

    @Message("Data-driven: Shapley value")
    String model_shapley();

    // ---- the trust cards ------------------------------------------------------------------------
    @Message("How sure is each channel's credit? · {model}")
    String intervals_title(String model);

    @Message("90 % intervals: the accounts in scope drawn again {resamples} times with replacement and the model recomputed each time. A narrow interval means the credit hardly depends on which accounts happened to convert.")
    String intervals_text(int resamples);

    @Message("As JSON")
    String as_json();

    @Message("Each channel's credit with its 90 % interval as an error bar; the table below has the numbers")
    String intervals_chart_label();

    @Message("90 % interval, low")
    String interval_low();

    @Message("high")
    String interval_high();

    @Message("Can it be trusted?")
    String can_it_be_trusted();

    @Message("Too little data")
    String too_little_data();

    @Message("Yes, at this level")
    String trusted_at_this_level();

    @Message("Only {conversions} are in scope: every interval is marked \"too little data\". Choose a longer period or fewer account filters.")
    String few_conversions_warning(String conversions);

    @Message("Does the ranking survive another window?")
    String ranking_heading();

    @Message("Robust: the ranking hardly changes with the window.")
    String verdict_robust();

    @Message("Fairly robust: neighbouring channels swap places with the window.")
    String verdict_fairly_robust();

    @Message("Fragile: the ranking depends on the window chosen.")
    String verdict_fragile();

    @Message("Over lookbacks of 30, 60, 90, 180 and 365 days and all touches, the channel order agrees with the current one at least at Kendall's tau {tau} (1: the same order; 0: unrelated).")
    String ranking_text(String tau);

    @Message("Over lookbacks of 30, 60, 90, 180 and 365 days and all touches, and half-lives of 3 to 60 days, the channel order agrees with the current one at least at Kendall's tau {tau} (1: the same order; 0: unrelated).")
    String ranking_text_half_lives(String tau);

    @Message("Too few channels to compare rankings.")
    String ranking_too_few();

    @Message("Per window, as JSON")
    String per_window_json();

    @Message("Too few journeys in scope to test the models. Choose a longer period or fewer account filters.")
    String backtest_too_few();

    @Message("On {journeys} as they are in your data (the same accounts, channels, order and timing), conversions were simulated with known channel effects in {scenarios} scenarios, and each model was scored by how far its channel shares fall from the true incremental shares. {best} came closest: on average {points} percentage points per channel.")
    String backtest_text(String journeys, int scenarios, String best, String points);

    @Message("The model you are viewing ranks {rank} of {count}.")
    String backtest_rank(int rank, int count);

    @Message("Rank")
    String rank();

    @Message("Mean error, points per channel")
    String mean_error();

    @Message("One dominant channel")
    String scenario_one_dominant();

    @Message("Even effects")
    String scenario_even();

    @Message("Mixed effects")
    String scenario_mixed();

    @Message("(viewing)")
    String viewing();

    @Message("Do the data-driven models predict accounts they have not seen?")
    String predictive_heading();

    @Message("{model}: fitted on {train} of 80 % of the accounts, its predictions for the other {test} are {improvement} better (log-loss {loss}) than a channel-blind guess ({baseline}).")
    String predictive_helps(String model, String train, String test, String improvement, String loss, String baseline);

    @Message("{model}: fitted on {train} of 80 % of the accounts, its predictions for the other {test} are no better than a channel-blind guess (log-loss {loss} against {baseline}): the channels tell little about who converts here.")
    String predictive_no_help(String model, String train, String test, String loss, String baseline);

    @Message("A simulation checks which model can recover effects of the kind simulated; it does not prove what your channels really caused. See the documentation, section \"Which model fits your data\".")
    String backtest_caveat();

    // ---- the chart panels --------------------------------------------------------------------------
    @Message("Attributed {view} ({currency})")
    String axis_attributed(String view, String currency);

    @Message("ROI (%)")
    String axis_roi();

    @Message("ROI by campaign · {model}")
    String panel_campaign_roi(String model);

    @Message("The 12 campaigns with the most credit and a cost in the period: (credit − cost) / cost.")
    String panel_campaign_roi_text();

    @Message("Campaign")
    String campaign();

    @Message("Days per pipeline stage")
    String panel_stages();

    @Message("Median days in each stage for deals that entered a stage in the period; the bottleneck is marked.")
    String panel_stages_text();

    @Message("bottleneck")
    String bottleneck();

    @Message("Median days")
    String median_days();

    @Message("Mean days")
    String mean_days();

    @Message("Days")
    String days();

    @Message("Stage")
    String stage();

    @Message("Entered")
    String entered();

    @Message("Still open")
    String still_open();

    @Message("To next stage")
    String to_next_stage();

    @Message("Conversion by engagement tier")
    String panel_engagement();

    @Message("Deals created in the period by the tier their account held then, and the share won. Spearman rank correlation of score and won amount: {rho}.")
    String panel_engagement_text(String rho);

    @Message("Won (%)")
    String won_percent();

    @Message("Deals created")
    String deals_created();

    @Message("Won")
    String won();

    @Message("Conversion")
    String conversion();

    @Message("Touches by funnel stage")
    String panel_funnel();

    @Message("Touches in the period by funnel stage (top, middle, bottom of the funnel).")
    String panel_funnel_text();

    @Message("Touches")
    String touches();

    @Message("Share")
    String share();

    @Message("NPS over time")
    String panel_nps();

    @Message("Net Promoter Score per month from answers of accounts in scope; months without answers are blank.")
    String panel_nps_text();

    @Message("Month")
    String month();

    @Message("Revenue and pipeline by month")
    String panel_trend();

    @Message("Won revenue and pipeline created per calendar month over the 24 months ending with the period's last day, "
            + "for the accounts in scope; the table adds win rate and pipeline velocity.")
    String panel_trend_text();

    @Message("Answers")
    String answers();

    @Message("Promoters")
    String promoters();

    @Message("Detractors")
    String detractors();

    @Message("NPS")
    String nps();

    @Message("Most frequent journeys")
    String panel_paths();

    @Message("The {top} most frequent channel paths of the accounts' journeys in the period, converting or not (a channel repeated in a row counts once), with the share that converted and their value; the other paths add up in the last row.")
    String panel_paths_text(int top);

    @Message("Path")
    String path();

    @Message("Journeys")
    String journeys();

    @Message("Value")
    String path_value();

    @Message("Other paths")
    String other_paths();

    @Message("No touches")
    String no_touches();

    // ---- the data of a card (docs/data-and-api.md, "Cards") ----------------------------------
    @Message("Download data")
    String download_data();

    @Message("Key figures")
    String card_kpis();

    @Message("Key")
    String card_key();

    // ---- the executive narrative (docs/narrative.md) ------------------------------------------
    @Message("In short")
    String narrative_heading();

    @Message("Writing the summary…")
    String narrative_loading();

    @Message("against the previous period")
    String narrative_against_previous();

    @Message("against the same days a year earlier")
    String narrative_against_year();

    @Message("up {value}")
    String narrative_up(String value);

    @Message("down {value}")
    String narrative_down(String value);

    @Message("unchanged")
    String narrative_unchanged();

    @Message("no comparison")
    String narrative_no_comparison();

    @Message("good news")
    String narrative_good();

    @Message("bad news")
    String narrative_bad();

    @Message("Revenue from target accounts was {revenue} ({revenueChange} {against}). Pipeline velocity, how fast the pipeline turns into revenue, was {velocity} a day ({velocityChange}); account penetration, how much of the buying committees we reach, was {penetration} ({penetrationChange}).")
    String narrative_headline(String revenue, String revenueChange, String velocity, String velocityChange,
            String penetration, String penetrationChange, String against);

    @Message("The largest other change: {kpi} went {change}, from {previous} to {value} ({verdict}).")
    String narrative_largest_change(String kpi, String change, String previous, String value, String verdict);

    @Message("The bottleneck is the stage {stage}: deals spend a median of {days} days there and {conversion} move on to the next stage.")
    String narrative_bottleneck(String stage, String days, String conversion);

    @Message("Under {model}, {gainer} gained the most credit ({gainerBefore} before, {gainerNow} now) and {loser} lost the most ({loserBefore} before, {loserNow} now).")
    String narrative_channel_shift(String model, String gainer, String gainerBefore, String gainerNow, String loser,
            String loserBefore, String loserNow);

    @Message("Under {model}, {gainer} gained the most credit ({before} before, {now} now); no channel lost credit.")
    String narrative_channel_gain(String model, String gainer, String before, String now);

    @Message("Under {model}, {loser} lost the most credit ({before} before, {now} now); no channel gained credit.")
    String narrative_channel_loss(String model, String loser, String before, String now);

    @Message("Worth more budget: {campaign} earned {credit} of credit on {cost} of spend, an ROI of {roi}, the best return among the campaigns that cost least.")
    String narrative_recommendation(String campaign, String credit, String cost, String roi);

    @Message("Nothing to tell for this period: no revenue, no pipeline created and no engaged account match the filter.")
    String narrative_nothing();

    // ---- where converting journeys start and end (docs/attribution.md, section 11) ------------
    @Message("Where converting journeys start and end")
    String panel_flow();

    @Message("From the channel of the first touch (left) to the channel of the last touch before the conversion (right); the thicker the band, the more conversions.")
    String panel_flow_text();

    @Message("First channel")
    String flow_first();

    @Message("First channel (id)")
    String flow_first_key();

    @Message("Last channel")
    String flow_last();

    @Message("Last channel (id)")
    String flow_last_key();

    @Message("Flow from first to last channel of the converting journeys; the numbers are in the table")
    String flow_chart_label();

    @Message("{count} of {total} conversions had no eligible touch and are in no band.")
    String flow_without_touches(String count, String total);

    @Message("Loading the flow…")
    String flow_loading();
}
