package io.accountable.schedule;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of scheduled reports, the send log and the SMTP settings, in English; Russian and
 * Romanian in {@code messages/sch_ru.properties} and {@code sch_ro.properties}. Templates write
 * {@code {sch:key}}; Java asks {@code Texts.bundle(ScheduleMsg.class, language)}.
 */
@MessageBundle(value = "sch", locale = "en")
public interface ScheduleMsg {

    @Message("Scheduled reports")
    String heading();

    @Message("The executive PDF of a saved view, mailed weekly or monthly. Its filter is applied on the day it goes: a relative period such as the last 12 months moves with the date.")
    String intro();

    @Message("What was sent, and what failed")
    String log_link();

    @Message("The SMTP server is not set yet: reports cannot go until an admin sets it.")
    String smtp_not_set();

    @Message("New schedule")
    String new_heading();

    @Message("Save a view first: a schedule mails the report of a saved view.")
    String no_views();

    @Message("The schedule was not saved:")
    String not_saved();

    @Message("Saved view")
    String view_label();

    @Message("How often")
    String frequency_label();

    @Message("weekly")
    String weekly();

    @Message("monthly")
    String monthly();

    @Message("Day")
    String day_label();

    @Message("Weekly: 1 Monday to 7 Sunday. Monthly: 1 to 31; in a shorter month, its last day.")
    String day_help();

    @Message("Hour (0 to 23, in the reporting time zone)")
    String hour_label();

    @Message("Recipients (e-mail addresses, separated by commas)")
    String recipients_label();

    @Message("Language of the report")
    String language_label();

    @Message("Schedule")
    String create_button();

    @Message("No reports are scheduled.")
    String none();

    @Message("When")
    String col_when();

    @Message("Recipients")
    String col_recipients();

    @Message("Next")
    String col_next();

    @Message("Last sent")
    String col_last();

    @Message("every {#switch day}{#case 1}Monday{#case 2}Tuesday{#case 3}Wednesday{#case 4}Thursday{#case 5}Friday{#case 6}Saturday{#else}Sunday{/switch} at {hour}:00")
    String weekly_on(int day, int hour);

    @Message("monthly on day {day} at {hour}:00")
    String monthly_on(int day, int hour);

    @Message("Send now")
    String send_now();

    @Message("Delete the schedule of {name}")
    String delete_aria(String name);

    @Message("The report of {name} was sent to {recipients}.")
    String send_done(String name, String recipients);

    @Message("The report of {name} was not sent: {error}")
    String send_failed(String name, String error);

    @Message("Reports sent")
    String log_heading();

    @Message("Nothing has been sent yet.")
    String log_none();

    @Message("Time")
    String col_at();

    @Message("Sent by")
    String col_trigger();

    @Message("Subject")
    String col_subject();

    @Message("Result")
    String col_status();

    @Message("the schedule")
    String by_schedule();

    @Message("sent")
    String status_sent();

    @Message("failed")
    String status_failed();

    @Message("Mail (SMTP)")
    String smtp_heading();

    @Message("The server scheduled reports are sent through. A change holds from the next report on. The password is stored in the database and never shown again.")
    String smtp_intro();

    @Message("The mail settings were saved.")
    String smtp_saved();

    @Message("Nothing was saved: correct the fields marked.")
    String smtp_not_saved();

    @Message("Last changed {when} by {user}.")
    String smtp_updated(String when, String user);

    @Message("Host")
    String smtp_host();

    @Message("Port")
    String smtp_port();

    @Message("Security")
    String smtp_tls();

    @Message("STARTTLS (usually port 587)")
    String tls_starttls();

    @Message("TLS from the start (usually port 465)")
    String tls_implicit();

    @Message("None (a server on this network only)")
    String tls_none();

    @Message("User name (empty: no sign-in)")
    String smtp_username();

    @Message("Password")
    String smtp_password();

    @Message("A password is set. Leave the field empty to keep it.")
    String smtp_password_set();

    @Message("No password is set.")
    String smtp_password_none();

    @Message("Remove the stored password")
    String smtp_clear_password();

    @Message("From address")
    String smtp_from();

    @Message("Save")
    String smtp_save();

    @Message("Scheduled reports are mailed through an SMTP server:")
    String smtp_settings_link_text();

    @Message("set the mail server")
    String smtp_settings_link();

    @Message("Mail the executive PDF of a saved view every week or month, and see what was sent.")
    String reports_text();

    @Message("Choose a saved view you can see.")
    String view_required();

    @Message("Choose weekly or monthly.")
    String frequency_invalid();

    @Message("A weekly report goes on a day from 1 (Monday) to {max} (Sunday).")
    String day_of_week_invalid(int max);

    @Message("A monthly report goes on a day from 1 to {max}.")
    String day_of_month_invalid(int max);

    @Message("The hour is a whole number from 0 to 23.")
    String hour_invalid();

    @Message("Name at least one recipient.")
    String recipients_required();

    @Message("At most {max} recipients.")
    String recipients_too_many(int max);

    @Message("{address} is not an e-mail address.")
    String address_invalid(String address);

    @Message("Choose the language of the report: en, ru or ro.")
    String language_invalid();

    @Message("No schedule {id}.")
    String not_found(String id);

    @Message("Name the SMTP server: a host name or an address.")
    String smtp_host_invalid();

    @Message("{port} is not a port: a whole number from 1 to 65535.")
    String smtp_port_invalid(String port);

    @Message("Choose how the connection is secured.")
    String smtp_tls_invalid();

    @Message("Too long.")
    String smtp_too_long();

    @Message("Accountable: {name}, {from} to {to}")
    String mail_subject(String name, String from, String to);

    @Message("The executive summary of the saved view {name} for {from} to {to} is attached.\n\nScheduled by {owner} in Accountable.")
    String mail_body(String name, String from, String to, String owner);

    @Message("report scheduled")
    String action_schedule_created();

    @Message("schedule deleted")
    String action_schedule_deleted();

    @Message("mail server changed")
    String action_smtp_changed();
}
