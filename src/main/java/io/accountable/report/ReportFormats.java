package io.accountable.report;

import io.accountable.i18n.Language;
import io.accountable.web.Numbers;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * In the report templates: {@code {report:date(c.lastTouch)}} writes a date that the account
 * detail hands over as ISO text ({@code 2026-02-03}) the way the template's language writes
 * dates ({@code 03.02.2026}); other text is left as it is.
 */
@TemplateExtension(namespace = "report")
public final class ReportFormats {

    private ReportFormats() {
    }

    public static String date(String iso, @TemplateAttribute("locale") Object locale) {
        if (iso == null || iso.isBlank()) {
            return "—";
        }
        try {
            return Numbers.date(LocalDate.parse(iso.strip()), Language.ofLocale(locale));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
