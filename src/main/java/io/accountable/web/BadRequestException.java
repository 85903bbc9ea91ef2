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
public class BadRequestException extends io.accountable.i18n.TextException {
    private final transient List<Text> details;

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
        super(text);
        this.details = List.copyOf(details);
    }

    /** The details in English. */
    public List<String> details() {
        return details(Language.EN);
    }

    public List<String> details(Language language) {
        return details.stream().map(t -> t.in(language)).toList();
    }
}
