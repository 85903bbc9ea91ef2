package io.accountable.web;

import io.accountable.i18n.Text;

/** A 404 whose message is written in the request's language; {@code getMessage()} is the English text. */
public class TextNotFoundException extends jakarta.ws.rs.NotFoundException {
    private final transient Text text;

    public TextNotFoundException(Text text) {
        super(text.english());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
