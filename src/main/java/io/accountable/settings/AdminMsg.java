package io.accountable.settings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the admin pages: settings (with its validation messages), users, audit log,
 * profile and API tokens, the password rules, the Reports page and the board snapshots. English
 * here; Russian and Romanian in {@code messages/adm_ru.properties} and {@code adm_ro.properties}.
 * Templates write {@code {adm:key}}; Java asks {@code Texts.bundle(AdminMsg.class, language)}.
 * Values the admin pages show (roles, audit actions, settings fields, token states, import kinds,
 * KPI names) read through {@link AdminLabels}, in templates {@code {admin:role(id)}}.
 */
@MessageBundle(value = "adm", locale = "en")
public interface AdminMsg {

    @Message("These settings change the numbers on every page, in the API and in reports, from the next request on. Every save is kept with who saved it and when.")
    String settings_intro();

    @Message("Nothing was saved.")
    String settings_nothing_saved();

    @Message("{count} {#if count == 1}problem{#else}problems{/if} to correct, each shown beside its field:")
    String settings_problems(int count);

    @Message("Reporting")
    String settings_reporting();

    @Message("Reporting currency (ISO code)")
    String settings_currency_label();

    @Message("Time zone (periods start at midnight here)")
    String settings_time_zone_label();

    @Message("Gross margin (0 to 1)")
    String settings_gross_margin_label();

    @Message("Annual churn rate (0 to 1)")
    String settings_churn_label();

    @Message("Engagement half-life (days)")
    String settings_engagement_half_life_label();

    @Message("Sales channels (comma-separated; not marketing-sourced)")
    String settings_sales_channels_label();

    @Message("These are new channels (not yet in the data)")
    String settings_accept_new_channels();

    @Message("Attribution defaults")
    String settings_attribution_defaults();

    @Message("revenue (won deals)")
    String settings_view_revenue();

    @Message("pipeline (created deals)")
    String settings_view_pipeline();

    @Message("Lookback window (days, or \"all\")")
    String settings_lookback_label();

    @Message("Time-decay half-life (days)")
    String settings_time_decay_label();

    @Message("Touch types: weights (engagement score and the custom model) and high intent")
    String settings_touch_types_legend();

    @Message("Type")
    String col_type();

    @Message("Weight")
    String col_weight();

    @Message("High intent")
    String col_high_intent();

    @Message("{type} is high intent")
    String settings_high_intent_aria(String type);

    @Message("Save settings")
    String settings_save();

    @Message("History")
    String settings_history();

    @Message("Saved versions")
    String settings_saved_versions();

    @Message("Version")
    String col_version();

    @Message("Saved by")
    String col_saved_by();

    @Message("When")
    String col_when();

    @Message("Never changed: the defaults of the metrics spec are in force.")
    String settings_never_changed();

    @Message("Saved. The new settings apply from now on.")
    String settings_saved();

    @Message("The lookback window is a whole number of days, or 'all'; got '{value}'.")
    String settings_lookback_not_number(String value);

    @Message("Not a channel in the data: {unknown}. Known channels: {known}. Tick \"these are new channels\" to keep them anyway.")
    String settings_unknown_channels(String unknown, String known);

    @Message("A number is required.")
    String settings_number_required();

    @Message("Must be a finite number like 0.75; got '{value}'.")
    String settings_not_finite(String value);

    @Message("Reporting currency")
    String field_currency();

    @Message("Time zone")
    String field_timeZone();

    @Message("Gross margin")
    String field_grossMargin();

    @Message("Annual churn rate")
    String field_annualChurnRate();

    @Message("Engagement half-life")
    String field_engagementHalfLifeDays();

    @Message("Sales channels")
    String field_salesChannels();

    @Message("Model")
    String field_defaultModel();

    @Message("View")
    String field_defaultView();

    @Message("Lookback window")
    String field_lookbackDays();

    @Message("Time-decay half-life")
    String field_timeDecayHalfLifeDays();

    @Message("Position-based first-touch share")
    String field_positionFirstShare();

    @Message("Position-based last-touch share")
    String field_positionLastShare();

    @Message("Touch types")
    String field_weights();

    @Message("Touch-type weights")
    String field_touchTypeWeights();

