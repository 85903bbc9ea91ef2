package io.accountable.security;

import io.accountable.i18n.Language;
import io.accountable.i18n.Text;
import io.accountable.i18n.Texts;
import io.accountable.settings.AdminMsg;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens for scripts and BI tools: {@code acc_} and 43 random characters (32
 * bytes). The token is shown once; only its SHA-256 is stored, so checking one is a lookup by
 * hash, not a bcrypt. A token acts with its owner's current role and stops at its expiry (the
 * end of the chosen day, UTC) or when revoked.
 */
@ApplicationScoped
public class Tokens {

    public static final String PREFIX = "acc_";
    public static final int MAX_ACTIVE_PER_USER = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AuditLog audit;

    /** A token just made: the only time its value is known. */
    public record Created(long id, String name, String token, Instant expiresAt) {
    }

    /** A token as lists show it (never its value). */
    public record Listed(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
            String state) {
    }

    /** Thrown with sentences for the user when a token cannot be made as asked; written in the reader's language. */
    public static class InvalidTokenRequest extends RuntimeException {
        private final List<Text> problems;

        public InvalidTokenRequest(List<Text> problems) {
            super(String.join(" ", problems.stream().map(Text::english).toList()));
            this.problems = List.copyOf(problems);
        }

        /** The problems in a language. */
        public List<String> problems(Language language) {
            return problems.stream().map(p -> p.in(language)).toList();
        }

        /** The problems in a language, as one message. */
        public String message(Language language) {
            return String.join(" ", problems(language));
        }
    }

    private static AdminMsg msg(Language language) {
        return Texts.bundle(AdminMsg.class, language);
    }

    @Transactional
    public Created create(String username, String name, LocalDate expires, String address) {
        User user = User.findByUsername(username);
        List<Text> problems = new ArrayList<>();
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100 || clean.chars().anyMatch(Character::isISOControl)) {
            problems.add(l -> msg(l).token_name_rule());
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (expires != null && (!expires.isAfter(today) || expires.isAfter(today.plusYears(5)))) {
            problems.add(l -> msg(l).token_expiry_rule());
        }
        if (user != null && ApiToken.count("user = ?1 and revokedAt is null", user) >= MAX_ACTIVE_PER_USER) {
            problems.add(l -> msg(l).token_too_many(MAX_ACTIVE_PER_USER));
        }
        if (user == null) {
            problems.add(l -> msg(l).users_unknown());
        }
        if (!problems.isEmpty()) {
            throw new InvalidTokenRequest(problems);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken row = new ApiToken();
        row.user = user;
        row.name = clean;
        row.tokenHash = hash(token);
        row.createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        row.expiresAt = expires == null ? null : expires.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        row.persist();
        audit.record(username, AuditLog.TOKEN_CREATED, username, address, "token " + row.id + " '" + clean + "'"
                + (row.expiresAt == null ? "" : ", expires " + expires));
        return new Created(row.id, clean, token, row.expiresAt);
    }

    @Transactional
    public List<Listed> of(String username) {
        Instant now = Instant.now();
        return ApiToken.<ApiToken>find("user.username = ?1", Sort.descending("id"), username).list().stream()
                .map(t -> new Listed(t.id, t.name, t.createdAt, t.expiresAt, t.lastUsedAt, t.state(now))).toList();
    }

    /** Revokes a token of this user (an admin may revoke anyone's); false when there is no such token. */
    @Transactional
    public boolean revoke(String username, boolean admin, long id, String address) {
        ApiToken token = ApiToken.findById(id);
        if (token == null || !admin && !token.user.username.equals(username)) {
            return false;
        }
        if (token.revokedAt == null) {
            token.revokedAt = Instant.now();
            audit.record(username, AuditLog.TOKEN_REVOKED, token.user.username, address,
                    "token " + token.id + " '" + token.name + "'");
        }
        return true;
    }

    /** The owner of an active token, marking it used (at most once a minute); empty otherwise. */
    @Transactional
    public Optional<User> owner(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        ApiToken row = ApiToken.find("tokenHash", hash(token)).firstResult();
        Instant now = Instant.now();
        if (row == null || !row.activeAt(now)) {
            return Optional.empty();
        }
        if (row.lastUsedAt == null || row.lastUsedAt.isBefore(now.minusSeconds(60))) {
            row.lastUsedAt = now.truncatedTo(ChronoUnit.SECONDS);
        }
        return Optional.of(row.user);
    }

    static String hash(String token) {
        return HexFormat.of().formatHex(SessionKey.sha256(token.getBytes(StandardCharsets.UTF_8)));
    }
}
