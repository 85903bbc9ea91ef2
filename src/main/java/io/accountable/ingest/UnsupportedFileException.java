package io.accountable.ingest;

import io.accountable.i18n.Text;
import io.accountable.i18n.TextException;

/**
 * The file is not CSV text in the expected encoding (binary data, or not UTF-8 when no charset
 * was given). The API answers it with a 415; the message tells the user what to do, in the
 * reader's language; {@link #getMessage()} is its English.
 */
public class UnsupportedFileException extends TextException {

    public UnsupportedFileException(String message) {
        this(Text.fixed(message));
    }

    public UnsupportedFileException(Text text) {
        super(text);
    }

    public UnsupportedFileException(Text text, Throwable cause) {
        super(text);
        initCause(cause);
    }
}
