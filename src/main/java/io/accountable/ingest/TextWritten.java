package io.accountable.ingest;

import io.accountable.i18n.Language;
import io.accountable.i18n.Text;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** In templates: {@code {reason.written}} is a {@link Text} in the template's language. */
@TemplateExtension
final class TextWritten {

    private TextWritten() {
    }

    static String written(Text text, @TemplateAttribute("locale") Object locale) {
        return text == null ? "" : text.in(Language.ofLocale(locale));
    }
}
