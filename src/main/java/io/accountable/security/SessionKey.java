package io.accountable.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The key that signs session cookies. A configured {@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY}
 * wins; otherwise 32 random bytes are generated on first start and stored in the database
 * ({@code app_secret}), which only the application reads. So sessions survive a restart, and
 * several instances on one database share the key. The key is never logged.
 */
@ApplicationScoped
public class SessionKey {

    private static final Logger LOG = Logger.getLogger(SessionKey.class);
    static final String NAME = "session-key";

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> configured;

    private volatile byte[] key;

    void onStart(@Observes @Priority(5) StartupEvent event) {
        key();
    }

    public byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = resolve();
                }
                k = key;
            }
        }
        return k;
    }

    private byte[] resolve() {
        Optional<String> fromConfig = configured.filter(s -> !s.isBlank());
        if (fromConfig.isPresent()) {
            if (fromConfig.get().length() < 32) {
                throw new IllegalStateException("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY has fewer than 32 characters; "
                        + "set a longer one or unset it to let Accountable generate and store its own.");
            }
            LOG.info("Session cookies are signed with the configured key (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY)");
            return sha256(fromConfig.get().getBytes(StandardCharsets.UTF_8));
        }
        byte[] stored = storedOrGenerated();
        LOG.info("Session cookies are signed with the key stored in the database");
        return stored;
    }

    /** The stored key, or a new one stored now; when another instance stores one first, that one. */
    byte[] storedOrGenerated() {
        Optional<byte[]> existing = read();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                AppSecret secret = new AppSecret();
                secret.name = NAME;
                secret.secret = Base64.getEncoder().encodeToString(fresh);
                secret.createdAt = Instant.now();
                secret.persist();
            });
            return fresh;
        } catch (RuntimeException e) {
            // Another instance stored its key between our read and our insert: use that one.
            return read().orElseThrow(() -> new IllegalStateException("The session key could not be stored", e));
        }
    }

    private static Optional<byte[]> read() {
        return QuarkusTransaction.requiringNew().call(() -> {
            AppSecret secret = AppSecret.findById(NAME);
            return secret == null ? Optional.empty() : Optional.of(Base64.getDecoder().decode(secret.secret));
        });
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
