package io.accountable.i18n;

import io.quarkus.qute.i18n.Message;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message bundle's English read straight from its {@code @Message} annotations, each
 * {@code {param}} replaced by the argument of that name: what {@link Texts#bundle} gives when the
 * application is not running (plain unit tests, tools), where Qute's bundles are not there.
 * Messages with Qute expressions beyond {@code {param}} are written as plain substitution.
 */
final class EnglishBundle {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
    private static final Map<Class<?>, Object> PROXIES = new ConcurrentHashMap<>();

    private EnglishBundle() {
    }

    static <T> T of(Class<T> bundle) {
        return bundle.cast(PROXIES.computeIfAbsent(bundle, b -> Proxy.newProxyInstance(b.getClassLoader(),
                new Class<?>[] {b}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "toString" -> b.getSimpleName() + " (English)";
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> proxy == args[0];
                        };
                    }
                    return english(method, args);
                })));
    }

    private static String english(Method method, Object[] args) {
        String text = method.getAnnotation(Message.class).value();
        Parameter[] params = method.getParameters();
        Matcher m = PARAM.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group();
            for (int i = 0; i < params.length; i++) {
                if (params[i].getName().equals(m.group(1))) {
                    value = String.valueOf(args[i]);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
