package io.accountable.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.accountable.web.BadRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The mappings a file can be imported with: the presets by their names and the saved mappings by
 * their own, for one kind each. Saved ones are stored as the JSON of {@link Definition}.
 */
@ApplicationScoped
public class MappingService {

    /** The length of import_mapping.definition (V9). */
    static final int MAX_JSON = 100_000;

    @Inject
    ObjectMapper json;

    /**
     * A mapping as the API reads and writes it.
     *
     * @param name its name
     * @param kind the import kind it produces ({@code opportunities})
     * @param dateFormat the file's date format; null for ISO-8601
     * @param timeZone the zone of the file's local times; null for the reporting zone
     * @param columns file column to field, in order, with value maps
     * @param preset true for the presets (read only)
     */
    public record Definition(String name, String kind, String dateFormat, String timeZone,
            List<ImportMapping.Rule> columns, boolean preset) {
        static Definition of(ImportMapping m, boolean preset) {
            return new Definition(m.name(), m.kind().id(), m.dateFormat(), m.timeZone(), m.rules(), preset);
        }
    }

    /**
     * The mapping of that name for that kind; null when the name is blank (the file is in the
     * import format).
     *
     * @throws BadRequestException for an unknown name, or a preset without that kind
     */
    public ImportMapping resolve(String name, ImportKind kind) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String wanted = name.strip().toLowerCase(java.util.Locale.ROOT);
        if (MappingPresets.NAMES.contains(wanted)) {
            return MappingPresets.find(wanted, kind).orElseThrow(() -> {
                String kinds = MappingPresets.kindsOf(wanted).stream().map(ImportKind::id)
                        .collect(java.util.stream.Collectors.joining(", "));
                String k = kind.id();
                return new BadRequestException(l -> ImportTexts.of(l).map_preset_kind(wanted, k, kinds));
            });
        }
        SavedMapping saved = SavedMapping.find("name = ?1 and kind = ?2", wanted, kind.id()).firstResult();
        if (saved == null) {
            String names = String.join(", ", names(kind));
            String shown = RowValidator.shorten(name.strip());
            String k = kind.id();
            throw new BadRequestException(l -> ImportTexts.of(l).map_unknown(shown, k, names));
        }
        return toMapping(read(saved.definition));
    }

    /** The names a file of that kind can be imported with: presets first, then saved ones. */
    public List<String> names(ImportKind kind) {
        List<String> names = new ArrayList<>(MappingPresets.all().stream().filter(m -> m.kind() == kind)
                .map(ImportMapping::name).toList());
        List<SavedMapping> saved = SavedMapping.find("kind = ?1 order by name", kind.id()).list();
        saved.forEach(s -> names.add(s.name));
        return names;
    }

    /** Every preset, then every saved mapping by kind and name. */
    public List<Definition> list() {
        List<Definition> all = new ArrayList<>(MappingPresets.all().stream().map(m -> Definition.of(m, true)).toList());
        List<SavedMapping> saved = SavedMapping.find("order by kind, name").list();
        for (SavedMapping s : saved) {
            Definition d = read(s.definition);
            all.add(new Definition(s.name, s.kind, d.dateFormat(), d.timeZone(), d.columns(), false));
        }
        return all;
    }

    /** The saved mappings of one kind, by name. */
    public List<String> savedNames() {
        List<SavedMapping> saved = SavedMapping.find("order by name").list();
        return saved.stream().map(s -> s.name).distinct().toList();
    }

    /** Reads a mapping sent as JSON; refuses what is not JSON of a {@link Definition}. */
    public Definition parse(String body) {
        if (body == null || body.isBlank()) {
            throw new BadRequestException(l -> ImportTexts.of(l).map_json_invalid("{}"));
        }
        try {
            return json.readValue(body, Definition.class);
        } catch (JsonProcessingException e) {
            String detail = RowValidator.shorten(e.getOriginalMessage());
            throw new BadRequestException(l -> ImportTexts.of(l).map_json_invalid(detail));
        }
    }

    /**
     * Saves a mapping under its name for its kind, replacing one saved before under the same
     * name; answers it as stored.
     *
     * @throws BadRequestException naming what is wrong (a preset's name, an unknown field, ...)
     */
    @Transactional
    public Definition save(Definition d, String user) {
        ImportMapping m = toMapping(d);
        if (MappingPresets.NAMES.contains(m.name())) {
            String name = m.name();
            throw new BadRequestException(l -> ImportTexts.of(l).map_name_reserved(name));
        }
        m.validated();
        Definition stored = Definition.of(m, false);
        String text;
        try {
            text = json.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A mapping could not be written as JSON", e);
        }
        if (text.length() > MAX_JSON) {
            String detail = "longer than " + MAX_JSON + " characters";
            throw new BadRequestException(l -> ImportTexts.of(l).map_json_invalid(detail));
        }
        SavedMapping row = SavedMapping.find("name = ?1 and kind = ?2", m.name(), m.kind().id()).firstResult();
        if (row == null) {
            row = new SavedMapping();
            row.name = m.name();
            row.kind = m.kind().id();
        }
        row.definition = text;
        row.username = user;
        row.updatedAt = Instant.now();
        row.persist();
        return stored;
    }

    private Definition read(String text) {
        try {
            return json.readValue(text, Definition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A saved mapping is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** The mapping of a definition, its name and kind checked. */
    static ImportMapping toMapping(Definition d) {
        String name = d.name() == null ? "" : d.name().strip().toLowerCase(java.util.Locale.ROOT);
        if (!ImportMapping.NAME.matcher(name).matches()) {
            String shown = RowValidator.shorten(d.name() == null ? "" : d.name());
            throw new BadRequestException(l -> ImportTexts.of(l).map_name_invalid(shown));
        }
        ImportKind kind = ImportKind.fromId(d.kind()).orElseThrow(() -> {
            String shown = RowValidator.shorten(String.valueOf(d.kind()));
            String kinds = String.join(", ", Arrays.stream(ImportKind.values()).map(ImportKind::id).toList());
            return new BadRequestException(l -> ImportTexts.of(l).map_kind_unknown(shown, kinds));
        });
        List<ImportMapping.Rule> rules = d.columns() == null ? List.of()
                : d.columns().stream().filter(java.util.Objects::nonNull).toList();
        return new ImportMapping(name, kind, rules, d.dateFormat(), d.timeZone());
    }
}
