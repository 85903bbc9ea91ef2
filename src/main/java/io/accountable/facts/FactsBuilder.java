package io.accountable.facts;

import io.accountable.facts.Facts.Dictionary;
import io.accountable.i18n.Text;
import io.accountable.i18n.ErrorMsg;
import io.accountable.i18n.ErrorMsgs;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Reads every table once, in bulk, into the arrays of {@link Facts}. */
final class FactsBuilder {

    long[] accountId;
    String[] accountExternalId;
    String[] accountName;
    int[] accountTier;
    int[] accountSegment;
    int[] accountRegion;
    int[] accountIndustry;
    boolean[] accountTarget;
    long[] accountLeadCreatedAt;
    Dictionary tiers = new Dictionary();
    Dictionary segments = new Dictionary();
    Dictionary regions = new Dictionary();
    Dictionary industries = new Dictionary();

    long[] contactId;
    int[] contactAccount;
    int[] contactRole;
    long[] contactCreatedAt;
    Dictionary roles = new Dictionary();

    int[] touchStart;
    long[] touchId;
    long[] touchTime;
    int[] touchChannel;
    byte[] touchType;
    int[] touchCampaign;
    int[] touchContact;
    byte[] touchFunnelStage;
    Dictionary channels = new Dictionary();
    Dictionary types = new Dictionary();
    Dictionary funnelStages = new Dictionary();

    long[] campaignId;
    String[] campaignExternalId;
    String[] campaignName;
    int[] campaignChannel;

    long[] opportunityId;
    String[] opportunityExternalId;
    int[] opportunityAccount;
    double[] opportunityAmount;
    byte[] opportunityStatus;
    long[] opportunityCreatedAt;
    long[] opportunityClosedAt;
    int[] opportunityContractMonths;
    double[] opportunityOneTimeFees;
    int[] opportunityType;
    Dictionary opportunityTypes = new Dictionary();

    int[] stageOpportunity;
    int[] stageName;
    long[] stageEnteredAt;
    Dictionary stages = new Dictionary();

    long[] costDate;
    double[] costAmount;
    int[] costChannel;
    int[] costCampaign;
    int[] costCategory;
    int[] costTeam;
    Dictionary categories = new Dictionary();
    Dictionary teams = new Dictionary();

    int[] npsAccount;
    int[] npsScore;
    long[] npsRespondedAt;

    Unreadable unreadable = new Unreadable();

    /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: instants outside cannot be computed with safely. */
    static final long EARLIEST_SECOND = -62_135_596_800L;
    static final long LATEST_SECOND = 253_402_300_799L;

    static Facts build(Connection c) throws SQLException {
        boolean h2 = "H2".equals(c.getMetaData().getDatabaseProductName());
        if (h2) {
            // H2 otherwise copies a whole result into a temporary one (on disk past 40,000 rows)
            // before the first row is read: two thirds of the build's time on the large data.
            try (Statement st = c.createStatement()) {
                st.execute("set lazy_query_execution true");
            }
        }
        try {
            return read(c);
        } finally {
            if (h2) {
                try (Statement st = c.createStatement()) {
                    st.execute("set lazy_query_execution false");
                }
            }
        }
    }

    private static Facts read(Connection c) throws SQLException {
        FactsBuilder b = new FactsBuilder();
        b.accounts(c);
        Map<Long, Integer> contacts = b.contacts(c);
        Map<Long, Integer> campaigns = b.campaigns(c);
        b.touches(c, contacts, campaigns);
        Map<Long, Integer> opps = b.opportunities(c);
        b.stageChanges(c, opps);
        b.costs(c, campaigns);
        b.nps(c);
        return new Facts(b);
    }

    private Map<Long, Integer> accountIndex;

