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
        return versionCounter.get();
    }

    public Settings current() {
        Settings settings = cached;
        if (settings == null) {
            settings = load();
            cached = settings;
        }
        return settings;
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
