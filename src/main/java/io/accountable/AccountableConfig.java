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

    enum DemoScale {
        none, small, large
    }
}
