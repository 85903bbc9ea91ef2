package io.accountable.dashboard.card;

import io.accountable.web.CsvSafety;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A card as CSV: the column keys as the header, one line per row, numbers unformatted (a dot,
 * no grouping, no exponent), a blank for a missing value, and every text cell through
 * {@link CsvSafety} so that a label never runs as a spreadsheet formula.
 */
public final class CardCsv {

    private CardCsv() {
    }

    public static String write(Card card) {
        StringWriter out = new StringWriter();
        String[] header = card.columns().stream().map(Card.Column::key).toArray(String[]::new);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (Map<String, Object> row : card.rows()) {
                List<String> cells = new ArrayList<>();
                for (Card.Column c : card.columns()) {
                    cells.add(cell(row.get(c.key())));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A value as its cell: a number in full ({@code 12345678.9}, not {@code 1.23456789E7}). */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Float f) {
            return cell(f.doubleValue());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return CsvSafety.text(value.toString());
    }
}
