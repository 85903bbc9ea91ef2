package io.accountable.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The bundles are complete: every message of every {@code @MessageBundle} interface (found in the
 * compiled classes) in Russian and Romanian, none empty, the same parameters; every label and
 * plural file covers the English keys; and no message is unused (a template writes
 * {@code ns:key}, Java calls {@code .key(} or reads it by a prefix).
 */
class BundlesTest {

    /** Keys read by prefix in Java ({@code Texts.message(language, "tile_" + id)}). */
    private static final List<String> DYNAMIC = List.of("tile_", "group_", "model_", "view_name_", "view_");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(java.lang.reflect.Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every message bundle interface of the application, from the compiled classes. */
    static List<Class<?>> bundles() throws IOException {
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root)) {
            List<Class<?>> found = files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(n -> n.startsWith("io.accountable.")).map(BundlesTest::loadClass)
                    .filter(c -> c != null && c.isInterface() && c.isAnnotationPresent(MessageBundle.class))
                    .sorted(java.util.Comparator.comparing(Class::getName)).toList();
            assertTrue(found.contains(Msg.class), "the bundles were found in target/classes");
            return found;
        }
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, BundlesTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String name(Class<?> bundle) {
        return bundle.getAnnotation(MessageBundle.class).value();
    }

    private static Set<String> params(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldTranslateEveryMessageWithTheSameParameters(String lang) throws Exception {
        for (Class<?> bundle : bundles()) {
            translated(bundle, lang);
        }
    }

    private static void translated(Class<?> bundle, String lang) throws IOException {
        String file = "messages/" + name(bundle) + "_" + lang + ".properties";
        Properties p = load(file);
        assertEquals(keys(bundle), new TreeSet<>(p.stringPropertyNames()), "the keys of " + file);
        for (var m : bundle.getDeclaredMethods()) {
            Message message = m.getAnnotation(Message.class);
            if (message == null) {
                continue;
            }
            String value = p.getProperty(m.getName());
            assertFalse(value.isBlank(), file + " " + m.getName() + " is empty");
            assertEquals(params(message.value()), params(value), file + " " + m.getName() + " parameters");
            if ("ro".equals(lang)) {
                assertFalse(value.matches(".*[şţŞŢ].*"), "Romanian writes ș ț with a comma below: " + m.getName());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "ro"})
    void shouldLabelEveryCatalogueValue(String lang) throws Exception {
        Properties en = load("i18n/labels.properties");
        Properties other = load("i18n/labels_" + lang + ".properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()));
        other.stringPropertyNames().forEach(k -> assertFalse(other.getProperty(k).isBlank(), k));
    }

    @Test
    void shouldUseEveryMessage() throws IOException {
        String templates;
        String java;
        try (Stream<Path> t = Files.walk(Path.of("src/main/resources/templates"));
                Stream<Path> j = Files.walk(Path.of("src/main/java"))) {
            templates = t.filter(Files::isRegularFile).map(BundlesTest::read).collect(Collectors.joining("\n"));
            java = j.filter(f -> f.toString().endsWith(".java") && !read(f).contains("@MessageBundle"))
                    .map(BundlesTest::read).collect(Collectors.joining("\n"));
        }
        List<String> unused = new java.util.ArrayList<>();
        for (Class<?> bundle : bundles()) {
            String ns = name(bundle);
            keys(bundle).stream()
                    .filter(k -> !templates.contains(ns + ":" + k + "}") && !templates.contains(ns + ":" + k + "(")
                            && !java.contains("." + k + "(") && DYNAMIC.stream().noneMatch(k::startsWith))
                    .map(k -> ns + ":" + k).forEach(unused::add);
        }
        assertTrue(unused.isEmpty(), "messages no page uses: " + unused);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
