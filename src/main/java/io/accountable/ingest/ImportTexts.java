package io.accountable.ingest;

import io.accountable.i18n.Language;
import io.accountable.i18n.Texts;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Message;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link ImportMsg} bundle in a language, and in templates what kinds, modes, statuses and
 * reasons read as: {@code {imports:kind(k)}}, {@code {imports:mode(m)}},
 * {@code {imports:status(s)}}, {@code {reason.written}}.
 *
 * <p>The importer also runs without the application (its unit tests, a tool): there
 * {@link Texts#bundle} writes the English of the {@code @Message} annotations.
 */
@TemplateExtension(namespace = "imports")
public final class ImportTexts {

    private ImportTexts() {
    }

    /** The bundle in a language (its annotations' English when the application is not running). */
    public static ImportMsg of(Language language) {
        return Texts.bundle(ImportMsg.class, language);
    }

    public static String kind(String id, @TemplateAttribute("locale") Object locale) {
        return kindLabel(Language.ofLocale(locale), id);
    }

    public static String mode(String id, @TemplateAttribute("locale") Object locale) {
        return modeLabel(Language.ofLocale(locale), id);
    }

    public static String status(String id, @TemplateAttribute("locale") Object locale) {
        ImportMsg m = of(Language.ofLocale(locale));
        return id == null ? "" : switch (id) {
            case "running" -> m.status_running();
            case "succeeded" -> m.status_succeeded();
            case "rejected" -> m.status_rejected();
            case "failed" -> m.status_failed();
            case "refused" -> m.status_refused();
            case "cancelled" -> m.status_cancelled();
            case "undone" -> m.status_undone();
            default -> id;
        };
    }

    private static final java.time.format.DateTimeFormatter WHEN_DOTTED = java.time.format.DateTimeFormatter
            .ofPattern("dd.MM.yyyy HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    /**
     * When an import started, to the second, in UTC (the history's heading says so):
     * {@code 2026-12-07 18:05:09} in English, {@code 07.12.2026 18:05:09} in Russian and Romanian.
     */
    public static String when(ImportRecord record, @TemplateAttribute("locale") Object locale) {
        return Language.ofLocale(locale) == Language.EN || record.startedAt == null ? record.startedAtUtc()
                : WHEN_DOTTED.format(record.startedAt);
    }

    /** The messages the history stores (in English) that it shows in the reader's language. */
    private static final List<String> STORED = List.of("binary_file", "not_utf8_at", "not_utf8_after",
            "content_type_refused", "import_failed", "import_interrupted", "file_too_large", "import_cancelled", "validation_cancelled");
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
    private static final Map<Method, Pattern> STORED_PATTERNS = new ConcurrentHashMap<>();

    /**
     * A message of the history in the template's language: the history stores English, and a
     * message this bundle wrote is read back (its arguments taken from the English) and written
     * again in the language; any other message is shown as stored.
     */
    public static String stored(String message, @TemplateAttribute("locale") Object locale) {
        Language language = Language.ofLocale(locale);
        if (message == null || language == Language.EN) {
            return message;
        }
        for (Method method : ImportMsg.class.getMethods()) {
            if (!STORED.contains(method.getName())) {
                continue;
            }
            Pattern pattern = STORED_PATTERNS.computeIfAbsent(method, ImportTexts::englishPattern);
            Matcher m = pattern.matcher(message);
            if (!m.matches()) {
                continue;
            }
            Parameter[] params = method.getParameters();
            Object[] args = new Object[params.length];
            try {
                for (int i = 0; i < params.length; i++) {
                    String value = m.group(params[i].getName());
                    args[i] = params[i].getType() == long.class ? Long.parseLong(value) : value;
                }
                return (String) method.invoke(of(language), args);
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                return message;
            }
        }
        return message;
    }

    /** The English of a message as a pattern, each {@code {param}} a named group. */
    private static Pattern englishPattern(Method method) {
        String text = method.getAnnotation(Message.class).value();
        Matcher m = PARAM.matcher(text);
        StringBuilder regex = new StringBuilder();
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(text.substring(at, m.start()))).append("(?<").append(m.group(1)).append(">.*?)");
            at = m.end();
        }
        regex.append(Pattern.quote(text.substring(at)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** What a kind reads as ({@code accounts} is "аккаунты"); an unknown id reads as itself. */
    static String kindLabel(Language language, String id) {
        ImportMsg m = of(language);
        return id == null ? "" : switch (id) {
            case "accounts" -> m.kind_accounts();
            case "contacts" -> m.kind_contacts();
            case "campaigns" -> m.kind_campaigns();
            case "touchpoints" -> m.kind_touchpoints();
            case "opportunities" -> m.kind_opportunities();
            case "stage_changes" -> m.kind_stage_changes();
            case "costs" -> m.kind_costs();
            case "nps" -> m.kind_nps();
            default -> id;
        };
    }

    static String modeLabel(Language language, String id) {
        ImportMsg m = of(language);
        return id == null ? "" : switch (id) {
            case "all-or-nothing" -> m.mode_all_or_nothing();
            case "skip-invalid" -> m.mode_skip_invalid();
            default -> id;
        };
    }
}
