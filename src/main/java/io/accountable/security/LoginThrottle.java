package io.accountable.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.accountable.AccountableConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Brute-force protection: after {@code accountable.sign-in.max-failures} (10) failed sign-ins for
 * one user name from one address within {@code accountable.sign-in.window} (15 minutes), further
 * tries are refused until the oldest failure leaves the window; a successful sign-in clears the
 * count. Form login and HTTP Basic count together. Kept in memory (Caffeine, at most 100,000
 * pairs, each expiring after the window), so it is per instance.
 */
@ApplicationScoped
public class LoginThrottle {

    private final Cache<String, Deque<Long>> failures;
    private final int max;
    private final long windowMillis;
    private final Clock clock;

    @Inject
    public LoginThrottle(AccountableConfig config) {
        this(config.signIn().maxFailures(), config.signIn().window().toMillis(), Clock.systemUTC());
    }

    LoginThrottle(int max, long windowMillis, Clock clock) {
        this.max = max;
        this.windowMillis = windowMillis;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(java.time.Duration.ofMillis(windowMillis)).build();
    }

    /** Seconds to wait before the next try of this name from this address, when it is refused now. */
    public OptionalLong retryAfter(String username, String address) {
        Deque<Long> list = failures.getIfPresent(key(username, address));
        if (list == null) {
            return OptionalLong.empty();
        }
        long now = clock.millis();
        synchronized (list) {
            prune(list, now);
            if (list.size() < max) {
                return OptionalLong.empty();
            }
            long oldest = list.peekFirst();
            return OptionalLong.of(Math.max(1, (oldest + windowMillis - now + 999) / 1000));
        }
    }

    public void failed(String username, String address) {
        Deque<Long> list = failures.get(key(username, address), k -> new ArrayDeque<>());
        long now = clock.millis();
        synchronized (list) {
            prune(list, now);
            list.addLast(now);
            while (list.size() > max) {
                list.removeFirst();
            }
        }
        failures.put(key(username, address), list);
    }

    public void succeeded(String username, String address) {
        failures.invalidate(key(username, address));
    }

    private void prune(Deque<Long> list, long now) {
        while (!list.isEmpty() && list.peekFirst() <= now - windowMillis) {
            list.removeFirst();
        }
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "\n" + address;
    }
}
