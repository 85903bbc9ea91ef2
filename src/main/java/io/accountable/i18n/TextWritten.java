package io.accountable.i18n;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** In templates: {@code {reason.written}} is a {@link Text} in the template's language. */
@TemplateExtension
public final class TextWritten {

    private TextWritten() {
    }

    public static String written(Text text, @TemplateAttribute("locale") Object locale) {
        return text == null ? "" : text.in(Language.ofLocale(locale));
    }
}
