package io.accountable.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The session cookie: who, under which session epoch, issued when and last seen when, signed
 * with HMAC-SHA256 under the session key. Nothing in it is secret; it cannot be forged or
 * changed without the key, and the server refuses it once the user's epoch has moved on.
 *
 * <p>Pure: no Quarkus, no clock of its own.
 */
public final class SessionCookie {

    public static final String NAME = "accountable-session";

    /** One signed-in session. Times are epoch seconds. */
    public record Session(String username, int epoch, long issued, long seen) {

        public Session seenAt(long now) {
            return new Session(username, epoch, issued, now);
        }

        /** Within both the idle timeout and the absolute lifetime at {@code now}. */
        public boolean liveAt(long now, long idleSeconds, long lifetimeSeconds) {
            return now >= issued - 60 && now < issued + lifetimeSeconds && now < seen + idleSeconds;
        }
    }

    private SessionCookie() {
    }

    public static String encode(Session session, byte[] key) {
        String payload = b64(session.username().getBytes(StandardCharsets.UTF_8)) + "." + session.epoch() + "."
                + session.issued() + "." + session.seen();
        return payload + "." + b64(mac(payload, key));
    }

    /** The session in a cookie value, or empty when it is malformed or its signature is wrong. */
    public static Optional<Session> decode(String value, byte[] key) {
        if (value == null || value.length() > 600) {
            return Optional.empty();
        }
        int cut = value.lastIndexOf('.');
        if (cut < 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, cut);
        byte[] sent;
        try {
            sent = Base64.getUrlDecoder().decode(value.substring(cut + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(sent, mac(payload, key))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Session(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8),
                    Integer.parseInt(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(String payload, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
