package io.accountable.ingest;

import io.accountable.i18n.Language;
import io.accountable.i18n.Text;

/**
 * The file is not CSV text in the expected encoding (binary data, or not UTF-8 when no charset
 * was given). The API answers it with a 415; the message tells the user what to do, in the
 * reader's language ({@link #message(Language)}); {@link #getMessage()} is its English.
 */
public class UnsupportedFileException extends RuntimeException {

    private final transient Text text;

    public UnsupportedFileException(String message) {
        this(Text.fixed(message));
    }

    public UnsupportedFileException(Text text) {
        super(text.english());
        this.text = text;
    }

    public UnsupportedFileException(Text text, Throwable cause) {
        super(text.english(), cause);
        this.text = text;
    }

    public String message(Language language) {
        return text.in(language);
    }
}
