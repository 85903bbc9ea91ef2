package io.accountable.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error texts: the error page's headings and messages, the JSON API errors
 * ({@code {"error", "details"}}) and the problems of the dashboard filter. English here;
 * Russian and Romanian in {@code messages/err_ru.properties} and {@code err_ro.properties}.
 * Java writes {@code Texts.bundle(ErrorMsg.class, language).key(..)}, usually inside an
 * {@link io.accountable.i18n.Text} written out by {@link ErrorMappers} in the request's language.
 */
@MessageBundle(value = "err", locale = "en")
public interface ErrorMsg {

    // ---- headings and messages of the error page and of the API ------------------------------
    @Message("That request cannot be answered")
    String heading_bad_request();

    @Message("The numbers are not available")
    String heading_unavailable();

    @Message("Busy")
    String heading_busy();

    @Message("Not found")
    String heading_not_found();

    @Message("There is nothing at this address. It may have been removed or mistyped.")
    String not_found();

    @Message("Not allowed")
    String heading_forbidden();

    @Message("Your role does not allow this. Ask an administrator if you need it.")
    String forbidden();

    @Message("Unsupported content type")
    String heading_unsupported_type();

    @Message("This content type is not accepted here. Send a CSV file as the body with Content-Type text/csv, "
            + "or as the multipart/form-data part 'file'.")
    String unsupported_type();

    @Message("Method not allowed")
    String heading_method_not_allowed();

    @Message("Not acceptable")
    String heading_not_acceptable();

    @Message("Error")
    String heading_error();

    @Message("The request cannot be answered.")
    String cannot_answer();

    @Message("Something went wrong")
    String heading_unexpected();

    @Message("The error has been logged with reference {reference}. Try again; if it persists, tell your administrator.")
    String unexpected(String reference);

    // ---- 401, 403, 413, 414, 429, 503 ---------------------------------------------------------
    @Message("Sign in first: send a token as 'Authorization: Bearer <token>' or HTTP Basic credentials. "
            + "A token that is revoked or expired no longer works.")
    String sign_in_first();

    @Message("Too many failed sign-ins for this user from this address. Try again in {seconds} seconds.")
    String too_many_sign_ins(String seconds);

    @Message("This address is longer than {max} characters and was not read. Use fewer or shorter parameters.")
    String uri_too_long(String max);

    @Message("This request is larger than {megabytes} MB and was not read; nothing was written.")
    String body_too_large(String megabytes);

    @Message("The Content-Length header is not a number.")
    String content_length_not_a_number();

    @Message("A signed-in API call that changes something needs the {header} header of the page; scripts use a token instead.")
    String csrf_api(String header);

    @Message("This form has expired or did not come from Accountable. Reload the page and try again.")
    String csrf_form();

    @Message("This API call came from another site (Origin {origin}) and was refused; nothing was written.")
    String foreign_origin(String origin);

    @Message("The numbers cannot be computed right now: {problem}. The administrator has been told in the log; try again in a minute.")
    String facts_unavailable(String problem);

    @Message("Accountable is computing as much as it can right now ({running} at once, {waiting} waiting). Try again in a few seconds.")
    String busy_full(String running, String waiting);

    @Message("Accountable is busy computing other numbers; this one waited {seconds} s. Try again in a few seconds.")
    String busy_waited(String seconds);

    @Message("Interrupted while waiting to compute.")
    String busy_interrupted();

    @Message("Other reports are being prepared right now. Try again in a few seconds.")
    String reports_busy();

    // ---- the dashboard filter -----------------------------------------------------------------
    @Message("{problem} The default is shown instead.")
    String default_shown(String problem);

    @Message("Unknown period '{value}'; one of {periods}.")
    String unknown_period(String value, String periods);

    @Message("No account has the tier '{value}', so nothing matches. Tiers in the data: {known}.")
    String no_such_tier(String value, String known);

    @Message("No account is in the segment '{value}', so nothing matches. Segments in the data: {known}.")
    String no_such_segment(String value, String known);

    @Message("No account is in the region '{value}', so nothing matches. Regions in the data: {known}.")
    String no_such_region(String value, String known);

    @Message("No account is in the industry '{value}', so nothing matches. Industries in the data: {known}.")
    String no_such_industry(String value, String known);

    @Message("'from' ({from}) is after 'to' ({to}).")
    String from_after_to(String from, String to);

    @Message("Unknown attribution model '{value}': expected one of {valid}")
    String unknown_model(String value, String valid);

    @Message("Unknown attribution view '{value}': expected revenue or pipeline")
    String unknown_view(String value);

    @Message("'lookbackDays' must be 0 or more, or 'all'; got {days}.")
    String lookback_negative(String days);

    @Message("'lookbackDays' must be a whole number of days or 'all'; got '{value}'.")
    String lookback_not_a_number(String value);

    @Message("'halfLifeDays' must be a number of days above 0; got {value}.")
    String half_life_not_positive(String value);

