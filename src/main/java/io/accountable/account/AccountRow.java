package io.accountable.account;

/** One line of the account list; numbers are raw, the template formats them. */
public record AccountRow(String id, String name, String domain, String tier, String segment, String region,
        boolean target, double engagementScore, String engagementTier, Double penetration, int engagedContacts,
        int knownContacts, double openPipeline, double createdPipeline, double wonRevenue, double attributedCredit,
        String lastTouch, Double nps) {
}
