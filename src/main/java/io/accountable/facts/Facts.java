package io.accountable.facts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable, compact copy of everything the numbers are computed from: primitive arrays
 * indexed by account, touch, opportunity. Touches are grouped by account and ordered by
 * time and then external id (the spec's tie-break), so an account's journey is a slice and
 * a time window is a binary search. A touch takes 30 bytes (see {@link #bytesPerTouch()}).
 *
 * <p>Instants are epoch milliseconds; {@link #NONE} marks a missing one.
 */
public final class Facts {

    public static final long NONE = Long.MIN_VALUE;

    /** Whether an instant (epoch seconds) lies in the years 1 to 9999, the range the facts hold. */
    public static boolean representable(long epochSecond) {
        return epochSecond >= FactsBuilder.EARLIEST_SECOND && epochSecond <= FactsBuilder.LATEST_SECOND;
    }
    public static final byte OPEN = 0;
    public static final byte WON = 1;
    public static final byte LOST = 2;

    /** Strings that repeat (channels, types, tiers...) are stored once and referred to by index. */
    public static final class Dictionary {
        private final Map<String, Integer> index = new HashMap<>();
        private final java.util.ArrayList<String> values = new java.util.ArrayList<>();

        public int code(String value) {
            if (value == null) {
                return -1;
            }
            return index.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        public String value(int code) {
            return code < 0 ? null : values.get(code);
        }

        public int size() {
            return values.size();
        }

        public Integer find(String value) {
            return index.get(value);
        }

        public List<String> values() {
            return List.copyOf(values);
        }
    }

    // ---- accounts
    public final int accountCount;
    public final long[] accountId;
    public final String[] accountExternalId;
    public final String[] accountName;
    public final int[] accountTier;
    public final int[] accountSegment;
    public final int[] accountRegion;
    public final int[] accountIndustry;
    public final boolean[] accountTarget;
    /** Earliest contact creation of the account: its lead-creation moment. */
    public final long[] accountLeadCreatedAt;
    public final Dictionary tiers;
    public final Dictionary segments;
    public final Dictionary regions;
    public final Dictionary industries;

    // ---- contacts
    public final int contactCount;
    public final long[] contactId;
    public final int[] contactAccount;
    public final int[] contactRole;
    public final long[] contactCreatedAt;
    public final Dictionary roles;

    // ---- touches, grouped by account: account a owns [touchStart[a], touchStart[a + 1])
    public final int touchCount;
    public final int[] touchStart;
    /**
     * The touch's database id. Its external id is not held here (one string per touch was half
     * the facts): {@link FactStore#touchExternalIds} reads them for one account when shown.
     */
    public final long[] touchId;
    public final long[] touchTime;
    public final int[] touchChannel;
    /** Touch-type code (a closed list of 16 in the import format; at most 127 codes). */
    public final byte[] touchType;
    public final int[] touchCampaign;
    /** Index into the contact arrays, or -1. */
    public final int[] touchContact;
    /** Funnel-stage code, or -1 when the touch has none. */
    public final byte[] touchFunnelStage;
    public final Dictionary channels;
    public final Dictionary types;
    public final Dictionary funnelStages;

    // ---- campaigns
    public final long[] campaignId;
    public final String[] campaignExternalId;
    public final String[] campaignName;
    public final int[] campaignChannel;

    // ---- opportunities
    public final int opportunityCount;
    public final long[] opportunityId;
    public final String[] opportunityExternalId;
    public final int[] opportunityAccount;
    public final double[] opportunityAmount;
    public final byte[] opportunityStatus;
    public final long[] opportunityCreatedAt;
    public final long[] opportunityClosedAt;
    public final int[] opportunityContractMonths;
    public final double[] opportunityOneTimeFees;
    /** Opportunity-type code (new_business, upsell, cross_sell, renewal...), or -1 when the deal has none. */
    public final int[] opportunityType;
    public final Dictionary opportunityTypes;

    // ---- stage changes, ordered by opportunity and time
    public final int[] stageOpportunity;
    public final int[] stageName;
    public final long[] stageEnteredAt;
    public final Dictionary stages;

    // ---- costs
    /** Epoch day of the cost (a date, not an instant). */
    public final long[] costDate;
    public final double[] costAmount;
    /** The cost's own channel, or its campaign's when it has none; -1 when neither. */
    public final int[] costChannel;
    public final int[] costCampaign;
    public final int[] costCategory;
    public final int[] costTeam;
    public final Dictionary categories;
    public final Dictionary teams;

    // ---- NPS
    public final int[] npsAccount;
    public final int[] npsScore;
    public final long[] npsRespondedAt;

    /** The stored rows left out because a value could not be read (empty when all were read). */
    public final Unreadable unreadable;

    private final Map<Long, Integer> accountIndexById;
    private final Map<String, Integer> accountIndexByExternalId;
    private final Map<String, Integer> opportunityIndexByExternalId;
    private final Map<String, Integer> campaignIndexByExternalId;

    Facts(FactsBuilder b) {
        accountCount = b.accountId.length;
        accountId = b.accountId;
        accountExternalId = b.accountExternalId;
        accountName = b.accountName;
        accountTier = b.accountTier;
        accountSegment = b.accountSegment;
        accountRegion = b.accountRegion;
        accountIndustry = b.accountIndustry;
        accountTarget = b.accountTarget;
        accountLeadCreatedAt = b.accountLeadCreatedAt;
        tiers = b.tiers;
        segments = b.segments;
        regions = b.regions;
        industries = b.industries;
        contactCount = b.contactId.length;
        contactId = b.contactId;
        contactAccount = b.contactAccount;
        contactRole = b.contactRole;
        contactCreatedAt = b.contactCreatedAt;
        roles = b.roles;
        touchCount = b.touchId.length;
        touchStart = b.touchStart;
        touchId = b.touchId;
        touchTime = b.touchTime;
        touchChannel = b.touchChannel;
        touchType = b.touchType;
        touchCampaign = b.touchCampaign;
        touchContact = b.touchContact;
        touchFunnelStage = b.touchFunnelStage;
        channels = b.channels;
        types = b.types;
        funnelStages = b.funnelStages;
        campaignId = b.campaignId;
        campaignExternalId = b.campaignExternalId;
        campaignName = b.campaignName;
        campaignChannel = b.campaignChannel;
        opportunityCount = b.opportunityId.length;
        opportunityId = b.opportunityId;
        opportunityExternalId = b.opportunityExternalId;
        opportunityAccount = b.opportunityAccount;
        opportunityAmount = b.opportunityAmount;
        opportunityStatus = b.opportunityStatus;
        opportunityCreatedAt = b.opportunityCreatedAt;
        opportunityClosedAt = b.opportunityClosedAt;
        opportunityContractMonths = b.opportunityContractMonths;
        opportunityOneTimeFees = b.opportunityOneTimeFees;
        opportunityType = b.opportunityType;
        opportunityTypes = b.opportunityTypes;
        stageOpportunity = b.stageOpportunity;
        stageName = b.stageName;
        stageEnteredAt = b.stageEnteredAt;
        stages = b.stages;
        costDate = b.costDate;
        costAmount = b.costAmount;
        costChannel = b.costChannel;
        costCampaign = b.costCampaign;
        costCategory = b.costCategory;
        costTeam = b.costTeam;
        categories = b.categories;
        teams = b.teams;
        npsAccount = b.npsAccount;
        npsScore = b.npsScore;
        npsRespondedAt = b.npsRespondedAt;
        unreadable = b.unreadable;
        accountIndexById = new HashMap<>(accountCount * 2);
        accountIndexByExternalId = new HashMap<>(accountCount * 2);
        for (int a = 0; a < accountCount; a++) {
            accountIndexById.put(accountId[a], a);
            accountIndexByExternalId.put(accountExternalId[a], a);
        }
        campaignIndexByExternalId = new HashMap<>(campaignId.length * 2);
        for (int c = 0; c < campaignId.length; c++) {
            campaignIndexByExternalId.put(campaignExternalId[c], c);
        }
        opportunityIndexByExternalId = new HashMap<>(opportunityCount * 2);
        for (int o = 0; o < opportunityCount; o++) {
            opportunityIndexByExternalId.put(opportunityExternalId[o], o);
        }
    }

    /** Reads every table of the connection's database, in bulk. */
    public static Facts load(java.sql.Connection connection) throws java.sql.SQLException {
        return FactsBuilder.build(connection);
    }

    public Integer accountIndex(long id) {
        return accountIndexById.get(id);
    }

    public Integer accountIndexByExternalId(String externalId) {
        return accountIndexByExternalId.get(externalId);
    }

    /** The campaign's index, or null when no campaign has this id. */
    public Integer campaignIndexByExternalId(String externalId) {
        return campaignIndexByExternalId.get(externalId);
    }

    public Integer opportunityIndexByExternalId(String externalId) {
        return opportunityIndexByExternalId.get(externalId);
    }

    /** The account scopes asked of these facts, by the filter's scope key (at most {@link #SCOPES_HELD}). */
    private final java.util.Map<String, boolean[]> scopes = new java.util.concurrent.ConcurrentHashMap<>();
    static final int SCOPES_HELD = 64;

    /**
     * Which accounts a filter's account criteria keep, computed once per facts and scope key
     * (20,000 accounts: 20 KB). The array is shared: read it, never write it.
     */
    public boolean[] scope(String key, java.util.function.IntPredicate inScope) {
        boolean[] held = scopes.get(key);
        if (held != null) {
            return held;
        }
        boolean[] scope = new boolean[accountCount];
        for (int a = 0; a < accountCount; a++) {
            scope[a] = inScope.test(a);
        }
        if (scopes.size() >= SCOPES_HELD) {
            scopes.clear();
        }
        scopes.put(key, scope);
        return scope;
    }

    /** The account whose slice of the touch columns holds touch {@code t} (touches are stored account by account). */
    public int accountOfTouch(int t) {
        int lo = 0;
        int hi = accountCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (touchStart[mid] <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** First touch index of the account at or after {@code fromMillis}. */
    public int firstTouchAtOrAfter(int account, long fromMillis) {
        int lo = touchStart[account];
        int hi = touchStart[account + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (touchTime[mid] < fromMillis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The same as {@link #firstTouchAtOrAfter(int, long)} when the answer is known to be at or
     * before {@code end} (the end of a window): searched backwards from {@code end} in growing
     * steps, so a window holding few touches reads a cache line or two instead of a binary search.
     */
    public int firstTouchAtOrAfter(int account, long fromMillis, int end) {
        int start = touchStart[account];
        int hi = end;
        int step = 1;
        int lo = hi - step;
        while (lo > start && touchTime[lo] >= fromMillis) {
            hi = lo;
            step <<= 1;
            lo = hi - step;
        }
        lo = Math.max(lo, start);
        // now the answer is in [lo, hi]: touchTime[hi] >= from (or hi == end), touchTime[lo] < from (or lo == start)
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (touchTime[mid] < fromMillis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One past the last touch index of the account at or before {@code toMillis}. */
    public int touchesEndAtOrBefore(int account, long toMillis) {
        int lo = touchStart[account];
        int hi = touchStart[account + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (touchTime[mid] <= toMillis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** What one touch costs in the touch columns, in bytes: 8 + 8 + 4 + 1 + 4 + 4 + 1 (plus the per-account start). */
    public static int bytesPerTouch() {
        return Long.BYTES * 2 + Integer.BYTES * 3 + Byte.BYTES * 2;
    }

    public boolean isEmpty() {
        return accountCount == 0;
    }

    /** Columns that only name things: no number is computed from them. */
    private static final java.util.Set<String> NAMES = java.util.Set.of("accountName");

    /**
     * Whether every number computed from these facts equals the one computed from {@code other}:
     * every public column is equal except the ones that only name things ({@link #NAMES}). Read by
     * reflection so that a column added later is compared without anyone remembering to.
     * Unreadable rows count as a difference unless they are the same object.
     */
    public boolean sameNumbersAs(Facts other) {
        if (unreadable != other.unreadable && !(unreadable.isEmpty() && other.unreadable.isEmpty())) {
            return false;
        }
        for (java.lang.reflect.Field field : Facts.class.getDeclaredFields()) {
            int mod = field.getModifiers();
            if (!java.lang.reflect.Modifier.isPublic(mod) || java.lang.reflect.Modifier.isStatic(mod)
                    || NAMES.contains(field.getName()) || field.getType() == Unreadable.class) {
                continue;
            }
            try {
                Object mine = field.get(this);
                Object theirs = field.get(other);
                if (mine instanceof Dictionary d && theirs instanceof Dictionary e) {
                    if (!d.values.equals(e.values)) {
                        return false;
                    }
                } else if (!java.util.Objects.deepEquals(mine, theirs)) {
                    return false;
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Facts[accounts=" + accountCount + ", touches=" + touchCount + ", opportunities=" + opportunityCount
                + ", stageChanges=" + stageOpportunity.length + ", costs=" + costDate.length + ", nps="
                + npsScore.length + ", channels=" + Arrays.toString(channels.values().toArray()) + "]";
    }
}
