package io.accountable.security;

import io.accountable.i18n.Language;
import io.accountable.i18n.Texts;
import io.accountable.settings.AdminMsg;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rules and bcrypt. A password has at least 12 characters, is not only spaces, is
 * not the user name and is not on the shipped list of common passwords. bcrypt reads at most 72
 * bytes; a longer password is refused with a message rather than silently cut (so no two
 * passwords that differ after byte 72 ever match each other).
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load();
    /** Verified when the user does not exist, so that a wrong name costs as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-user-" + System.nanoTime());

    private Passwords() {
    }

    /** What is wrong with this password for this user, in English sentences; empty when it is acceptable. */
    public static List<String> problems(String password, String username) {
        return problems(password, username, Language.EN);
    }

    /** What is wrong with this password for this user, in sentences of the language; empty when acceptable. */
    public static List<String> problems(String password, String username, Language language) {
        AdminMsg m = Texts.bundle(AdminMsg.class, language);
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(m.pw_enter());
            return problems;
        }
        if (password.isBlank()) {
            problems.add(m.pw_only_spaces());
            return problems;
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(m.pw_min_length(MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(m.pw_max_bytes(MAX_BYTES));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower.strip())) {
            problems.add(m.pw_common());
        } else if (username != null && lower.strip().equals(username.toLowerCase(Locale.ROOT))) {
            problems.add(m.pw_user_name());
        }
        return problems;
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    /** Whether the password matches the hash; a null hash (unknown user) takes as long and is false. */
    public static boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            // Never stored (refused above), so never right; bcrypt would compare only the first 72 bytes.
            BcryptUtil.matches("x", DUMMY_HASH);
            return false;
        }
        if (hash == null) {
            BcryptUtil.matches(password, DUMMY_HASH);
            return false;
        }
        try {
            return BcryptUtil.matches(password, hash);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT).strip());
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (var in = Passwords.class.getResourceAsStream("common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
