package io.accountable.i18n;

/**
 * A message not yet written in a language: an error or a reason made deep in the code and
 * written out at the edge (page, API answer) in the reader's language. Write one as
 * {@code l -> Texts.bundle(SomeMsg.class, l).some_key(arg)}.
 */
@FunctionalInterface
public interface Text {

    String in(Language language);

    /** The English text, for logs and for {@code getMessage()}. */
    default String english() {
        return in(Language.EN);
    }

    /** A text that reads the same in every language (a value, a code). */
    static Text fixed(String text) {
        return language -> text;
    }
}
