package io.accountable.account;

import com.ibm.icu.text.DateFormat;
import io.accountable.i18n.Language;
import io.accountable.web.Numbers;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * The account pages' values in the template's language, for what {@link AccountDetail} keeps
 * in machine form (it is also the JSON of {@code /api/accounts/{id}}): ISO dates such as
 * {@code 2025-12-05} and months such as {@code 2025-12}. Templates write {@code {accfmt:date(d)}},
 * {@code {accfmt:month(m)}} and {@code {accfmt:count(n)}}.
 */
@TemplateExtension(namespace = "accfmt")
public final class AccountFormats {

    private AccountFormats() {
    }

    /** An ISO date ({@code 2025-12-05}) as the language writes it; {@code —} for none. */
    public static String date(String iso, @TemplateAttribute("locale") Object locale) {
        if (iso == null || iso.isBlank()) {
            return Numbers.BLANK;
        }
        try {
            return Numbers.date(LocalDate.parse(iso), Language.ofLocale(locale));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** A month ({@code 2025-12}) by its name: December 2025, Декабрь 2025 г., Decembrie 2025. */
    public static String month(String yearMonth, @TemplateAttribute("locale") Object locale) {
        return month(yearMonth, "yMMMM", Language.ofLocale(locale));
    }

    /** A month ({@code 2025-12}) in short: Dec 2025, дек. 2025 г., dec. 2025. */
    public static String monthShort(String yearMonth, @TemplateAttribute("locale") Object locale) {
        return month(yearMonth, "yMMM", Language.ofLocale(locale));
    }

    static String month(String yearMonth, String skeleton, Language language) {
        if (yearMonth == null || yearMonth.isBlank()) {
            return "";
        }
        YearMonth m;
        try {
            m = YearMonth.parse(yearMonth);
        } catch (DateTimeParseException e) {
            return yearMonth;
        }
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, language.locale());
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        Date first = Date.from(m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        String text = format.format(first);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(language.locale()) + text.substring(1);
    }

    /** A whole number as the language writes it (1,234; 1 234; 1.234). */
    public static String count(Integer n, @TemplateAttribute("locale") Object locale) {
        return Numbers.number(n == null ? null : n.doubleValue(), Language.ofLocale(locale));
    }
}
