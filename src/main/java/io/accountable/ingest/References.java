package io.accountable.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The ids a file may refer to: external id to internal id of each referenced kind, and the
 * account of each contact. Referenced kinds (accounts, contacts, campaigns, opportunities) hold
 * at most some 100k rows, so they are loaded whole once per import; touchpoints, the big table,
 * are never referenced.
 */
final class References {

    private final Map<ImportKind, Map<String, Long>> ids = new EnumMap<>(ImportKind.class);
    /** Contact's internal id to its account's internal id. */
    private final Map<Long, Long> accountOfContact = new HashMap<>();

    private References() {
    }

    static References load(Connection connection, Set<ImportKind> kinds) throws SQLException {
        References refs = new References();
        for (ImportKind kind : kinds) {
            boolean contacts = kind == ImportKind.CONTACTS;
            Map<String, Long> map = new HashMap<>();
            try (Statement st = connection.createStatement()) {
                st.setFetchSize(10_000);
                try (ResultSet rs = st.executeQuery("select external_id, id" + (contacts ? ", account_id" : "")
                        + " from " + kind.table())) {
                    while (rs.next()) {
                        long id = rs.getLong(2);
                        map.put(rs.getString(1), id);
                        if (contacts) {
                            refs.accountOfContact.put(id, rs.getLong(3));
                        }
                    }
                }
            }
            refs.ids.put(kind, map);
        }
        return refs;
    }

    /** The internal id of the record of {@code kind} with this external id, or null. */
    Long find(ImportKind kind, String externalId) {
        return ids.get(kind).get(externalId);
    }

    /** The internal id of the contact's account. */
    Long accountOf(long contactId) {
        return accountOfContact.get(contactId);
    }
}