    /**
     * New facts with the account table read again and every other column taken from
     * {@code previous} (after an accounts import: 20,000 rows instead of two million touches).
     * Null when the accounts are not the same rows in the same order (some were added or
     * removed): only a full build will do then.
     */
    static Facts withAccountsReadAgain(Connection c, Facts previous) throws SQLException {
        FactsBuilder read = new FactsBuilder();
        read.accounts(c);
        if (!Arrays.equals(read.accountId, previous.accountId)) {
            return null;
        }
        FactsBuilder b = copyOf(previous);
        b.accountExternalId = read.accountExternalId;
        b.accountName = read.accountName;
        b.accountTier = read.accountTier;
        b.accountSegment = read.accountSegment;
        b.accountRegion = read.accountRegion;
        b.accountIndustry = read.accountIndustry;
        b.accountTarget = read.accountTarget;
        b.tiers = read.tiers;
        b.segments = read.segments;
        b.regions = read.regions;
        b.industries = read.industries;
        // the lead-creation moments come from the contacts, which did not change
        return new Facts(b);
    }

    /**
     * {@code previous}'s columns with {@code built}'s account names, for new facts whose numbers
     * equal the previous ones ({@link Facts#sameNumbersAs}): every cached result that holds the
     * previous columns then holds the current ones, and no second copy of the touches lives on.
     */
    static Facts namesOf(Facts built, Facts previous) {
        FactsBuilder b = copyOf(previous);
        b.accountName = built.accountName;
        return new Facts(b);
    }