    @Message("High-intent types")
    String field_highIntentTypes();

    @Message("Settings")
    String field_form();

    @Message("The reporting currency is required.")
    String v_currency_required();

    @Message("The time zone is required.")
    String v_time_zone_required();

    @Message("The gross margin is between 0 and 1 (0.75 is 75 %).")
    String v_gross_margin_range();

    @Message("The annual churn rate is between 0 and 1 (0.10 is 10 %).")
    String v_churn_range();

    @Message("A weight is required.")
    String v_weight_required();

    @Message("A weight is a number of 0 or more.")
    String v_weight_min();

    @Message("A weight is at most 1000.")
    String v_weight_max();

    @Message("A channel is lower-case letters, digits and _.")
    String v_channel_pattern();

    @Message("The engagement half-life is a number of days above 0.")
    String v_engagement_half_life_min();

    @Message("The engagement half-life is at most 3650 days (10 years).")
    String v_engagement_half_life_max();

    @Message("Choose a default model.")
    String v_model_required();

    @Message("The default model is one of the ten models.")
    String v_model_pattern();

    @Message("Choose a default view.")
    String v_view_required();

    @Message("The default view is revenue or pipeline.")
    String v_view_pattern();

    @Message("The lookback window is 0 days or more (or 'all').")
    String v_lookback_min();

    @Message("The lookback window is at most 36500 days (100 years), or 'all'.")
    String v_lookback_max();

    @Message("The time-decay half-life is a number of days above 0.")
    String v_time_decay_min();

    @Message("The time-decay half-life is at most 3650 days (10 years).")
    String v_time_decay_max();

    @Message("The first-touch share is between 0 and 1.")
    String v_first_share();

    @Message("The last-touch share is between 0 and 1.")
    String v_last_share();

    @Message("The reporting currency is an ISO 4217 code such as USD, EUR, RON or MDL.")
    String v_currency_iso();

    @Message("The time zone is unknown; use a name such as UTC, Europe/Chisinau or Europe/Bucharest.")
    String v_time_zone_unknown();

    @Message("Every touch type needs a weight.")
    String v_weights_complete();

    @Message("High-intent types must be touch types.")
    String v_high_intent_known();

    @Message("The first-touch and last-touch shares add up to at most 1.")
    String v_shares_add_up();

    @Message("Who can sign in")
    String users_caption();

    @Message("User")
    String col_user();

    @Message("Role")
    String col_role();

    @Message("Since")
    String col_since();

    @Message("New password")
    String col_new_password();

    @Message("Actions")
    String col_actions();

    @Message("Role of {name}")
    String users_role_of(String name);

    @Message("Change")
    String users_change();

    @Message("New password for {name}")
    String users_new_password_for(String name);

    @Message("Set")
    String users_set();

    @Message("Remove {name}")
    String users_remove_aria(String name);

    @Message("Remove")
    String users_remove();

    @Message("Add a user")
    String users_add_heading();

    @Message("Password (at least 12 characters, not a common one)")
    String users_password_label();

    @Message("Add user")
    String users_add();

    @Message("viewer")
    String role_viewer();

    @Message("analyst")
    String role_analyst();

    @Message("admin")
    String role_admin();

    @Message("A user name has 2 to 100 letters, digits or . _ @ -.")
    String users_name_rule();

    @Message("The user name '{name}' is taken.")
    String users_name_taken(String name);

    @Message("Choose a role: viewer, analyst or admin.")
    String users_choose_role();

    @Message("Added {name} as {role}.")
    String users_added(String name, String role);

    @Message("Unknown user or role.")
    String users_unknown_user_or_role();

    @Message("You cannot remove your own admin role.")
    String users_not_own_admin();

    @Message("{name} is now {role}.")
    String users_now(String name, String role);

    @Message("Unknown user.")
    String users_unknown();

    @Message("Set a new password for {name}; their sessions have ended.")
    String users_password_set(String name);

    @Message("You cannot remove yourself.")
    String users_not_yourself();

    @Message("Removed {name}.")
    String users_removed(String name);

    @Message("Enter a password.")
    String pw_enter();

    @Message("A password cannot be only spaces.")
    String pw_only_spaces();

    @Message("A password has at least {min} characters.")
    String pw_min_length(int min);

