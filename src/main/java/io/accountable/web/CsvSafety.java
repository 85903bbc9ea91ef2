package io.accountable.web;

/**
 * Exported free text is opened in spreadsheets: a cell starting with {@code = + - @}, a tab or a
 * carriage return would run as a formula, so such text gets a leading apostrophe.
 */
public final class CsvSafety {

    private CsvSafety() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