    /** A builder holding every column of {@code f} (the arrays are shared, never written). */
    private static FactsBuilder copyOf(Facts f) {
        FactsBuilder b = new FactsBuilder();
        b.accountId = f.accountId;
        b.accountExternalId = f.accountExternalId;
        b.accountName = f.accountName;
        b.accountTier = f.accountTier;
        b.accountSegment = f.accountSegment;
        b.accountRegion = f.accountRegion;
        b.accountIndustry = f.accountIndustry;
        b.accountTarget = f.accountTarget;
        b.accountLeadCreatedAt = f.accountLeadCreatedAt;
        b.tiers = f.tiers;
        b.segments = f.segments;
        b.regions = f.regions;
        b.industries = f.industries;
        b.contactId = f.contactId;
        b.contactAccount = f.contactAccount;
        b.contactRole = f.contactRole;
        b.contactCreatedAt = f.contactCreatedAt;
        b.roles = f.roles;
        b.touchStart = f.touchStart;
        b.touchId = f.touchId;
        b.touchTime = f.touchTime;
        b.touchChannel = f.touchChannel;
        b.touchType = f.touchType;
        b.touchCampaign = f.touchCampaign;
        b.touchContact = f.touchContact;
        b.touchFunnelStage = f.touchFunnelStage;
        b.channels = f.channels;
        b.types = f.types;
        b.funnelStages = f.funnelStages;
        b.campaignId = f.campaignId;
        b.campaignExternalId = f.campaignExternalId;
        b.campaignName = f.campaignName;
        b.campaignChannel = f.campaignChannel;
        b.opportunityId = f.opportunityId;
        b.opportunityExternalId = f.opportunityExternalId;
        b.opportunityAccount = f.opportunityAccount;
        b.opportunityAmount = f.opportunityAmount;
        b.opportunityStatus = f.opportunityStatus;
        b.opportunityCreatedAt = f.opportunityCreatedAt;
        b.opportunityClosedAt = f.opportunityClosedAt;
        b.opportunityContractMonths = f.opportunityContractMonths;
        b.opportunityOneTimeFees = f.opportunityOneTimeFees;
        b.opportunityType = f.opportunityType;
        b.opportunityTypes = f.opportunityTypes;
        b.stageOpportunity = f.stageOpportunity;
        b.stageName = f.stageName;
        b.stageEnteredAt = f.stageEnteredAt;
        b.stages = f.stages;
        b.costDate = f.costDate;
        b.costAmount = f.costAmount;
        b.costChannel = f.costChannel;
        b.costCampaign = f.costCampaign;
        b.costCategory = f.costCategory;
        b.costTeam = f.costTeam;
        b.categories = f.categories;
        b.teams = f.teams;
        b.npsAccount = f.npsAccount;
        b.npsScore = f.npsScore;
        b.npsRespondedAt = f.npsRespondedAt;
        b.unreadable = f.unreadable;
        return b;
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Why a value cannot be read, written later in the reader's language. */
    private static Text text(java.util.function.Function<ErrorMsg, String> message) {
        return ErrorMsgs.text(message);
    }

    private static ResultSet query(Statement st, String sql) throws SQLException {
        st.setFetchSize(10_000);
        return st.executeQuery(sql);
    }

    /**
     * An instant as epoch milliseconds, {@link Facts#NONE} when null; a value that cannot be read
     * or lies outside the years 1 to 9999 throws {@link Unreadable.ValueException}, so its row
     * (or, for an optional value, the value) is left out instead of failing the whole build.
     */
    private static long millis(ResultSet rs, int column, String name) {
        OffsetDateTime t;
        try {
            t = rs.getObject(column, OffsetDateTime.class);
        } catch (SQLException | RuntimeException e) {
            throw new Unreadable.ValueException(name, text(m -> m.unreadable_instant(String.valueOf(e.getMessage()))));
        }
        if (t == null) {
            return Facts.NONE;
        }
        long seconds = t.toEpochSecond();
        if (!Facts.representable(seconds)) {
            throw new Unreadable.ValueException(name, text(m -> m.outside_years(t.toString())));
        }
        return t.toInstant().toEpochMilli();
    }

    /** An optional instant: one that cannot be read is left out (NONE) and counted, the row is kept. */
    private long optionalMillis(ResultSet rs, int column, String name, String table, long id) {
        try {
            return millis(rs, column, name);
        } catch (Unreadable.ValueException e) {
            Text reason = e.reason;
            unreadable.add(table, id, name, language -> ErrorMsgs.in(language).value_left_out(reason.in(language)));
            return Facts.NONE;
        }
    }

    /** The index of a referenced row that the facts hold; a missing one leaves the referring row out. */
    private static int ref(Map<Long, Integer> index, long id, String column) {
        Integer i = index.get(id);
        if (i == null) {
            throw new Unreadable.ValueException(column, text(m -> m.refers_to_missing(String.valueOf(id))));
        }
        return i;
    }

    /** A date as an epoch day; outside the years 1 to 9999 the row is left out. */
    private static long day(ResultSet rs, int column, String name) {
        LocalDate d;
        try {
            d = rs.getObject(column, LocalDate.class);
        } catch (SQLException | RuntimeException e) {
            throw new Unreadable.ValueException(name, text(m -> m.unreadable_date(String.valueOf(e.getMessage()))));
        }
        if (d == null) {
            throw new Unreadable.ValueException(name, text(m -> m.value_empty()));
        }
        if (d.getYear() < 1 || d.getYear() > 9999) {
            throw new Unreadable.ValueException(name, text(m -> m.outside_years(d.toString())));
        }
        return d.toEpochDay();
    }

    private void accounts(Connection c) throws SQLException {
        int n = count(c, "account");
        accountId = new long[n];
        accountExternalId = new String[n];
        accountName = new String[n];
        accountTier = new int[n];
        accountSegment = new int[n];
        accountRegion = new int[n];
        accountIndustry = new int[n];
        accountTarget = new boolean[n];
        accountLeadCreatedAt = new long[n];
        Arrays.fill(accountLeadCreatedAt, Facts.NONE);
        accountIndex = new HashMap<>(n * 2);
        try (Statement st = c.createStatement(); ResultSet rs = query(st,
                "select id, external_id, name, tier, segment, region, industry, target from account order by id")) {
            int i = 0;
            while (rs.next() && i < n) {
                accountId[i] = rs.getLong(1);
                accountExternalId[i] = rs.getString(2);
                accountName[i] = rs.getString(3);
                accountTier[i] = tiers.code(rs.getString(4));
                accountSegment[i] = segments.code(rs.getString(5));
                accountRegion[i] = regions.code(rs.getString(6));
                accountIndustry[i] = industries.code(rs.getString(7));
                accountTarget[i] = rs.getBoolean(8);
                accountIndex.put(accountId[i], i);
                i++;
            }
        }
    }

    private Map<Long, Integer> contacts(Connection c) throws SQLException {
        int n = count(c, "contact");
        contactId = new long[n];
        contactAccount = new int[n];
        contactRole = new int[n];
        contactCreatedAt = new long[n];
        Map<Long, Integer> index = new HashMap<>(n * 2);
        try (Statement st = c.createStatement(); ResultSet rs = query(st,
                "select id, account_id, role, created_at from contact order by id")) {
            int i = 0;
            while (rs.next() && i < n) {
                long id = rs.getLong(1);
                try {
                    int account = ref(accountIndex, rs.getLong(2), "account_id");
                    long created = optionalMillis(rs, 4, "created_at", "contact", id);
                    contactId[i] = id;
                    contactAccount[i] = account;
                    contactRole[i] = roles.code(rs.getString(3));
                    contactCreatedAt[i] = created;
                    if (created != Facts.NONE && (accountLeadCreatedAt[account] == Facts.NONE
                            || created < accountLeadCreatedAt[account])) {
                        accountLeadCreatedAt[account] = created;
                    }
                    index.put(id, i);
                    i++;
                } catch (Unreadable.ValueException e) {
                    unreadable.add("contact", id, e.column, e.reason);
                }
            }
            if (i < n) {
                contactId = Arrays.copyOf(contactId, i);
                contactAccount = Arrays.copyOf(contactAccount, i);
                contactRole = Arrays.copyOf(contactRole, i);
                contactCreatedAt = Arrays.copyOf(contactCreatedAt, i);
            }
        }
        return index;
    }

    private Map<Long, Integer> campaigns(Connection c) throws SQLException {
        int n = count(c, "campaign");
        campaignId = new long[n];
        campaignExternalId = new String[n];
        campaignName = new String[n];
        campaignChannel = new int[n];
        Map<Long, Integer> index = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = query(st,
                "select id, external_id, name, channel from campaign order by id")) {
            int i = 0;
            while (rs.next() && i < n) {
                campaignId[i] = rs.getLong(1);
                campaignExternalId[i] = rs.getString(2);
                campaignName[i] = rs.getString(3);
                campaignChannel[i] = channels.code(rs.getString(4));
                index.put(campaignId[i], i);
                i++;
            }
        }
        return index;
    }

