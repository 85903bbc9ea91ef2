package io.accountable.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes generated records into an empty database with JDBC batches, parents before children,
 * and sets the identity columns past the ids it used. Rows are flushed every {@link #BATCH}
 * records, so memory stays flat whatever the size.
 */
final class DemoLoader implements DemoSink, AutoCloseable {

    private static final int BATCH = 2_000;
    private static final String[] TABLES = {"account", "contact", "campaign", "opportunity", "stage_change",
            "touchpoint", "cost", "nps_response"};

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Map<String, Integer> pending = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    DemoLoader(Connection connection) throws SQLException {
        this.connection = connection;
        prepare("account", "insert into account (id, external_id, name, domain, industry, segment, region, tier, "
                + "target, employees, annual_revenue, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?)");
        prepare("contact", "insert into contact (id, external_id, account_id, name, email, title, role, created_at) "
                + "values (?,?,?,?,?,?,?,?)");
        prepare("campaign", "insert into campaign (id, external_id, name, channel, program, start_date, end_date, "
                + "budget) values (?,?,?,?,?,?,?,?)");
        prepare("opportunity", "insert into opportunity (id, external_id, account_id, name, amount, status, type, "
                + "stage, created_at, closed_at, contract_months, one_time_fees, currency) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        prepare("stage_change", "insert into stage_change (opportunity_id, stage, entered_at) values (?,?,?)");
        prepare("touchpoint", "insert into touchpoint (id, external_id, account_id, contact_id, campaign_id, channel, "
                + "type, occurred_at, funnel_stage) values (?,?,?,?,?,?,?,?,?)");
        prepare("cost", "insert into cost (id, external_id, cost_date, amount, campaign_id, channel, category, team) "
                + "values (?,?,?,?,?,?,?,?)");
        prepare("nps_response", "insert into nps_response (id, external_id, account_id, contact_id, score, "
                + "responded_at, comment) values (?,?,?,?,?,?,?)");
    }

    private void prepare(String table, String sql) throws SQLException {
        statements.put(table, connection.prepareStatement(sql));
        pending.put(table, 0);
        counts.put(table, 0L);
    }

    Map<String, Long> counts() {
        return counts;
    }

    @Override
    public void account(AccountRow a) {
        add("account", a.id(), a.externalId(), a.name(), a.domain(), a.industry(), a.segment(), a.region(), a.tier(),
                a.target(), a.employees(), a.annualRevenue(), a.createdAt());
    }

    @Override
    public void contact(ContactRow c) {
        add("contact", c.id(), c.externalId(), c.accountId(), c.name(), c.email(), c.title(), c.role(), c.createdAt());
    }

    @Override
    public void campaign(CampaignRow c) {
        add("campaign", c.id(), c.externalId(), c.name(), c.channel(), c.program(), c.startDate(), c.endDate(),
                c.budget());
    }

    @Override
    public void touch(TouchRow t) {
        add("touchpoint", t.id(), t.externalId(), t.accountId(), t.contactId(), t.campaignId(), t.channel(), t.type(),
                t.occurredAt(), t.funnelStage());
    }

    @Override
    public void opportunity(OpportunityRow o) {
        add("opportunity", o.id(), o.externalId(), o.accountId(), o.name(), o.amount(), o.status(), o.type(), o.stage(),
                o.createdAt(), o.closedAt(), o.contractMonths(), o.oneTimeFees(), o.currency());
    }

    @Override
    public void stageChange(StageChangeRow s) {
        add("stage_change", s.opportunityId(), s.stage(), s.enteredAt());
    }

    @Override
    public void cost(CostRow c) {
        add("cost", c.id(), c.externalId(), c.date(), c.amount(), c.campaignId(), c.channel(), c.category(), c.team());
    }

    @Override
    public void nps(NpsRow n) {
        add("nps_response", n.id(), n.externalId(), n.accountId(), n.contactId(), n.score(), n.respondedAt(),
                n.comment());
    }

    private void add(String table, Object... values) {
        try {
            PreparedStatement ps = statements.get(table);
            for (int i = 0; i < values.length; i++) {
                io.accountable.facts.Jdbc.bind(ps, i + 1, values[i]);
            }
            ps.addBatch();
            counts.merge(table, 1L, Long::sum);
            if (pending.merge(table, 1, Integer::sum) >= BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load demo " + table + ": " + e.getMessage(), e);
        }
    }

    /** Parents first, so that foreign keys always find their rows. */
    private void flush() throws SQLException {
        for (String table : TABLES) {
            if (pending.get(table) > 0) {
                statements.get(table).executeBatch();
                pending.put(table, 0);
            }
        }
        // Commit as we go: one huge transaction makes H2's file balloon and slows everything.
        connection.commit();
    }

    /** Identity columns must continue after the explicit ids the loader wrote. */
    private void restartIdentities() throws SQLException {
        for (String table : TABLES) {
            long next;
            try (var st = connection.createStatement();
                    var rs = st.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                rs.next();
                next = rs.getLong(1);
            }
            try (var st = connection.createStatement()) {
                st.execute("alter table " + table + " alter column id restart with " + next);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        restartIdentities();
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
    }

}
