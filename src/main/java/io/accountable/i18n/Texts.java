package io.accountable.i18n;

import com.ibm.icu.text.PluralRules;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts for Java code: the message bundle in a language ({@link #msg}), the label of a data
 * value ({@link #label}) and a counted noun ({@link #count}). Labels and plural forms are plain
 * resource bundles ({@code i18n/labels*.properties}, {@code i18n/plurals*.properties}).
 */
public final class Texts {

    private Texts() {
    }

    public static Msg msg(Language language) {
        return bundle(Msg.class, language);
    }

    /**
     * Any message bundle of the application (each area has its own: {@code Msg} for the frame and
     * the dashboard, others beside the pages they serve) in a language; without a running
     * application (plain unit tests), the English of its annotations.
     */
    public static <T> T bundle(Class<T> bundle, Language language) {
        io.quarkus.arc.ArcContainer container = io.quarkus.arc.Arc.container();
        if (container == null || !container.isRunning()) {
            return EnglishBundle.of(bundle); // no application: the annotations' English
        }
        return language == Language.EN ? MessageBundles.get(bundle)
                : MessageBundles.get(bundle, Localized.Literal.of(language.tag()));
    }

    /**
     * A message of the bundle without parameters, by key ({@code tile_revenue}), in a language;
     * the key itself when the bundle has no such message.
     */
    public static String message(Language language, String key) {
        try {
            return (String) Msg.class.getMethod(key).invoke(msg(language));
        } catch (ReflectiveOperationException | ClassCastException e) {
            return key;
        }
    }

    /**
     * How a data value reads: {@code label(RU, "channel", "paid_social")} is "Таргетированная
     * реклама в соцсетях"; a value the catalogue does not know is humanised
     * ({@code partner_webinar} reads "Partner webinar").
     */
    public static String label(Language language, String kind, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String found = lookup("i18n/labels", language, kind + "." + value);
        return found != null ? found : humanise(value);
    }

    /** {@code count(RU, 5, "conversion")} is "5 конверсий", the number written in the language. */
    public static String count(Language language, long n, String noun) {
        String category = PluralRules.forLocale(language.locale()).select(n);
        String form = lookup("i18n/plurals", language, noun + "." + category);
        if (form == null) {
            form = lookup("i18n/plurals", language, noun + ".other");
        }
        String number = com.ibm.icu.text.NumberFormat.getIntegerInstance(language.locale()).format(n);
        return form == null ? number + " " + noun : form.replace("#", number);
    }

    /**
     * {@code count(RO, 30.0, "day")} is "30 de zile", {@code count(RU, 7.5, "day")} "7,5 дня": a
     * whole number as {@link #count(Language, long, String)}, a fraction by the plural rules of
     * decimals (up to two digits).
     */
    public static String count(Language language, double n, String noun) {
        if (n == Math.rint(n) && Math.abs(n) < Long.MAX_VALUE) {
            return count(language, (long) n, noun);
        }
        com.ibm.icu.number.FormattedNumber number = com.ibm.icu.number.NumberFormatter.withLocale(language.locale())
                .precision(com.ibm.icu.number.Precision.maxFraction(2)).format(n);
        String category = PluralRules.forLocale(language.locale()).select(number);
        String form = lookup("i18n/plurals", language, noun + "." + category);
        if (form == null) {
            form = lookup("i18n/plurals", language, noun + ".other");
        }
        return form == null ? number + " " + noun : form.replace("#", number.toString());
    }

    static String humanise(String value) {
        String s = value.replace('_', ' ').strip();
        return s.isEmpty() ? value : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lookup(String base, Language language, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(base, language.locale(), NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The language's own file, then the English base file; never the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    static Locale localeOf(Language language) {
        return language.locale();
    }
}