    private void touches(Connection c, Map<Long, Integer> contacts, Map<Long, Integer> campaigns) throws SQLException {
        int n = count(c, "touchpoint");
        touchId = new long[n];
        // The external ids are only needed to order equal times; they are dropped once sorted.
        String[] touchExternalId = new String[n];
        touchTime = new long[n];
        touchChannel = new int[n];
        touchType = new byte[n];
        touchCampaign = new int[n];
        touchContact = new int[n];
        touchFunnelStage = new byte[n];
        int[] touchAccount = new int[n];
        int i = 0;
        // Read in table order: without an ORDER BY the database scans the table instead of walking an
        // index and fetching each row; ordering here is cheap (on H2 with 1.9 million touches the
        // whole build takes 6.3 s instead of 7.4 s).
        try (Statement st = c.createStatement(); ResultSet rs = query(st,
                "select id, external_id, account_id, occurred_at, channel, type, campaign_id, contact_id, funnel_stage "
                        + "from touchpoint")) {
            while (rs.next() && i < n) {
                long id = rs.getLong(1);
                try {
                    int account = ref(accountIndex, rs.getLong(3), "account_id");
                    long time = millis(rs, 4, "occurred_at");
                    if (time == Facts.NONE) {
                        throw new Unreadable.ValueException("occurred_at", text(m -> m.value_empty()));
                    }
                    long campaign = rs.getLong(7);
                    int campaignIndex = rs.wasNull() ? -1 : ref(campaigns, campaign, "campaign_id");
                    long contact = rs.getLong(8);
                    int contactIndex = rs.wasNull() ? -1 : ref(contacts, contact, "contact_id");
                    touchId[i] = id;
                    touchExternalId[i] = rs.getString(2);
                    touchAccount[i] = account;
                    touchTime[i] = time;
                    touchChannel[i] = channels.code(rs.getString(5));
                    touchType[i] = smallCode(types, rs.getString(6), "type");
                    touchCampaign[i] = campaignIndex;
                    touchContact[i] = contactIndex;
                    touchFunnelStage[i] = smallCode(funnelStages, rs.getString(9), "funnel_stage");
                    i++;
                } catch (Unreadable.ValueException e) {
                    unreadable.add("touchpoint", id, e.column, e.reason);
                }
            }
        }
        // Grouped by account (a counting sort), then inside each account by time, and equal times
        // by external id: the spec's tie-break, the same whatever the database's collation.
        touchStart = new int[accountId.length + 1];
        for (int k = 0; k < i; k++) {
            touchStart[touchAccount[k] + 1]++;
        }
        for (int a = 0; a < accountId.length; a++) {
            touchStart[a + 1] += touchStart[a];
        }
        Integer[] order = new Integer[i];
        int[] next = Arrays.copyOf(touchStart, accountId.length);
        for (int k = 0; k < i; k++) {
            order[next[touchAccount[k]]++] = k;
        }
        long[] time = touchTime;
        String[] externalId = touchExternalId;
        java.util.Comparator<Integer> byTimeThenId = (x, y) -> {
            int byTime = Long.compare(time[x], time[y]);
            return byTime != 0 ? byTime : externalId[x].compareTo(externalId[y]);
        };
        for (int a = 0; a < accountId.length; a++) {
            if (touchStart[a + 1] - touchStart[a] > 1) {
                Arrays.sort(order, touchStart[a], touchStart[a + 1], byTimeThenId);
            }
        }
        touchId = permute(touchId, order);
        touchTime = permute(touchTime, order);
        touchChannel = permute(touchChannel, order);
        touchType = permute(touchType, order);
        touchCampaign = permute(touchCampaign, order);
        touchContact = permute(touchContact, order);
        touchFunnelStage = permute(touchFunnelStage, order);
    }