    @Message("'halfLifeDays' must be a number of days above 0; got '{value}'.")
    String half_life_not_a_number(String value);

    @Message("'target' is true, false or any; got '{value}'.")
    String target_invalid(String value);

    @Message("'groupBy' is one of {groupings}; got '{value}'.")
    String group_by_invalid(String groupings, String value);

    @Message("'compare' is previous or year; got '{value}'.")
    String compare_invalid(String value);

    @Message("Unknown parameter '{name}' was ignored.")
    String unknown_parameter(String name);

    @Message("'{name}' must be a date like 2026-03-31; got '{value}'.")
    String date_invalid(String name, String value);

    @Message("'{name}' {date} is not a plausible date: it must lie from {earliest} to {latest}.")
    String date_implausible(String name, String date, String earliest, String latest);

    // ---- attribution, reports, snapshots ------------------------------------------------------
    @Message("'resamples' needs 'interval' (for example interval=0.9).")
    String resamples_need_interval();

    @Message("'interval' must be a number between 0 and 1, such as 0.9; got '{value}'.")
    String interval_invalid(String value);

    @Message("'resamples' must be a whole number from 20 to 1000; got '{value}'.")
    String resamples_invalid(String value);

    @Message("'top' must be a whole number from 1 to 100; got '{value}'.")
    String top_invalid(String value);

    @Message("No opportunity with id '{id}'.")
    String no_opportunity(String id);

    @Message("Opportunity '{id}' is not won, so it is no conversion in the revenue view; ask with view=pipeline.")
    String opportunity_not_won(String id);

    @Message("The conversion of '{id}' ({day}) is outside the period {from} to {to}.")
    String conversion_outside_period(String id, String day, String from, String to);

    @Message("Opportunity '{id}' is outside the account filters of this request.")
    String opportunity_outside_filters(String id);

    @Message("'paper' is a4 or letter; got '{value}'.")
    String paper_invalid(String value);

    @Message("No snapshot with id '{id}'.")
    String no_snapshot(String id);

    @Message("No card '{id}'; one of {ids}.")
    String no_card(String id, String ids);

    @Message("Unknown KPI '{value}' for a trend; one of {ids}.")
    String trend_kpi_unknown(String value, String ids);

    @Message("'interval' is month; got '{value}'.")
    String trend_interval_invalid(String value);

    // ---- the data warning of the frame (admins) -----------------------------------------------
    @Message("The numbers may be out of date: {problem}.")
    String data_out_of_date(String problem);

    @Message("1 stored row is left out of the numbers because a value cannot be read ({tables}). "
            + "Correct or re-import these rows; the log lists each one.")
    String rows_left_out_one(String tables);

    @Message("{count} stored rows are left out of the numbers because a value cannot be read ({tables}). "
            + "Correct or re-import these rows; the log lists each one.")
    String rows_left_out(String count, String tables);

    @Message("{table} id {id}, {column}: {reason}")
    String left_out_row(String table, String id, String column, String reason);

    // ---- why a stored row is left out of the facts (after the column's name) -----------------
    @Message("cannot be read as an instant ({detail})")
    String unreadable_instant(String detail);

    @Message("cannot be read as a date ({detail})")
    String unreadable_date(String detail);

    @Message("{value} is outside the years 1 to 9999")
    String outside_years(String value);

    @Message("{reason}; the value is left out, the row kept")
    String value_left_out(String reason);

    @Message("refers to {id}, which is not in the facts")
    String refers_to_missing(String id);

    @Message("is empty")
    String value_empty();

    @Message("is one of more than {max} distinct values")
    String too_many_values(String max);

    @Message("{score} is not a score from 0 to 10")
    String not_a_score(String score);

    // ---- accounts, demo files, tokens, audit --------------------------------------------------
    @Message("'page' and 'size' are whole numbers.")
    String page_size_not_numbers();

    @Message("'page' starts at 1 and 'size' is between 1 and 200.")
    String page_size_out_of_range();

    @Message("'dir' is asc or desc; got '{value}'.")
    String dir_invalid(String value);

    @Message("'drill' may be engaged, won or created; got '{value}'.")
    String drill_invalid(String value);

    @Message("'sort' is one of {sorts}; got '{value}'.")
    String sort_invalid(String sorts, String value);

    @Message("No account with id '{id}'.")
    String no_account(String id);

    @Message("Unknown kind '{kind}'; one of {kinds}.")
    String demo_kind_unknown(String kind, String kinds);

    @Message("'scale' is small or large; got '{value}'.")
    String demo_scale_invalid(String value);

    @Message("Send JSON such as {example}, with an optional \"expires\": \"2027-06-30\".")
    String token_body_missing(String example);

    @Message("There is no token {id} of yours.")
    String no_token(String id);

    @Message("'limit' is from 1 to 500.")
    String audit_limit_range();
}