    @Message("A password has at most {max} bytes (72 Latin letters, about 36 Cyrillic ones); choose a shorter one.")
    String pw_max_bytes(int max);

    @Message("This password is on the list of common passwords; choose another.")
    String pw_common();

    @Message("A password cannot be the user name.")
    String pw_user_name();

    @Message("Your account")
    String profile_heading();

    @Message("Signed in as")
    String profile_signed_in_as();

    @Message("Your new token \"{name}\"")
    String profile_new_token(String name);

    @Message("Copy it now: it is shown only this once. Send it as")
    String profile_copy_now();

    @Message("It stops working at {time}.")
    String profile_stops_at(String time);

    @Message("API tokens")
    String profile_api_tokens();

    @Message("For scripts and BI tools: a token acts with your role on every")
    String profile_tokens_text_1();

    @Message("address and costs nothing to check. Revoke one you no longer use.")
    String profile_tokens_text_2();

    @Message("You have no tokens.")
    String profile_no_tokens();

    @Message("Your API tokens")
    String profile_your_tokens();

    @Message("Name")
    String col_name();

    @Message("Created")
    String col_created();

    @Message("Expires")
    String col_expires();

    @Message("Last used")
    String col_last_used();

    @Message("State")
    String col_state();

    @Message("never")
    String profile_never();

    @Message("active")
    String token_active();

    @Message("expired")
    String token_expired();

    @Message("revoked")
    String token_revoked();

    @Message("Revoke {name}")
    String profile_revoke_aria(String name);

    @Message("Revoke")
    String profile_revoke();

    @Message("Power BI refresh")
    String profile_token_placeholder();

    @Message("Expires after (optional)")
    String profile_expires_after();

    @Message("Create token")
    String profile_create_token();

    @Message("Change your password")
    String profile_change_password();

    @Message("Current password")
    String profile_current_password();

    @Message("New password (at least 12 characters, not a common one)")
    String profile_new_password_label();

    @Message("New password again")
    String profile_new_password_again();

    @Message("Change password")
    String profile_change_password_button();

    @Message("The current password is not right.")
    String profile_current_wrong();

    @Message("The new password and its repetition differ.")
    String profile_repeat_differs();

    @Message("The new password is the current one; choose a different one.")
    String profile_same_password();

    @Message("Your password is changed. Your other sessions have ended.")
    String profile_password_changed();

    @Message("Enter the expiry as a date, such as 2027-06-30.")
    String profile_expiry_format();

    @Message("There is no such token of yours.")
    String profile_no_such_token();

    @Message("The token is revoked; scripts using it now get a 401.")
    String profile_token_revoked();

    @Message("Give the token a name of 1 to 100 characters, such as the tool that will use it.")
    String token_name_rule();

    @Message("An expiry date lies after today and at most five years ahead.")
    String token_expiry_rule();

    @Message("You have {max} tokens already; revoke one you no longer use first.")
    String token_too_many(int max);

    @Message("Audit log")
    String audit_title();

    @Message("Sign-ins, failed and refused sign-ins, sign-outs, changes to users and tokens; newest first. Also as JSON at")
    String audit_intro();

    @Message("Nothing recorded yet.")
    String audit_nothing();

    @Message("Audit log entries")
    String audit_caption();

    @Message("Who")
    String col_who();

    @Message("What")
    String col_what();

    @Message("Whom")
    String col_whom();

    @Message("From")
    String col_from();

    @Message("Detail")
    String col_detail();

    @Message("Older entries")
    String audit_older();

    @Message("'{name}' is a whole number from 0 to {max}; got '{value}'.")
    String audit_bad_number(String name, String max, String value);

    @Message("sign-in")
    String action_sign_in();

    @Message("sign-in-failed")
    String action_sign_in_failed();

    @Message("sign-in-throttled")
    String action_sign_in_throttled();

    @Message("sign-out")
    String action_sign_out();

    @Message("password-changed")
    String action_password_changed();

    @Message("password-reset")
    String action_password_reset();

    @Message("user-created")
    String action_user_created();

    @Message("role-changed")
    String action_role_changed();

    @Message("user-removed")
    String action_user_removed();

    @Message("token-created")
    String action_token_created();

    @Message("token-revoked")
    String action_token_revoked();

