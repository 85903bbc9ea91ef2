package io.accountable.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the PDF reports (the executive summary and the account one-pager) that the
 * {@code msg} bundle does not already have, in English; Russian and Romanian are in
 * {@code messages/rep_ru.properties} and {@code messages/rep_ro.properties}. Templates write
 * {@code {rep:key}}; Java code asks {@code Texts.bundle(ReportMsg.class, language)}.
 */
@MessageBundle(value = "rep", locale = "en")
public interface ReportMsg {

    // ---- both reports ------------------------------------------------------------------------------
    @Message("Page")
    String page();

    @Message("of")
    String page_of();

    @Message("{from} to {to}")
    String period(String from, String to);

    @Message("{when} by {user}")
    String generated_by(String when, String user);

    @Message("target list")
    String target_list();

    @Message("not on the target list")
    String not_on_target_list();

    @Message("all accounts")
    String all_accounts();

    @Message("Engagement")
    String engagement();

    @Message("Open pipeline")
    String open_pipeline();

    // ---- the executive summary -----------------------------------------------------------------------
    @Message("Accountable executive summary")
    String executive_title();

    @Message("Accountable · executive summary")
    String executive_footer();

    @Message("Executive summary")
    String executive_summary();

    @Message("{model} ({view} view, lookback {lookback} days, time-decay half-life {halfLife} days)")
    String model_line(String model, String view, String lookback, String halfLife);

    @Message("Accounts")
    String accounts();

    @Message("{target}; tier {tier}; segment {segment}; region {region}; industry {industry}")
    String accounts_line(String target, String tier, String segment, String region, String industry);

    @Message("Previous period")
    String previous_period();

    @Message("A year earlier")
    String year_earlier();

    @Message("Currency")
    String currency();

    @Message("Generated")
    String generated();

    @Message("Every number comes from the same computation as the dashboard and the API for these filters. Definitions are on the last page.")
    String cover_note();

    @Message("Key figures")
    String key_figures();

    @Message("KPI")
    String kpi();

    @Message("This period")
    String this_period();

    @Message("Change")
    String change();

    @Message("All models side by side ({currency} thousands)")
    String all_models_thousands(String currency);

    @Message("Tier at deal creation")
    String tier_at_creation();

    @Message("Spearman rank correlation of engagement score at creation and won amount: {rho}.")
    String spearman(String rho);

    @Message("Top accounts by attributed credit · {model}")
    String top_accounts(String model);

    @Message("Account")
    String account();

    @Message("Attributed credit")
    String attributed_credit();

    @Message("Won in period")
    String won_in_period();

    @Message("Definitions")
    String definitions();

    @Message("All credit to the first / last eligible touch.")
    String def_first_last_touch();

    @Message("Equal credit to every eligible touch.")
    String def_linear();

    @Message("Credit halves every {halfLife} of age before the conversion.")
    String def_time_decay(String halfLife);

    @Message("{first} first, {last} last, {middle} shared by the touches between.")
    String def_position_based(String first, String last, String middle);

    @Message("30 % (22.5 %) to first touch, lead creation, opportunity creation (and close), the rest shared.")
    String def_w_shaped();

    @Message("Credit in proportion to the touch-type weights of the settings.")
    String def_custom();

    @Message("Channels share credit by removal effect: the conversions lost without them.")
    String def_markov();

    @Message("Channels share credit by their average marginal gain in conversion rate.")
    String def_shapley();

    // ---- the account one-pager -----------------------------------------------------------------------
    @Message("Account one-pager")
    String account_title();

    @Message("Accountable · account one-pager")
    String account_footer();

    @Message("generated {when} by {user}")
    String generated_line(String when, String user);

    @Message("Won revenue")
    String won_revenue();

    @Message("ACV")
    String acv();

    @Message("CLV (before CAC)")
    String clv_before_cac();

    @Message("NPS (average)")
    String nps_average();

    @Message("Buying committee")
    String buying_committee();

    @Message("Engaged roles:")
    String engaged_roles();

    @Message("none")
    String none();

    @Message("Not yet engaged:")
    String not_yet_engaged();

    @Message("Contact")
    String contact();

    @Message("Title")
    String job_title();

    @Message("Role")
    String role();

    @Message("Engaged")
    String engaged();

    @Message("Last touch")
    String last_touch();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("Opportunities, stage history and attribution ({model})")
    String opportunities(String model);

    @Message("created {date}")
    String created(String date);

    @Message("closed {date}")
    String closed(String date);

    @Message("{days} d")
    String days_short(String days);

    @Message("Date")
    String date();

    @Message("Type")
    String type();

    @Message("Milestones")
    String milestones();

    @Message("Weight")
    String weight();

    @Message("The {shown} touches with the most credit of {all}; the account page lists them all.")
    String most_credit(int shown, int all);

    @Message("Deals shown: {shown} of {all}; the account page lists them all.")
    String deals_shown(int shown, int all);

    @Message("The latest {shown} of {all} touches; the account page lists them all.")
    String recent_shown(int shown, int all);

    @Message("No touch in the lookback window: unattributed.")
    String no_touch();

    @Message("Recent touches")
    String recent_touches();

    @Message("FT")
    String milestone_ft();

    @Message("LC")
    String milestone_lc();

    @Message("OC")
    String milestone_oc();

    @Message("CW")
    String milestone_cw();

    @Message("{count} smaller flows are in the card's data (Download data on the dashboard).")
    String flow_more(int count);
}
