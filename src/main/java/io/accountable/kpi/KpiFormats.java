package io.accountable.kpi;

import io.quarkus.qute.TemplateExtension;

/** {@code {kpi:display(id, value, currency)}}: a KPI written as its tile writes it, on any page. */
@TemplateExtension(namespace = "kpi")
public final class KpiFormats {

    private KpiFormats() {
    }

    public static String display(String id, Double value, String currency,
            @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return KpiService.display(id, value, currency, io.accountable.i18n.Language.ofLocale(locale));
    }
}
