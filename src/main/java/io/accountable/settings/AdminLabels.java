package io.accountable.settings;

import io.accountable.i18n.Language;
import io.accountable.i18n.Texts;
import io.accountable.security.AuditLog;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * How the values of the admin pages read, in the template's language ({@code {admin:role(r)}},
 * {@code {admin:action(e.action)}}...) and for Java code. The values themselves (role ids, audit
 * actions, settings field names) stay what the API and the database hold; a value not known here
 * reads as itself.
 */
@TemplateExtension(namespace = "admin")
public final class AdminLabels {

    private AdminLabels() {
    }

    public static AdminMsg msg(Language language) {
        return Texts.bundle(AdminMsg.class, language);
    }

    /** A user role ({@code viewer}, {@code analyst}, {@code admin}). */
    public static String role(String id, @TemplateAttribute("locale") Object locale) {
        return role(id, Language.ofLocale(locale));
    }

    public static String role(String id, Language language) {
        AdminMsg m = msg(language);
        return id == null ? "" : switch (id) {
            case "viewer" -> m.role_viewer();
            case "analyst" -> m.role_analyst();
            case "admin" -> m.role_admin();
            default -> id;
        };
    }

    /** An audit log action ({@code sign-in}, {@code token-revoked}...). */
    public static String action(String id, @TemplateAttribute("locale") Object locale) {
        AdminMsg m = msg(Language.ofLocale(locale));
        return id == null ? "" : switch (id) {
            case AuditLog.SIGN_IN -> m.action_sign_in();
            case AuditLog.SIGN_IN_FAILED -> m.action_sign_in_failed();
            case AuditLog.SIGN_IN_THROTTLED -> m.action_sign_in_throttled();
            case AuditLog.SIGN_OUT -> m.action_sign_out();
            case AuditLog.PASSWORD_CHANGED -> m.action_password_changed();
            case AuditLog.PASSWORD_RESET -> m.action_password_reset();
            case AuditLog.USER_CREATED -> m.action_user_created();
            case AuditLog.ROLE_CHANGED -> m.action_role_changed();
            case AuditLog.USER_REMOVED -> m.action_user_removed();
            case AuditLog.TOKEN_CREATED -> m.action_token_created();
            case AuditLog.TOKEN_REVOKED -> m.action_token_revoked();
            case AuditLog.IMPORT_UNDONE -> io.accountable.ingest.ImportTexts.of(Language.ofLocale(locale))
                    .action_import_undone();
            case io.accountable.view.SavedViewService.AUDIT_SAVED -> io.accountable.i18n.Texts.bundle(
                    io.accountable.view.ViewMsg.class, Language.ofLocale(locale)).action_view_saved();
            case io.accountable.view.SavedViewService.AUDIT_DELETED -> io.accountable.i18n.Texts.bundle(
                    io.accountable.view.ViewMsg.class, Language.ofLocale(locale)).action_view_deleted();
            case io.accountable.schedule.ScheduleService.AUDIT_CREATED -> io.accountable.i18n.Texts.bundle(
                    io.accountable.schedule.ScheduleMsg.class, Language.ofLocale(locale)).action_schedule_created();
            case io.accountable.schedule.ScheduleService.AUDIT_DELETED -> io.accountable.i18n.Texts.bundle(
                    io.accountable.schedule.ScheduleMsg.class, Language.ofLocale(locale)).action_schedule_deleted();
            case io.accountable.schedule.MailSettingsService.AUDIT_CHANGED -> io.accountable.i18n.Texts.bundle(
                    io.accountable.schedule.ScheduleMsg.class, Language.ofLocale(locale)).action_smtp_changed();
            default -> id;
        };
    }

    /** A token's state ({@code active}, {@code expired}, {@code revoked}). */
    public static String tokenState(String state, @TemplateAttribute("locale") Object locale) {
        AdminMsg m = msg(Language.ofLocale(locale));
        return state == null ? "" : switch (state) {
            case "active" -> m.token_active();
            case "expired" -> m.token_expired();
            case "revoked" -> m.token_revoked();
            default -> state;
        };
    }

    /** A setting by its field name ({@code grossMargin}), as the settings form names it. */
    public static String setting(String field, @TemplateAttribute("locale") Object locale) {
        return setting(field, Language.ofLocale(locale));
    }

