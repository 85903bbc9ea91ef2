package io.accountable.ingest;

import io.accountable.demo.DemoCsvWriter;
import io.accountable.web.CsvSafety;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every kind as an import file, streamed from the database: the same columns and formats the
 * importer reads, so an export imports back unchanged. Free text that a spreadsheet would run
 * as a formula is neutralised ({@link CsvSafety}).
 */
@ApplicationScoped
public class ExportService {

    /**
     * Columns of text from the source systems, ids included: guarded against spreadsheet formulas
     * (reversibly: the importer takes the guard off). Enums, numbers and dates never need it.
     */
    private static final Set<String> FREE_TEXT = Set.of("id", "account_id", "contact_id", "campaign_id",
            "opportunity_id", "channel", "name", "domain", "industry", "segment", "region", "email", "title", "program",
            "stage", "comment");

    @Inject
    AgroalDataSource dataSource;

    static String query(ImportKind kind) {
        return switch (kind) {
            case ACCOUNTS -> "select external_id, name, domain, industry, segment, region, tier, target, employees, "
                    + "annual_revenue, created_at from account order by id";
            case CONTACTS -> "select c.external_id, a.external_id, c.name, c.email, c.title, c.role, c.created_at "
                    + "from contact c join account a on a.id = c.account_id order by c.id";
            case CAMPAIGNS -> "select external_id, name, channel, program, start_date, end_date, budget from campaign "
                    + "order by id";
            case TOUCHPOINTS -> "select t.external_id, a.external_id, c.external_id, m.external_id, t.channel, t.type, "
                    + "t.occurred_at, t.funnel_stage from touchpoint t join account a on a.id = t.account_id "
                    + "left join contact c on c.id = t.contact_id left join campaign m on m.id = t.campaign_id "
                    + "order by t.id";
            case OPPORTUNITIES -> "select o.external_id, a.external_id, o.name, o.amount, o.status, o.type, o.stage, "
                    + "o.created_at, o.closed_at, o.contract_months, o.one_time_fees, o.currency from opportunity o "
                    + "join account a on a.id = o.account_id order by o.id";
            case STAGE_CHANGES -> "select o.external_id, s.stage, s.entered_at from stage_change s "
                    + "join opportunity o on o.id = s.opportunity_id order by s.id";
            case COSTS -> "select k.external_id, k.cost_date, k.amount, m.external_id, k.channel, k.category, k.team "
                    + "from cost k left join campaign m on m.id = k.campaign_id order by k.id";
            case NPS -> "select n.external_id, a.external_id, c.external_id, n.score, n.responded_at, n.comment "
                    + "from nps_response n join account a on a.id = n.account_id "
                    + "left join contact c on c.id = n.contact_id order by n.id";
        };
    }

    public StreamingOutput stream(ImportKind kind) {
        String[] header = DemoCsvWriter.header(kind.id());
        return out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                    CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get())) {
                st.setFetchSize(5_000);
                try (ResultSet rs = st.executeQuery(query(kind))) {
                    int n = header.length;
                    List<String> row = new ArrayList<>(n);
                    while (rs.next()) {
                        row.clear();
                        for (int i = 1; i <= n; i++) {
                            row.add(text(rs, i, header[i - 1]));
                        }
                        csv.printRecord(row);
                    }
                }
                csv.flush();
            } catch (java.sql.SQLException e) {
                throw new java.io.IOException("Export of " + kind.id() + " failed: " + e.getMessage(), e);
            }
        };
    }

    private static String text(ResultSet rs, int index, String column) throws java.sql.SQLException {
        Object value = rs.getObject(index);
        if (value == null) {
            return "";
        }
        if (column.endsWith("_at")) {
            return rs.getObject(index, OffsetDateTime.class).toInstant().toString();
        }
        if (column.equals("date") || column.endsWith("_date")) {
            return rs.getObject(index, LocalDate.class).toString();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        String s = value.toString();
        return FREE_TEXT.contains(column) ? CsvSafety.text(s) : s;
    }
}
