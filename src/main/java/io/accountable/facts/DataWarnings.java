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

    /** Null when there is nothing to say. */
    public String summary() {
        String problem = store.problem();
        if (problem != null) {
            return "The numbers may be out of date: " + problem + ".";
        }
        Facts facts = store.current();
        return facts == null || facts.unreadable.isEmpty() ? null
                : facts.unreadable.summary() + ". Correct or re-import these rows; the log lists each one.";
    }

    /** The first left-out rows, with table, id, column and reason. */
    public List<Unreadable.Row> rows() {
        Facts facts = store.current();
        return facts == null ? List.of() : facts.unreadable.rows();
    }
}
