package io.accountable.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The import files of data-and-api.md: for each kind, its columns, their types, which are
 * required, and the table and column each one is stored in.
 */
public final class ImportFormat {

    private ImportFormat() {
    }

    public enum Type { TEXT, CHANNEL, TOUCH_TYPE, INSTANT, DATE, DECIMAL, INTEGER, BOOLEAN, ENUM, REF }

    /** One column of an import file. {@code dbColumn} null means "not stored as such" (the id). */
    public record Column(String name, Type type, boolean required, String dbColumn, List<String> values, Kind ref) {
        static Column of(String name, Type type, boolean required, String dbColumn) {
            return new Column(name, type, required, dbColumn, List.of(), null);
        }

        static Column choice(String name, boolean required, String dbColumn, String... values) {
            return new Column(name, Type.ENUM, required, dbColumn, List.of(values), null);
        }

        static Column ref(String name, boolean required, String dbColumn, Kind kind) {
            return new Column(name, Type.REF, required, dbColumn, List.of(), kind);
        }
    }

    public enum Kind {
        ACCOUNTS("accounts", "account"), CONTACTS("contacts", "contact"), CAMPAIGNS("campaigns", "campaign"),
        TOUCHPOINTS("touchpoints", "touchpoint"), OPPORTUNITIES("opportunities", "opportunity"),
        STAGE_CHANGES("stage_changes", "stage_change"), COSTS("costs", "cost"), NPS("nps", "nps_response");

        private final String id;
        private final String table;

        Kind(String id, String table) {
            this.id = id;
            this.table = table;
        }

        public String id() {
            return id;
        }

        public String table() {
            return table;
        }

        public static Optional<Kind> fromId(String id) {
            return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
        }

        public List<Column> columns() {
            return switch (this) {
                case ACCOUNTS -> List.of(Column.of("id", Type.TEXT, true, null),
                        Column.of("name", Type.TEXT, true, "name"), Column.of("domain", Type.TEXT, false, "domain"),
                        Column.of("industry", Type.TEXT, false, "industry"),
                        Column.of("segment", Type.TEXT, false, "segment"),
                        Column.of("region", Type.TEXT, false, "region"),
                        Column.choice("tier", false, "tier", "one_to_one", "one_to_few", "one_to_many"),
                        Column.of("target", Type.BOOLEAN, false, "target"),
                        Column.of("employees", Type.INTEGER, false, "employees"),
                        Column.of("annual_revenue", Type.DECIMAL, false, "annual_revenue"),
                        Column.of("created_at", Type.INSTANT, false, "created_at"));
                case CONTACTS -> List.of(Column.of("id", Type.TEXT, true, null),
                        Column.ref("account_id", true, "account_id", ACCOUNTS),
                        Column.of("name", Type.TEXT, false, "name"), Column.of("email", Type.TEXT, false, "email"),
                        Column.of("title", Type.TEXT, false, "title"),
                        Column.choice("role", false, "role", "decision_maker", "champion", "influencer", "blocker",
                                "user", "other"),
                        Column.of("created_at", Type.INSTANT, false, "created_at"));
                case CAMPAIGNS -> List.of(Column.of("id", Type.TEXT, true, null),
                        Column.of("name", Type.TEXT, true, "name"), Column.of("channel", Type.CHANNEL, true, "channel"),
                        Column.of("program", Type.TEXT, false, "program"),
                        Column.of("start_date", Type.DATE, false, "start_date"),
                        Column.of("end_date", Type.DATE, false, "end_date"),
                        Column.of("budget", Type.DECIMAL, false, "budget"));
                case TOUCHPOINTS -> List.of(Column.of("id", Type.TEXT, true, null),
                        Column.ref("account_id", true, "account_id", ACCOUNTS),
                        Column.of("channel", Type.CHANNEL, true, "channel"),
                        Column.of("type", Type.TOUCH_TYPE, true, "type"),
                        Column.of("occurred_at", Type.INSTANT, true, "occurred_at"),
                        Column.ref("contact_id", false, "contact_id", CONTACTS),
                        Column.ref("campaign_id", false, "campaign_id", CAMPAIGNS),
                        Column.choice("funnel_stage", false, "funnel_stage", "tofu", "mofu", "bofu"));
                case OPPORTUNITIES -> List.of(Column.of("id", Type.TEXT, true, null),
                        Column.ref("account_id", true, "account_id", ACCOUNTS),
                        Column.of("amount", Type.DECIMAL, true, "amount"),
                        Column.choice("status", true, "status", "open", "won", "lost"),
                        Column.of("created_at", Type.INSTANT, true, "created_at"),
                        Column.of("name", Type.TEXT, false, "name"),
                        Column.choice("type", false, "type", "new_business", "upsell", "cross_sell", "renewal"),
                        Column.of("stage", Type.TEXT, false, "stage"),
                        Column.of("closed_at", Type.INSTANT, false, "closed_at"),
                        Column.of("contract_months", Type.INTEGER, false, "contract_months"),
                        Column.of("one_time_fees", Type.DECIMAL, false, "one_time_fees"),
                        Column.of("currency", Type.TEXT, false, "currency"));
                case STAGE_CHANGES -> List.of(Column.ref("opportunity_id", true, "opportunity_id", OPPORTUNITIES),
                        Column.of("stage", Type.TEXT, true, "stage"),
                        Column.of("entered_at", Type.INSTANT, true, "entered_at"));
                case COSTS -> List.of(Column.of("id", Type.TEXT, true, null),
                        Column.of("date", Type.DATE, true, "cost_date"),
                        Column.of("amount", Type.DECIMAL, true, "amount"),
                        Column.ref("campaign_id", false, "campaign_id", CAMPAIGNS),
                        Column.of("channel", Type.CHANNEL, false, "channel"),
                        Column.choice("category", false, "category", "media", "content", "events", "tools",
                                "salaries", "overhead", "other"),
                        Column.choice("team", false, "team", "marketing", "sales"));
                case NPS -> List.of(Column.of("id", Type.TEXT, true, null),
                        Column.ref("account_id", true, "account_id", ACCOUNTS),
                        Column.of("score", Type.INTEGER, true, "score"),
                        Column.of("responded_at", Type.INSTANT, true, "responded_at"),
                        Column.ref("contact_id", false, "contact_id", CONTACTS),
                        Column.of("comment", Type.TEXT, false, "comment"));
            };
        }
    }

    /** Header names match ignoring case, spaces, {@code _} and {@code -}: "Account ID" is account_id. */
    public static String key(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
