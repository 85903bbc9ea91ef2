package io.accountable.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Reads the settings in force and saves new versions; nothing else writes settings. */
@ApplicationScoped
public class SettingsService {

    @Inject
    ObjectMapper json;

    private volatile Settings cached;
    private final java.util.concurrent.atomic.AtomicLong versionCounter = new java.util.concurrent.atomic.AtomicLong();

    /** Changes with every saved version; part of the keys of cached results. */
    public long version() {
        Long key = overrideKey.get();
        return key != null ? key : versionCounter.get();
    }

    public Settings current() {
        Settings override = this.override.get();
        if (override != null) {
            return override;
        }
        Settings settings = cached;
        if (settings == null) {
            settings = load();
            cached = settings;
        }
        return settings;
    }

    /** Settings other than the current ones, for this thread only, while {@code work} runs. */
    private final ThreadLocal<Settings> override = new ThreadLocal<>();
    private final ThreadLocal<Long> overrideKey = new ThreadLocal<>();
    /** A cache-key version per distinct overriding settings: negative, so never a real version. */
    private final java.util.Map<Settings, Long> overrideKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong overrideCounter = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Runs {@code work} on this thread as if {@code settings} were in force (a board snapshot's
     * diff recomputes today's data under the settings of its day). Results are cached under a
     * version of their own, so they never mix with those of the current settings.
     */
    public <T> T withSettings(Settings settings, java.util.function.Supplier<T> work) {
        if (overrideKeys.size() > 64) {
            overrideKeys.clear();
        }
        long key = overrideKeys.computeIfAbsent(settings, s -> overrideCounter.decrementAndGet());
        Settings before = override.get();
        Long beforeKey = overrideKey.get();
        override.set(settings);
        overrideKey.set(key);
        try {
            return work.get();
        } finally {
            override.set(before);
            overrideKey.set(beforeKey);
        }
    }

    /** The id of the settings version in force (0: the defaults, never saved). */
    @Transactional
    public long currentVersionId() {
        SettingsVersion latest = SettingsVersion.latest();
        return latest == null ? 0 : latest.id;
    }

    public String toJson(Settings settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Settings fromJson(String content) {
        try {
            return json.readValue(content, Settings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored settings cannot be read", e);
        }
    }

    @Transactional
    Settings load() {
        SettingsVersion latest = SettingsVersion.latest();
        if (latest == null) {
            return Settings.defaults();
        }
        try {
            return json.readValue(latest.content, Settings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored settings version " + latest.id + " cannot be read", e);
        }
    }

    @Inject
    jakarta.validation.Validator validator;

    /** Every constraint the settings break, by property path (e.g. {@code grossMargin}, {@code touchTypeWeights[meeting].<map value>}). */
    public java.util.Set<jakarta.validation.ConstraintViolation<Settings>> violations(Settings settings) {
        return validator.validate(settings);
    }

    /** Saves a new version when valid; answers the problems otherwise (nothing saved). */
    @Transactional
    public List<String> save(Settings settings, String user) {
        List<String> problems = violations(settings).stream().map(v -> v.getMessage()).sorted().toList();
        if (!problems.isEmpty()) {
            return problems;
        }
        SettingsVersion version = new SettingsVersion();
        version.changedBy = user;
        version.changedAt = Instant.now();
        try {
            version.content = json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        version.persist();
        reload();
        saved.fire(new Saved(version.id));
        return List.of();
    }

    /** A settings version was saved here (observed after commit to tell the other instances). */
    public record Saved(long id) {
    }

    @Inject
    jakarta.enterprise.event.Event<Saved> saved;

    /** Forgets the cached settings: the next reader loads the newest version (after a save here or elsewhere). */
    public void reload() {
        cached = null;
        versionCounter.incrementAndGet();
    }

    @Transactional
    public List<SettingsVersion> history() {
        return SettingsVersion.find("order by id desc").page(0, 50).list();
    }
}
