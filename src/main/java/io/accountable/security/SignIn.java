package io.accountable.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks a user name and password (form login and HTTP Basic alike): the throttle first, then
 * bcrypt, then the audit log and the throttle's count. Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class SignIn {

    /** The outcome: the user, or why not (a wait in seconds when throttled). */
    public record Outcome(Optional<User> user, OptionalLong retryAfter) {
        public boolean throttled() {
            return retryAfter.isPresent();
        }
    }

    @Inject
    LoginThrottle throttle;
    @Inject
    AuditLog audit;
    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    /** Successful HTTP Basic sign-ins already written, so a script polling every minute writes one line an hour. */
    private final Cache<String, Boolean> recentBasic = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofHours(1)).build();

    public Outcome check(String username, String password, String address, String via) {
        String name = username == null ? "" : username.strip();
        OptionalLong wait = throttle.retryAfter(name, address);
        if (wait.isPresent()) {
            metrics.counter("accountable.sign_in.failures", "via", via, "reason", "throttled").increment();
            audit.record(name, AuditLog.SIGN_IN_THROTTLED, name, address, via + ", retry after " + wait.getAsLong() + " s");
            return new Outcome(Optional.empty(), wait);
        }
        User user = name.isEmpty() || name.length() > 100 ? null
                : QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name));
        boolean right = Passwords.matches(password, user == null ? null : user.passwordHash);
        if (!right) {
            throttle.failed(name, address);
            metrics.counter("accountable.sign_in.failures", "via", via, "reason", "wrong").increment();
            audit.record(name, AuditLog.SIGN_IN_FAILED, name, address, via + (user == null ? ", unknown user" : ""));
            return new Outcome(Optional.empty(), OptionalLong.empty());
        }
        throttle.succeeded(name, address);
        if (!"basic".equals(via) || recentBasic.asMap().putIfAbsent(name + "\n" + address, Boolean.TRUE) == null) {
            audit.record(name, AuditLog.SIGN_IN, name, address, via);
        }
        return new Outcome(Optional.of(user), OptionalLong.empty());
    }
}
