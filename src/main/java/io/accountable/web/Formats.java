package io.accountable.web;

import io.accountable.i18n.Language;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers look on pages and in reports, in the template's language ({@link Numbers} does the
 * work, for Java code too). A blank (null or not finite) value reads "no data", never 0.
 */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    public static final String BLANK = Numbers.BLANK;

    private Formats() {
    }

    private static DecimalFormat format(String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
    }

    /** A value as one URL path segment: ids with spaces, slashes, '?' or '#' still link right. */
    public static String path(String value) {
        return value == null ? "" : query(value).replace("+", "%20");
    }

    /**
     * A number as a form field holds it, in every language: {@code 7} for a whole number,
     * {@code 7.5} otherwise (the machine form browsers accept in any locale).
     */
    public static String field(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A value as a URL query parameter value. */
    public static String query(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static boolean blank(Double value) {
        return Numbers.blank(value);
    }

    /** {@code 1234567.891} as {@code USD 1,234,568} ({@code 1 234 568 USD}); cents below 1,000. */
    public static String money(Double value, String currency, @TemplateAttribute("locale") Object locale) {
        return Numbers.money(value, currency, Language.ofLocale(locale));
    }

    /** Short form for tiles and axes: {@code USD 1.23M}, {@code 1,23 млн USD}. */
    public static String moneyShort(Double value, String currency, @TemplateAttribute("locale") Object locale) {
        return Numbers.moneyShort(value, currency, Language.ofLocale(locale));
    }

    /** {@code 0.1234} as {@code 12.3 %}. */
    public static String percent(Double value, @TemplateAttribute("locale") Object locale) {
        return Numbers.percent(value, Language.ofLocale(locale));
    }

    /** In thousands, without a currency: for wide tables whose header names the unit. */
    public static String thousands(Double value, @TemplateAttribute("locale") Object locale) {
        return Numbers.thousands(value, Language.ofLocale(locale));
    }

    public static String number(Double value, @TemplateAttribute("locale") Object locale) {
        return Numbers.number(value, Language.ofLocale(locale));
    }

    public static String decimal(Double value, int digits, @TemplateAttribute("locale") Object locale) {
        return Numbers.decimal(value, digits, Language.ofLocale(locale));
    }

    /** A signed delta with a word, so the direction does not rely on colour. */
    public static String delta(Double value, @TemplateAttribute("locale") Object locale) {
        return Numbers.delta(value, Language.ofLocale(locale));
    }

    /** A date kept as ISO text ({@code 2025-12-05}) as the template's language writes dates. */
    public static String isoDate(String iso, @TemplateAttribute("locale") Object locale) {
        return Numbers.isoDate(iso, Language.ofLocale(locale));
    }

    /** A month kept as ISO text ({@code 2025-12}) by its name: December 2025, Декабрь 2025 г. */
    public static String month(String yearMonth, @TemplateAttribute("locale") Object locale) {
        return Numbers.month(yearMonth, "yMMMM", Language.ofLocale(locale));
    }

    /** A month kept as ISO text in short: Dec 2025, дек. 2025 г., dec. 2025. */
    public static String monthShort(String yearMonth, @TemplateAttribute("locale") Object locale) {
        return Numbers.month(yearMonth, "yMMM", Language.ofLocale(locale));
    }

    /** A whole count as the language writes it (1,234; 1 234; 1.234). */
    public static String count(Number n, @TemplateAttribute("locale") Object locale) {
        return Numbers.number(n == null ? null : n.doubleValue(), Language.ofLocale(locale));
    }

    /** A date as the template's language writes it. */
    public static String date(java.time.LocalDate value, @TemplateAttribute("locale") Object locale) {
        return Numbers.date(value, Language.ofLocale(locale));
    }

    /**
     * SVG polyline points for a small trend line 100 x 24: oldest value left, blank values
     * skipped; empty when fewer than two values are known.
     */
    public static String points(java.util.List<Double> values) {
        java.util.List<double[]> known = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (!blank(values.get(i))) {
                known.add(new double[] {i, values.get(i)});
            }
        }
        if (known.size() < 2) {
            return "";
        }
        double min = known.stream().mapToDouble(p -> p[1]).min().getAsDouble();
        double max = known.stream().mapToDouble(p -> p[1]).max().getAsDouble();
        double span = max == min ? 1 : max - min;
        StringBuilder b = new StringBuilder();
        for (double[] p : known) {
            double x = values.size() == 1 ? 0 : p[0] * 100 / (values.size() - 1);
            double y = 22 - (p[1] - min) / span * 20;
            b.append(format("0.#").format(x)).append(',').append(format("0.#").format(y)).append(' ');
        }
        return b.toString().trim();
    }

    public static String deltaClass(Double value) {
        if (blank(value) || value == 0) {
            return "flat";
        }
        return value > 0 ? "up" : "down";
    }

    /**
     * Whether a change is good news: {@code better}, {@code worse} or {@code flat}. For most KPIs
     * up is better; for costs and durations (lower is better) down is.
     */
    public static String trend(Double delta, boolean lowerIsBetter) {
        if (blank(delta) || delta == 0) {
            return "flat";
        }
        return (delta > 0) != lowerIsBetter ? "better" : "worse";
    }

    /** An instant as people read it: {@code 2026-12-03 17:43 UTC}; empty for none. */
    public static String instant(java.time.Instant value, @TemplateAttribute("locale") Object locale) {
        return Numbers.instant(value, Language.ofLocale(locale));
    }
}
