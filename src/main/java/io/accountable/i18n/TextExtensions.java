package io.accountable.i18n;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * In templates: {@code {label:of('channel', r.key)}} and {@code {label:count(n, 'conversion')}},
 * in the template's language.
 */
@TemplateExtension(namespace = "label")
public final class TextExtensions {

    private TextExtensions() {
    }

    public static String of(String kind, String value, @TemplateAttribute("locale") Object locale) {
        return Texts.label(Language.ofLocale(locale), kind, value);
    }

    /** A model's name by id ({@code markov}). */
    public static String model(String id, @TemplateAttribute("locale") Object locale) {
        return Texts.message(Language.ofLocale(locale), "model_" + id);
    }

    public static String count(Number n, String noun, @TemplateAttribute("locale") Object locale) {
        return Texts.count(Language.ofLocale(locale), n == null ? 0 : n.longValue(), noun);
    }
}
