package io.accountable.i18n;

/**
 * An exception whose message is a {@link Text}: written in the reader's language where it is
 * answered ({@code web/ErrorMappers}, the import page), in English in {@link #getMessage()} and
 * so in the log.
 */
public class TextException extends RuntimeException {

    private final transient Text text;

    public TextException(Text text) {
        super((String) null);
        this.text = text;
    }

    /** Without a stack trace: for the expected refusals (busy, unavailable) answered many times. */
    protected TextException(Text text, boolean stackTrace) {
        super(null, null, false, stackTrace);
        this.text = text;
    }

    public Text text() {
        return text;
    }

    /** The English text, written when asked. */
    @Override
    public String getMessage() {
        return text.english();
    }
}