    @Message("Executive summary (PDF)")
    String reports_exec_heading();

    @Message("Key figures under Revenue, Relationships and Reputation with the previous period, attribution by channel under every model, ROI, pipeline stages and the bottleneck, engagement tiers, top accounts and definitions: the same numbers as the dashboard for these filters.")
    String reports_exec_text();

    @Message("{from} to {to} · {model} · {view} view.")
    String reports_filters(String from, String to, String model, String view);

    @Message("Change the filters on the dashboard")
    String reports_change_filters();

    @Message("Download (A4)")
    String reports_download_a4();

    @Message("Download (US Letter)")
    String reports_download_letter();

    @Message("Board snapshots")
    String snapshots_heading();

    @Message("Freeze these numbers for the board: the figures, the credit per channel and the PDF are kept exactly as they are now, and the snapshot later shows what changed since and why (data imported, settings changed, the period moving).")
    String reports_snapshots_text();

    @Message("All snapshots")
    String snapshots_all();

    @Message("Title (optional)")
    String freeze_title_label();

    @Message("Board meeting, December")
    String freeze_placeholder();

    @Message("Freeze for the board")
    String freeze_button();

    @Message("Breadcrumb")
    String breadcrumb();

    @Message("A snapshot keeps the numbers of one filter exactly as they were shown: the board sees the same figures and the same PDF a month later, and each snapshot says what changed since.")
    String snapshots_intro();

    @Message("Freeze the current filters")
    String snapshots_freeze_current();

    @Message("No snapshot yet.")
    String snapshots_none();

    @Message("Snapshot")
    String col_snapshot();

    @Message("Model")
    String col_model();

    @Message("Frozen by")
    String col_frozen_by();

    @Message("PDF")
    String col_pdf();

    @Message("Snapshot {id}")
    String snapshot_n(long id);

    @Message("{from} to {to}")
    String period_range(String from, String to);

    @Message("Download")
    String download();

    @Message("Frozen by")
    String snapshot_frozen_by();

    @Message("on {at}: {from} to {to}, model {model}, {view} view, data version {data}, settings version {settings}.")
    String snapshot_frozen_details(String at, String from, String to, String model, String view, long data, long settings);

    @Message("Download the PDF as it was")
    String snapshot_download_pdf();

    @Message("Today's dashboard for this filter")
    String snapshot_today();

    @Message("What changed, as JSON")
    String snapshot_json();

    @Message("What changed since")
    String snapshot_what_changed();

    @Message("No data was imported since.")
    String snapshot_no_imports();

    @Message("Imported since:")
    String snapshot_imported_since();

    @Message("{kind} ({file}, {created} created, {updated} updated, by {user} on {at})")
    String snapshot_import(String kind, String file, String created, String updated, String user, String at);

    @Message("no name")
    String snapshot_no_file_name();

    @Message("No settings were changed since.")
    String snapshot_no_settings();

    @Message("Settings changed since:")
    String snapshot_settings_since();

    @Message("nothing that differs")
    String snapshot_nothing_differs();

    @Message("(by {user} on {at})")
    String snapshot_by_on(String user, String at);

    @Message("The period has moved: today it is {from} to {to}.")
    String snapshot_period_moved(String from, String to);

    @Message("The period is the same.")
    String snapshot_period_same();

    @Message("Key figures: then, now, and where the change comes from")
    String snapshot_kpis_caption();

    @Message("Figure")
    String col_figure();

    @Message("Then")
    String col_then();

    @Message("Now")
    String col_now();

    @Message("Change")
    String col_change();

    @Message("From data")
    String col_from_data();

    @Message("From settings")
    String col_from_settings();

    @Message("From the period")
    String col_from_period();

    @Message("Credit per channel under {model}")
    String snapshot_channels_caption(String model);

    @Message("Channel")
    String col_channel();


    @Message("accounts")
    String import_accounts();

    @Message("contacts")
    String import_contacts();

    @Message("campaigns")
    String import_campaigns();

    @Message("touchpoints")
    String import_touchpoints();

    @Message("opportunities")
    String import_opportunities();

    @Message("stage changes")
    String import_stage_changes();

    @Message("costs")
    String import_costs();

    @Message("NPS answers")
    String import_nps();






}