    public static String setting(String field, Language language) {
        AdminMsg m = msg(language);
        return field == null ? "" : switch (field) {
            case "currency" -> m.field_currency();
            case "timeZone" -> m.field_timeZone();
            case "grossMargin" -> m.field_grossMargin();
            case "annualChurnRate" -> m.field_annualChurnRate();
            case "engagementHalfLifeDays" -> m.field_engagementHalfLifeDays();
            case "salesChannels" -> m.field_salesChannels();
            case "defaultModel" -> m.field_defaultModel();
            case "defaultView" -> m.field_defaultView();
            case "lookbackDays" -> m.field_lookbackDays();
            case "timeDecayHalfLifeDays" -> m.field_timeDecayHalfLifeDays();
            case "positionFirstShare" -> m.field_positionFirstShare();
            case "positionLastShare" -> m.field_positionLastShare();
            case "weights" -> m.field_weights();
            case "touchTypeWeights" -> m.field_touchTypeWeights();
            case "highIntentTypes" -> m.field_highIntentTypes();
            case "form" -> m.field_form();
            default -> field;
        };
    }

    /** An import kind ({@code stage_changes}) as the snapshot page names it. */
    public static String importKind(String kind, @TemplateAttribute("locale") Object locale) {
        AdminMsg m = msg(Language.ofLocale(locale));
        return kind == null ? "" : switch (kind) {
            case "accounts" -> m.import_accounts();
            case "contacts" -> m.import_contacts();
            case "campaigns" -> m.import_campaigns();
            case "touchpoints" -> m.import_touchpoints();
            case "opportunities" -> m.import_opportunities();
            case "stage_changes" -> m.import_stage_changes();
            case "costs" -> m.import_costs();
            case "nps" -> m.import_nps();
            default -> kind;
        };
    }

    /** A KPI's name by id ({@code clv}), as its dashboard tile names it. */
    public static String kpi(String id, @TemplateAttribute("locale") Object locale) {
        return id == null ? "" : io.accountable.kpi.KpiService.label(id, Language.ofLocale(locale));
    }

    /** A view's name by id ({@code revenue}), lower case as in running text. */
    public static String view(String id, @TemplateAttribute("locale") Object locale) {
        return id == null ? "" : Texts.message(Language.ofLocale(locale), "view_name_" + id);
    }

    /** An imported file's name, or "no name". */
    public static String fileName(String name, @TemplateAttribute("locale") Object locale) {
        return name == null || name.isBlank() ? msg(Language.ofLocale(locale)).snapshot_no_file_name() : name;
    }

    /**
     * The validation messages of {@link Settings} (English, in its annotations) in the reader's
     * language: each English text is found among the bundle's English messages.
     */
    private static final java.util.List<java.util.function.Function<AdminMsg, String>> VALIDATION = java.util.List.of(
            m -> m.v_currency_required(), m -> m.v_time_zone_required(), m -> m.v_gross_margin_range(),
            m -> m.v_churn_range(), m -> m.v_weight_required(), m -> m.v_weight_min(), m -> m.v_weight_max(),
            m -> m.v_channel_pattern(), m -> m.v_engagement_half_life_min(), m -> m.v_engagement_half_life_max(),
            m -> m.v_model_required(), m -> m.v_model_pattern(), m -> m.v_view_required(), m -> m.v_view_pattern(),
            m -> m.v_lookback_min(), m -> m.v_lookback_max(), m -> m.v_time_decay_min(), m -> m.v_time_decay_max(),
            m -> m.v_first_share(), m -> m.v_last_share(), m -> m.v_currency_iso(), m -> m.v_time_zone_unknown(),
            m -> m.v_weights_complete(), m -> m.v_high_intent_known(), m -> m.v_shares_add_up());

    /** A validation message of {@link Settings} in a language; any other text as it is. */
    public static String validation(String english, Language language) {
        if (language == Language.EN || english == null) {
            return english;
        }
        AdminMsg en = msg(Language.EN);
        for (var message : VALIDATION) {
            if (message.apply(en).equals(english)) {
                return message.apply(msg(language));
            }
        }
        return english;
    }
}
