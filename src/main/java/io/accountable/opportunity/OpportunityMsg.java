package io.accountable.opportunity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the opportunity list, in English; Russian and Romanian are in
 * {@code messages/opp_ru.properties} and {@code messages/opp_ro.properties}. Templates write
 * {@code {opp:key}}; Java code asks {@code Texts.bundle(OpportunityMsg.class, language)}.
 */
@MessageBundle(value = "opp", locale = "en")
public interface OpportunityMsg {

    @Message("Opportunities created in the period")
    String title_created();

    @Message("Opportunity")
    String col_opportunity();

    @Message("Account")
    String col_account();

    @Message("Created")
    String col_created();

    @Message("Stage")
    String col_stage();

    @Message("Amount")
    String col_amount();

    @Message("Total ({count})")
    String total_row(String count);

    @Message("Opportunities: {count}, {sum} in all, the {tile} tile of this filter.")
    String summary(String count, String sum, String tile);

    @Message("No opportunity was created in the period at the accounts of this filter.")
    String none_created();

    @Message("See opportunities")
    String see_opportunities();
}
