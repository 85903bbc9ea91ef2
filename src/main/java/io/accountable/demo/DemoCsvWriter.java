package io.accountable.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one kind of the generated data as an import file of {@code data-and-api.md}, so a
 * user gets sample files in exactly the format the importer reads.
 */
public final class DemoCsvWriter implements DemoSink {

    public static final java.util.List<String> KINDS = java.util.List.of("accounts", "contacts", "campaigns",
            "touchpoints", "opportunities", "stage_changes", "costs", "nps");

    private final String kind;
    private final CSVPrinter printer;

    public DemoCsvWriter(String kind, Appendable out) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("Unknown kind '" + kind + "'; one of " + KINDS);
        }
        this.kind = kind;
        try {
            this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header(kind)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String[] header(String kind) {
        return switch (kind) {
            case "accounts" -> new String[] {"id", "name", "domain", "industry", "segment", "region", "tier", "target",
                    "employees", "annual_revenue", "created_at"};
            case "contacts" -> new String[] {"id", "account_id", "name", "email", "title", "role", "created_at"};
            case "campaigns" -> new String[] {"id", "name", "channel", "program", "start_date", "end_date", "budget"};
            case "touchpoints" -> new String[] {"id", "account_id", "contact_id", "campaign_id", "channel", "type",
                    "occurred_at", "funnel_stage"};
            case "opportunities" -> new String[] {"id", "account_id", "name", "amount", "status", "type", "stage",
                    "created_at", "closed_at", "contract_months", "one_time_fees", "currency"};
            case "stage_changes" -> new String[] {"opportunity_id", "stage", "entered_at"};
            case "costs" -> new String[] {"id", "date", "amount", "campaign_id", "channel", "category", "team"};
            case "nps" -> new String[] {"id", "account_id", "contact_id", "score", "responded_at", "comment"};
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private void row(String rowKind, Object... values) {
        if (!kind.equals(rowKind)) {
            return;
        }
        try {
            printer.printRecord(Arrays.stream(values).map(DemoCsvWriter::text).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Instant i) {
            return i.toString();
        }
        return value.toString();
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void account(AccountRow a) {
        row("accounts", a.externalId(), a.name(), a.domain(), a.industry(), a.segment(), a.region(), a.tier(),
                a.target(), a.employees(), a.annualRevenue(), a.createdAt());
    }

    @Override
    public void contact(ContactRow c) {
        row("contacts", c.externalId(), c.accountExternalId(), c.name(), c.email(), c.title(), c.role(), c.createdAt());
    }

    @Override
    public void campaign(CampaignRow c) {
        row("campaigns", c.externalId(), c.name(), c.channel(), c.program(), c.startDate(), c.endDate(), c.budget());
    }

    @Override
    public void touch(TouchRow t) {
        row("touchpoints", t.externalId(), t.accountExternalId(), t.contactExternalId(), t.campaignExternalId(),
                t.channel(), t.type(), t.occurredAt(), t.funnelStage());
    }

    @Override
    public void opportunity(OpportunityRow o) {
        row("opportunities", o.externalId(), o.accountExternalId(), o.name(), o.amount(), o.status(), o.type(),
                o.stage(), o.createdAt(), o.closedAt(), o.contractMonths(), o.oneTimeFees(), o.currency());
    }

    @Override
    public void stageChange(StageChangeRow s) {
        row("stage_changes", s.opportunityExternalId(), s.stage(), s.enteredAt());
    }

    @Override
    public void cost(CostRow c) {
        row("costs", c.externalId(), c.date(), c.amount(), c.campaignExternalId(), c.channel(), c.category(), c.team());
    }

    @Override
    public void nps(NpsRow n) {
        row("nps", n.externalId(), n.accountExternalId(), n.contactExternalId(), n.score(), n.respondedAt(),
                n.comment());
    }
}
