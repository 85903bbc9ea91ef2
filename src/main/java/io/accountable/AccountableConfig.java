package io.accountable;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Everything under {@code accountable.*} in application.properties; each key can also be set
 * from the environment ({@code accountable.demo-scale} is {@code ACCOUNTABLE_DEMO_SCALE}).
 */
@ConfigMapping(prefix = "accountable")
public interface AccountableConfig {

    /** Password of the {@code admin} user created on first start; a random one is logged once when unset. */
    Optional<String> adminPassword();

    /** Demo data loaded into an empty database at start: none, small (~300 accounts) or large (~20,000). */
    @WithDefault("small")
    DemoScale demoScale();

    /** Seed of the demo generator: the same seed gives the same data. */
    @WithDefault("20261122")
    long demoSeed();

    /**
     * Largest import file in bytes (default 100 MB); larger files get a 413. Raising it above
     * 110 MB also needs {@code quarkus.http.limits.max-body-size}.
     */
    @WithDefault("104857600")
    long importMaxBytes();

    /**
     * How long an import waits for the one running before it (ACCOUNTABLE_IMPORT_WAIT, default one
     * minute); then it is refused with a 409 and writes nothing.
     */
    @WithDefault("PT1M")
    java.time.Duration importWait();

    /** The dates imports and filters accept; see {@link PlausibleRange}. */
    Plausible plausible();

    interface Plausible {
        /** Earliest plausible date (ACCOUNTABLE_PLAUSIBLE_EARLIEST), default 1970-01-01. */
        @WithDefault("1970-01-01")
        java.time.LocalDate earliest();

        /** How far after today a date is still plausible (ACCOUNTABLE_PLAUSIBLE_AHEAD), default one year. */
        @WithDefault("P1Y")
        java.time.Period ahead();
    }

    /** How long a sign-in lasts; see docs/security.md. */
    Session session();

    interface Session {
        /** A session ends after this long without a request (ACCOUNTABLE_SESSION_IDLE), default one hour. */
        @WithDefault("PT1H")
        java.time.Duration idle();

        /** A session ends this long after sign-in, however active (ACCOUNTABLE_SESSION_LIFETIME), default 12 hours. */
        @WithDefault("PT12H")
        java.time.Duration lifetime();

        /**
         * Mark cookies {@code Secure} on every answer (ACCOUNTABLE_SESSION_SECURE_COOKIES). Cookies are
         * always {@code Secure} on a request that came over HTTPS; set this behind a proxy that ends TLS.
         */
        @WithDefault("false")
        boolean secureCookies();
    }

    /** Brute-force protection of the sign-in; see docs/security.md. */
    SignIn signIn();

    interface SignIn {
        /** Failed sign-ins of one user name from one address before further tries get a 429 (default 10). */
        @WithDefault("10")
        int maxFailures();

        /** The window those failures are counted in (default 15 minutes). */
        @WithDefault("PT15M")
        java.time.Duration window();
    }

    enum DemoScale {
        none, small, large
    }
}
