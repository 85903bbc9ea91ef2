package io.accountable.view;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of saved views, in English; Russian and Romanian in {@code messages/vw_ru.properties}
 * and {@code vw_ro.properties}. Templates write {@code {vw:key}}; Java asks
 * {@code Texts.bundle(ViewMsg.class, language)}.
 */
@MessageBundle(value = "vw", locale = "en")
public interface ViewMsg {

    @Message("Views")
    String nav_views();

    @Message("Saved views")
    String heading();

    @Message("A saved view is a name for a dashboard filter. Open it from this list or by its short link; a team view is listed for everyone. Your default view opens when you go to the dashboard without a filter.")
    String intro();

    @Message("Save the current filter as a view")
    String save_current();

    @Message("Name")
    String name_label();

    @Message("Share with the team")
    String team_label();

    @Message("Make it my default view")
    String default_label();

    @Message("Save view")
    String save_button();

    @Message("No saved views yet.")
    String none();

    @Message("View")
    String col_name();

    @Message("Filter")
    String col_filter();

    @Message("Short link")
    String col_link();

    @Message("Owner")
    String col_owner();

    @Message("Shared")
    String col_shared();

    @Message("team")
    String shared_team();

    @Message("only me")
    String shared_private();

    @Message("Default")
    String col_default();

    @Message("my default")
    String is_default();

    @Message("Make default")
    String make_default();

    @Message("No default view")
    String clear_default();

    @Message("Delete")
    String delete();

    @Message("Delete the view {name} (its scheduled reports go with it)")
    String delete_aria(String name);

    @Message("Actions")
    String col_actions();

    @Message("Give the view a name.")
    String name_required();

    @Message("The name has at most {max} characters.")
    String name_too_long(int max);

    @Message("No saved view {id} that you can see.")
    String not_found(String id);

    @Message("Only the owner deletes a private view; a team view, its owner or an admin.")
    String not_yours();





    @Message("The view could not be saved:")
    String not_saved();

    @Message("The query of the view is invalid: {problem}")
    String query_invalid(String problem);

    @Message("view saved")
    String action_view_saved();

    @Message("view deleted")
    String action_view_deleted();
}
