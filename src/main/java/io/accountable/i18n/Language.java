package io.accountable.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the interface; English is the default and the fallback. */
public enum Language {
    EN("en", "English"), RU("ru", "Русский"), RO("ro", "Română");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    public String tag() {
        return tag;
    }

    /** The language's name in itself, as the switcher shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<Language> of(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.tag.equals(t)).findFirst();
    }

    /** The best of the three for an {@code Accept-Language} header (weights honoured), or empty. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            String best = Locale.lookupTag(ranges, Arrays.stream(values()).map(Language::tag).toList());
            return of(best);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The language of a locale handed to a template (a {@code Locale} or a tag), English when unknown. */
    public static Language ofLocale(Object locale) {
        if (locale instanceof Locale l) {
            return of(l.getLanguage()).orElse(EN);
        }
        return locale == null ? EN : of(Locale.forLanguageTag(locale.toString()).getLanguage()).orElse(EN);
    }
}
