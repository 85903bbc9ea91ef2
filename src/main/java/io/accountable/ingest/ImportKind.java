package io.accountable.ingest;

import io.accountable.ingest.ImportColumn.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of import file of data-and-api.md, with their columns in the order of the sample
 * files ({@code DemoCsvWriter}) and the table each kind is stored in.
 */
public enum ImportKind {
    ACCOUNTS("accounts", "account"),
    CONTACTS("contacts", "contact"),
    CAMPAIGNS("campaigns", "campaign"),
    TOUCHPOINTS("touchpoints", "touchpoint"),
    OPPORTUNITIES("opportunities", "opportunity"),
    STAGE_CHANGES("stage_changes", "stage_change"),
    COSTS("costs", "cost"),
    NPS("nps", "nps_response");

    private final String id;
    private final String table;

    ImportKind(String id, String table) {
        this.id = id;
        this.table = table;
    }

    /** The kind as it appears in the API path: {@code accounts}, {@code stage_changes}, ... */
    public String id() {
        return id;
    }

    /** {@code fromId("Accounts")} is ACCOUNTS; an unknown id is empty. */
    public static Optional<ImportKind> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst();
    }

    /** The columns a file of this kind must have. */
    public List<String> requiredColumns() {
        return columns().stream().filter(ImportColumn::required).map(ImportColumn::name).toList();
    }

    /** The columns a file of this kind may have. */
    public List<String> optionalColumns() {
        return columns().stream().filter(c -> !c.required()).map(ImportColumn::name).toList();
    }

    /** All columns, required and optional, in the order of the sample files. */
    public List<String> columnNames() {
        return columns().stream().map(ImportColumn::name).toList();
    }

    /**
     * The kind a file's header fits clearly better than {@code chosen}, if any. A header fits a
     * kind when it has all the kind's required columns; how well is the number of its columns the
     * kind knows. A header that fits {@code chosen} and whose columns are at least half known to it
     * is never given another kind. Otherwise the other kind must fit, know at least three quarters
     * of the header's columns, and know more of them than {@code chosen} by a quarter of the
     * header at least; of several, the one that knows most (the first in this order on a tie).
     *
     * @param header the file's header names as written (matched as the importer matches them)
     */
    static Optional<ImportKind> betterFit(ImportKind chosen, List<String> header) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        header.forEach(h -> {
            String key = ImportRun.key(h.replace("\uFEFF", "").strip());
            if (!key.isEmpty()) {
                keys.add(key);
            }
        });
        int n = keys.size();
        if (n == 0) {
            return Optional.empty();
        }
        int chosenKnown = chosen.known(keys);
        if (chosen.fits(keys) && chosenKnown * 2 >= n) {
            return Optional.empty();
        }
        ImportKind best = null;
        int bestKnown = 0;
        for (ImportKind other : values()) {
            int known = other.known(keys);
            if (other != chosen && other.fits(keys) && known * 4 >= n * 3 && known > chosenKnown
                    && (known - chosenKnown) * 4 >= n && known > bestKnown) {
                best = other;
                bestKnown = known;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many of the header's keys are columns of this kind. */
    private int known(java.util.Set<String> keys) {
        return (int) columns().stream().filter(c -> keys.contains(ImportRun.key(c.name()))).count();
    }

    /** Whether the header has every required column of this kind. */
    private boolean fits(java.util.Set<String> keys) {
        return columns().stream().filter(ImportColumn::required).allMatch(c -> keys.contains(ImportRun.key(c.name())));
    }

    String table() {
        return table;
    }

    /** Every kind but stage_changes is keyed by its {@code id} column (stored as external_id). */
    boolean hasId() {
        return this != STAGE_CHANGES;
    }

    /** Text lengths are those of V1__schema.sql. */
    List<ImportColumn> columns() {
        return switch (this) {
            case ACCOUNTS -> List.of(ImportColumn.id(), ImportColumn.text("name", true, 300),
                    ImportColumn.text("domain", false, 300), ImportColumn.text("industry", false, 100),
                    ImportColumn.text("segment", false, 100), ImportColumn.text("region", false, 100),
                    ImportColumn.choice("tier", false, "one_to_one", "one_to_few", "one_to_many"),
                    ImportColumn.of("target", Type.BOOLEAN, false).withDefault(Boolean.TRUE),
                    ImportColumn.of("employees", Type.POSITIVE_INT, false),
                    ImportColumn.of("annual_revenue", Type.AMOUNT, false),
                    ImportColumn.of("created_at", Type.INSTANT, false));
            case CONTACTS -> List.of(ImportColumn.id(), ImportColumn.ref("account_id", true, ACCOUNTS),
                    ImportColumn.text("name", false, 300), ImportColumn.text("email", false, 300),
                    ImportColumn.text("title", false, 300),
                    ImportColumn.choice("role", false, "decision_maker", "champion", "influencer", "blocker", "user",
                            "other"),
                    ImportColumn.of("created_at", Type.INSTANT, false));
            case CAMPAIGNS -> List.of(ImportColumn.id(), ImportColumn.text("name", true, 300),
                    ImportColumn.channel("channel", true), ImportColumn.text("program", false, 300),
                    ImportColumn.of("start_date", Type.DATE, false), ImportColumn.of("end_date", Type.DATE, false),
                    ImportColumn.of("budget", Type.AMOUNT, false));
            case TOUCHPOINTS -> List.of(ImportColumn.id(), ImportColumn.ref("account_id", true, ACCOUNTS),
                    ImportColumn.ref("contact_id", false, CONTACTS), ImportColumn.ref("campaign_id", false, CAMPAIGNS),
                    ImportColumn.channel("channel", true), ImportColumn.of("type", Type.TOUCH_TYPE, true),
                    ImportColumn.of("occurred_at", Type.INSTANT, true),
                    ImportColumn.choice("funnel_stage", false, "tofu", "mofu", "bofu"));
            case OPPORTUNITIES -> List.of(ImportColumn.id(), ImportColumn.ref("account_id", true, ACCOUNTS),
                    ImportColumn.text("name", false, 300), ImportColumn.of("amount", Type.AMOUNT, true),
                    ImportColumn.choice("status", true, "open", "won", "lost"),
                    ImportColumn.choice("type", false, "new_business", "upsell", "cross_sell", "renewal"),
                    ImportColumn.text("stage", false, 100), ImportColumn.of("created_at", Type.INSTANT, true),
                    ImportColumn.of("closed_at", Type.INSTANT, false),
                    ImportColumn.of("contract_months", Type.POSITIVE_INT, false),
                    ImportColumn.of("one_time_fees", Type.AMOUNT, false),
                    ImportColumn.of("currency", Type.CURRENCY, false));
            case STAGE_CHANGES -> List.of(ImportColumn.ref("opportunity_id", true, OPPORTUNITIES),
                    ImportColumn.text("stage", true, 100), ImportColumn.of("entered_at", Type.INSTANT, true));
            case COSTS -> List.of(ImportColumn.id(), ImportColumn.of("date", Type.DATE, true).storedAs("cost_date"),
                    ImportColumn.of("amount", Type.AMOUNT, true), ImportColumn.ref("campaign_id", false, CAMPAIGNS),
                    ImportColumn.channel("channel", false),
                    ImportColumn.choice("category", false, "media", "content", "events", "tools", "salaries",
                            "overhead", "other"),
                    ImportColumn.choice("team", false, "marketing", "sales").withDefault("marketing"));
            case NPS -> List.of(ImportColumn.id(), ImportColumn.ref("account_id", true, ACCOUNTS),
                    ImportColumn.ref("contact_id", false, CONTACTS), ImportColumn.of("score", Type.SCORE, true),
                    ImportColumn.of("responded_at", Type.INSTANT, true), ImportColumn.text("comment", false, 4000));
        };
    }
}
