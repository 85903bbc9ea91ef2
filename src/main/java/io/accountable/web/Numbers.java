package io.accountable.web;

import com.ibm.icu.text.CompactDecimalFormat;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import io.accountable.i18n.Language;
import io.accountable.i18n.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How numbers, money, percentages and dates are written in each language (docs/languages.md):
 * English {@code USD 5,292,067} and {@code USD 5.29M}; Russian {@code 5 292 067 USD} with
 * no-break spaces and {@code 5,29 млн USD}; Romanian {@code 5.292.067 USD} and
 * {@code 5,29 mil. USD}. Values are computed elsewhere and rounded only here; a blank value
 * (null or not finite) reads "no data" ({@link #BLANK}), never 0.
 */
public final class Numbers {

    public static final String BLANK = "—";

    private Numbers() {
    }

    static boolean blank(Double value) {
        return value == null || value.isNaN() || value.isInfinite();
    }

    private static DecimalFormat format(String pattern, Language language) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(language.locale()));
    }

    private static String withCurrency(String number, String currency, Language language) {
        return language == Language.EN ? currency + " " + number : number + "\u00a0" + currency;
    }

    /** Whole units from 1,000 up, cents below. */
    public static String money(Double value, String currency, Language language) {
        if (blank(value)) {
            return BLANK;
        }
        String pattern = Math.abs(value) >= 1000 ? "#,##0" : "#,##0.00";
        return withCurrency(format(pattern, language).format(value), currency, language);
    }

    /** Short form for tiles and axes: {@code USD 1.23M}, {@code 1,23 млн USD}, {@code 1,23 mil. USD}. */
    public static String moneyShort(Double value, String currency, Language language) {
        if (blank(value)) {
            return BLANK;
        }
        double abs = Math.abs(value);
        if (abs < 10_000) {
            return money(value, currency, language);
        }
        if (language == Language.EN) {
            if (abs >= 1_000_000_000) {
                return currency + " " + format("#,##0.00", language).format(value / 1_000_000_000) + "B";
            }
            if (abs >= 1_000_000) {
                return currency + " " + format("#,##0.00", language).format(value / 1_000_000) + "M";
            }
            return currency + " " + format("#,##0.0", language).format(value / 1_000) + "k";
        }
        CompactDecimalFormat compact = CompactDecimalFormat.getInstance(language.locale(),
                CompactDecimalFormat.CompactStyle.SHORT);
        compact.setMaximumSignificantDigits(3);
        compact.setSignificantDigitsUsed(true);
        return withCurrency(compact.format(value), currency, language);
    }

    /** {@code 0.1234} as {@code 12.3 %} ({@code 12,3 %}). */
    public static String percent(Double value, Language language) {
        if (blank(value)) {
            return BLANK;
        }
        return format("#,##0.0", language).format(value * 100) + (language == Language.EN ? " %" : "\u00a0%");
    }

    /** In thousands, without a currency: for wide tables whose header names the unit. */
    public static String thousands(Double value, Language language) {
        if (blank(value)) {
            return BLANK;
        }
        return format("#,##0", language).format(value / 1000);
    }

    public static String number(Double value, Language language) {
        if (blank(value)) {
            return BLANK;
        }
        return format(Math.abs(value) >= 100 ? "#,##0" : "#,##0.##", language).format(value);
    }

    public static String decimal(Double value, int digits, Language language) {
        if (blank(value)) {
            return BLANK;
        }
        return format("#,##0." + "0".repeat(Math.max(1, digits)), language).format(value);
    }

    /** A signed delta with a word, so the direction does not rely on colour. */
    public static String delta(Double value, Language language) {
        var msg = Texts.msg(language);
        if (blank(value)) {
            return msg.delta_none();
        }
        String amount = percent(Math.abs(value), language);
        return value > 0 ? msg.delta_up(amount) : value < 0 ? msg.delta_down(amount) : msg.delta_flat(amount);
    }

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A date as the language writes it: ISO in English, {@code 05.12.2025} in Russian and Romanian. */
    public static String date(LocalDate value, Language language) {
        if (value == null) {
            return "";
        }
        return language == Language.EN ? value.toString() : DOTTED.format(value);
    }

    /**
     * A date handed over as ISO text ({@code 2025-12-05}, as the API keeps it) the way the
     * language writes dates; {@code —} for none, other text as it is.
     */
    public static String isoDate(String iso, Language language) {
        if (iso == null || iso.isBlank()) {
            return BLANK;
        }
        try {
            return date(LocalDate.parse(iso.strip()), language);
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /**
     * A month handed over as ISO text ({@code 2025-12}) by its name, capitalised, through ICU's
     * skeleton: {@code yMMMM} gives December 2025, Декабрь 2025 г., Decembrie 2025; {@code yMMM}
     * gives Dec 2025, дек. 2025 г., dec. 2025. Other text as it is.
     */
    public static String month(String yearMonth, String skeleton, Language language) {
        if (yearMonth == null || yearMonth.isBlank()) {
            return "";
        }
        java.time.YearMonth m;
        try {
            m = java.time.YearMonth.parse(yearMonth.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return yearMonth;
        }
        com.ibm.icu.text.DateFormat format = com.ibm.icu.text.DateFormat.getInstanceForSkeleton(skeleton, language.locale());
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        String text = format.format(java.util.Date.from(m.atDay(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(language.locale()) + text.substring(1);
    }

    private static final DateTimeFormatter MINUTE_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE_DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'UTC'")
            .withZone(java.time.ZoneOffset.UTC);

    /** An instant as people read it: {@code 2026-12-03 17:43 UTC} ({@code 03.12.2026 17:43 UTC}); empty for none. */
    public static String instant(java.time.Instant value, Language language) {
        if (value == null) {
            return "";
        }
        return (language == Language.EN ? MINUTE_ISO : MINUTE_DOTTED).format(value);
    }
}