    /** A code that fits a byte: the import format allows 16 touch types and 3 funnel stages. */
    private static byte smallCode(Dictionary dictionary, String value, String column) {
        Integer known = value == null ? null : dictionary.find(value);
        if (known == null && value != null && dictionary.size() > Byte.MAX_VALUE) {
            throw new Unreadable.ValueException(column, text(m -> m.too_many_values(String.valueOf(Byte.MAX_VALUE))));
        }
        return (byte) (known != null ? known : dictionary.code(value));
    }

    private static byte[] permute(byte[] values, Integer[] order) {
        byte[] out = new byte[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = values[order[k]];
        }
        return out;
    }

    private static long[] permute(long[] values, Integer[] order) {
        long[] out = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = values[order[k]];
        }
        return out;
    }

    private static int[] permute(int[] values, Integer[] order) {
        int[] out = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = values[order[k]];
        }
        return out;
    }

    private static String[] permute(String[] values, Integer[] order) {
        String[] out = new String[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = values[order[k]];
        }
        return out;
    }

    private Map<Long, Integer> opportunities(Connection c) throws SQLException {
        int n = count(c, "opportunity");
        opportunityId = new long[n];
        opportunityExternalId = new String[n];
        opportunityAccount = new int[n];
        opportunityAmount = new double[n];
        opportunityStatus = new byte[n];
        opportunityCreatedAt = new long[n];
        opportunityClosedAt = new long[n];
        opportunityContractMonths = new int[n];
        opportunityOneTimeFees = new double[n];
        opportunityType = new int[n];
        Map<Long, Integer> index = new HashMap<>(n * 2);
        try (Statement st = c.createStatement(); ResultSet rs = query(st,
                "select id, external_id, account_id, amount, status, created_at, closed_at, contract_months, "
                        + "one_time_fees, type from opportunity order by id")) {
            int i = 0;
            while (rs.next() && i < n) {
                long id = rs.getLong(1);
                try {
                    int account = ref(accountIndex, rs.getLong(3), "account_id");
                    byte status = switch (rs.getString(5)) {
                        case "won" -> Facts.WON;
                        case "lost" -> Facts.LOST;
                        default -> Facts.OPEN;
                    };
                    long created = millis(rs, 6, "created_at");
                    if (created == Facts.NONE) {
                        throw new Unreadable.ValueException("created_at", text(m -> m.value_empty()));
                    }
                    // A closed deal cannot be counted without its close; an open one can.
                    long closed = status == Facts.OPEN ? optionalMillis(rs, 7, "closed_at", "opportunity", id)
                            : millis(rs, 7, "closed_at");
                    opportunityId[i] = id;
                    opportunityExternalId[i] = rs.getString(2);
                    opportunityAccount[i] = account;
                    opportunityAmount[i] = rs.getBigDecimal(4).doubleValue();
                    opportunityStatus[i] = status;
                    opportunityCreatedAt[i] = created;
                    opportunityClosedAt[i] = closed;
                    int months = rs.getInt(8);
                    opportunityContractMonths[i] = rs.wasNull() ? 0 : months;
                    java.math.BigDecimal fees = rs.getBigDecimal(9);
                    opportunityOneTimeFees[i] = fees == null ? 0 : fees.doubleValue();
                    String type = rs.getString(10);
                    opportunityType[i] = opportunityTypes.code(type == null || type.isBlank() ? null : type);
                    index.put(id, i);
                    i++;
                } catch (Unreadable.ValueException e) {
                    unreadable.add("opportunity", id, e.column, e.reason);
                }
            }
            if (i < n) {
                opportunityId = Arrays.copyOf(opportunityId, i);
                opportunityExternalId = Arrays.copyOf(opportunityExternalId, i);
                opportunityAccount = Arrays.copyOf(opportunityAccount, i);
                opportunityAmount = Arrays.copyOf(opportunityAmount, i);
                opportunityStatus = Arrays.copyOf(opportunityStatus, i);
                opportunityCreatedAt = Arrays.copyOf(opportunityCreatedAt, i);
                opportunityClosedAt = Arrays.copyOf(opportunityClosedAt, i);
                opportunityContractMonths = Arrays.copyOf(opportunityContractMonths, i);
                opportunityOneTimeFees = Arrays.copyOf(opportunityOneTimeFees, i);
                opportunityType = Arrays.copyOf(opportunityType, i);
            }
        }
        return index;
    }

    private void stageChanges(Connection c, Map<Long, Integer> opps) throws SQLException {
        int n = count(c, "stage_change");
        stageOpportunity = new int[n];
        stageName = new int[n];
        stageEnteredAt = new long[n];
        try (Statement st = c.createStatement(); ResultSet rs = query(st,
                "select opportunity_id, stage, entered_at, id from stage_change order by opportunity_id, entered_at, id")) {
            int i = 0;
            while (rs.next() && i < n) {
                long id = rs.getLong(4);
                try {
                    int opportunity = ref(opps, rs.getLong(1), "opportunity_id");
                    long entered = millis(rs, 3, "entered_at");
                    if (entered == Facts.NONE) {
                        throw new Unreadable.ValueException("entered_at", text(m -> m.value_empty()));
                    }
                    stageOpportunity[i] = opportunity;
                    stageName[i] = stages.code(rs.getString(2));
                    stageEnteredAt[i] = entered;
                    i++;
                } catch (Unreadable.ValueException e) {
                    unreadable.add("stage_change", id, e.column, e.reason);
                }
            }
            if (i < n) {
                stageOpportunity = Arrays.copyOf(stageOpportunity, i);
                stageName = Arrays.copyOf(stageName, i);
                stageEnteredAt = Arrays.copyOf(stageEnteredAt, i);
            }
        }
    }

    private void costs(Connection c, Map<Long, Integer> campaigns) throws SQLException {
        int n = count(c, "cost");
        costDate = new long[n];
        costAmount = new double[n];
        costChannel = new int[n];
        costCampaign = new int[n];
        costCategory = new int[n];
        costTeam = new int[n];
        try (Statement st = c.createStatement(); ResultSet rs = query(st,
                "select cost_date, amount, campaign_id, channel, category, team, id from cost order by id")) {
            int i = 0;
            while (rs.next() && i < n) {
                long id = rs.getLong(7);
                try {
                    long day = day(rs, 1, "date");
                    long campaign = rs.getLong(3);
                    int campaignIndex = rs.wasNull() ? -1 : ref(campaigns, campaign, "campaign_id");
                    costDate[i] = day;
                    costAmount[i] = rs.getBigDecimal(2).doubleValue();
                    costCampaign[i] = campaignIndex;
                    String channel = rs.getString(4);
                    costChannel[i] = channel != null ? channels.code(channel)
                            : campaignIndex >= 0 ? campaignChannel[campaignIndex] : -1;
                    costCategory[i] = categories.code(rs.getString(5));
                    costTeam[i] = teams.code(rs.getString(6));
                    i++;
                } catch (Unreadable.ValueException e) {
                    unreadable.add("cost", id, e.column, e.reason);
                }
            }
            if (i < n) {
                costDate = Arrays.copyOf(costDate, i);
                costAmount = Arrays.copyOf(costAmount, i);
                costCampaign = Arrays.copyOf(costCampaign, i);
                costChannel = Arrays.copyOf(costChannel, i);
                costCategory = Arrays.copyOf(costCategory, i);
                costTeam = Arrays.copyOf(costTeam, i);
            }
        }
    }

    private void nps(Connection c) throws SQLException {
        int n = count(c, "nps_response");
        npsAccount = new int[n];
        npsScore = new int[n];
        npsRespondedAt = new long[n];
        try (Statement st = c.createStatement(); ResultSet rs = query(st,
                "select account_id, score, responded_at, id from nps_response order by id")) {
            int i = 0;
            while (rs.next() && i < n) {
                long id = rs.getLong(4);
                try {
                    int account = ref(accountIndex, rs.getLong(1), "account_id");
                    long responded = millis(rs, 3, "responded_at");
                    if (responded == Facts.NONE) {
                        throw new Unreadable.ValueException("responded_at", text(m -> m.value_empty()));
                    }
                    int score = rs.getInt(2);
                    if (score < 0 || score > 10) {
                        throw new Unreadable.ValueException("score", text(m -> m.not_a_score(String.valueOf(score))));
                    }
                    npsAccount[i] = account;
                    npsScore[i] = score;
                    npsRespondedAt[i] = responded;
                    i++;
                } catch (Unreadable.ValueException e) {
                    unreadable.add("nps_response", id, e.column, e.reason);
                }
            }
            if (i < n) {
                npsAccount = Arrays.copyOf(npsAccount, i);
                npsScore = Arrays.copyOf(npsScore, i);
                npsRespondedAt = Arrays.copyOf(npsRespondedAt, i);
            }
        }
    }
}
