package io.accountable.i18n;

import java.util.function.Function;

/** Error texts for Java code: a {@link Text} made of an {@link ErrorMsg} message. */
public final class ErrorMsgs {

    private ErrorMsgs() {
    }

    /** {@code ErrorMsgs.text(m -> m.paper_invalid(paper))}: written out later in the reader's language. */
    public static Text text(Function<ErrorMsg, String> message) {
        return language -> message.apply(in(language));
    }

    public static ErrorMsg in(Language language) {
        return Texts.bundle(ErrorMsg.class, language);
    }

    /**
     * The language of the current request ({@link io.accountable.i18n.CurrentLanguage}); English
     * when no request is behind this thread (a background job, a test outside the application).
     */
    public static Language current() {
        return io.accountable.i18n.CurrentLanguage.ofThisThread();
    }

}
