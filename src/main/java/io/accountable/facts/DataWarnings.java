package io.accountable.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * What an admin must know about the data behind the numbers, shown at the top of every page
 * ({@code inject:dataWarnings}): rows left out of the facts and facts older than the data.
 */
@Named("dataWarnings")
@ApplicationScoped
public class DataWarnings {

    @Inject
    FactStore store;

    /** Null when there is nothing to say; in the request's language. */
    public String summary() {
        io.accountable.i18n.Language language = io.accountable.i18n.ErrorMsgs.current();
        io.accountable.i18n.ErrorMsg m = io.accountable.i18n.ErrorMsgs.in(language);
        String problem = store.problem();
        if (problem != null) {
            return m.data_out_of_date(problem);
        }
        Facts facts = store.current();
        if (facts == null || facts.unreadable.isEmpty()) {
            return null;
        }
        int total = facts.unreadable.total();
        return total == 1 ? m.rows_left_out_one(facts.unreadable.tables())
                : m.rows_left_out(com.ibm.icu.text.NumberFormat.getIntegerInstance(language.locale()).format(total),
                        facts.unreadable.tables());
    }

    /** The first left-out rows, with table, id, column and reason. */
    public List<Unreadable.Row> rows() {
        Facts facts = store.current();
        return facts == null ? List.of() : facts.unreadable.rows();
    }

    /** The first left-out rows as lines for the page, in the request's language. */
    public List<String> lines() {
        io.accountable.i18n.Language language = io.accountable.i18n.ErrorMsgs.current();
        return rows().stream().map(r -> r.in(language)).toList();
    }
}
