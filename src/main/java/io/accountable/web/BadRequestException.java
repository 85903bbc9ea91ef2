package io.accountable.web;

import io.accountable.i18n.ErrorMsg;
import io.accountable.i18n.ErrorMsgs;
import io.accountable.i18n.Language;
import io.accountable.i18n.Text;
import java.util.List;

/**
 * A request whose parameters cannot be used; the message is shown to the user as it is, in the
 * request's language ({@link ErrorMappers}). {@code getMessage()} is the English text.
 */
public class BadRequestException extends RuntimeException {
    private final Text text;
    private final List<Text> details;

    public BadRequestException(String message) {
        this(Text.fixed(message), List.of());
    }

    public BadRequestException(String message, List<String> details) {
        this(Text.fixed(message), details.stream().map(Text::fixed).toList());
    }

    public BadRequestException(Text text) {
        this(text, List.of());
    }

    public BadRequestException(Text text, List<Text> details) {
        this.text = text;
        this.details = List.copyOf(details);
    }

    /** The English text (written when asked: the bundles need the running application). */
    @Override
    public String getMessage() {
        return ErrorMsgs.english(text);
    }

    public Text text() {
        return text;
    }

    /** The details in English. */
    public List<String> details() {
        return details(Language.EN);
    }

    public List<String> details(Language language) {
        return details.stream().map(t -> t.in(language)).toList();
    }
}
