package io.accountable.schedule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** E-mail addresses as people type them: a list split at commas, semicolons, spaces or lines. */
final class Addresses {

    /** The most recipients a schedule has. */
    static final int MAX = 50;
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private Addresses() {
    }

    static boolean valid(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }

    /** The addresses of a typed list, each once, in order. */
    static List<String> split(String typed) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        if (typed != null) {
            for (String part : typed.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The addresses of a list that are not addresses. */
    static List<String> invalid(List<String> addresses) {
        return addresses.stream().filter(a -> !valid(a)).toList();
    }
}
