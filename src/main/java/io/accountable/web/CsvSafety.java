package io.accountable.web;

/**
 * Exported text is opened in spreadsheets: a cell starting with {@code = + - @}, a tab or a
 * carriage return would run as a formula, so such text gets a leading apostrophe. The escape is
 * reversible, so that an export imported back is unchanged: text that already starts with
 * apostrophes before such a character gets one more, and {@link #unescape} takes one away.
 */
public final class CsvSafety {

    private CsvSafety() {
    }

    /** The text as a spreadsheet shows it and never runs it: {@code =SUM(A1)} becomes {@code '=SUM(A1)}. */
    public static String text(String value) {
        return value != null && startsFormula(value, 0) ? "'" + value : value;
    }

    /** The text as it was before {@link #text}: {@code '=SUM(A1)} is {@code =SUM(A1)} again. */
    public static String unescape(String value) {
        return value != null && value.startsWith("'") && startsFormula(value, 1) ? value.substring(1) : value;
    }

    /** After any apostrophes from {@code from} on, the first character makes a formula. */
    private static boolean startsFormula(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        if (i >= value.length()) {
            return false;
        }
        char first = value.charAt(i);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
