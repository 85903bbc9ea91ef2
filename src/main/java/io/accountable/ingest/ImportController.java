package io.accountable.ingest;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.security.Role;
import io.accountable.web.BadRequestException;
import io.accountable.web.CsvSafety;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The Import page: choose a kind and a file, see a preview of exactly what would happen
 * (nothing written), confirm, and get the counts and the rejected rows as a CSV.
 */
@Path("/import")
@RolesAllowed(Role.ANALYST_ID)
@Produces(MediaType.TEXT_HTML)
public class ImportController {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(List<String> kinds, List<ImportRecord> history, List<String> errors,
                List<String> presets, List<String> saved);

        static native TemplateInstance preview(String token, String fileName, String kind, String mode,
                String charset, Preview preview, ImportResult result, boolean confirmed, MappingEffect effect,
                DefineForm define, List<String> notes);
    }

    /** One column of the file and the field the form proposes for it (blank: ignored). */
    public record ColumnChoice(String column, String field) {
    }

    /**
     * The form that defines a mapping for the uploaded file: a field per file column, a value map
     * ({@code field: file value = field value} a line), the date format and the time zone.
     */
    public record DefineForm(List<String> fields, List<ColumnChoice> columns, String values, String dateFormat,
            String timeZone, String name, List<String> errors) {
        DefineForm withErrors(List<String> e) {
            return new DefineForm(fields, columns, values, dateFormat, timeZone, name, e);
        }
    }

    /**
     * An uploaded file waiting for confirmation, kept for an hour; {@code result} is the
     * preview's dry run until the import ran, then the import's answer.
     */
    record Pending(String user, java.nio.file.Path file, String fileName, ImportKind kind, ImportMode mode,
            Charset charset, Instant at, Preview preview, ImportResult result, ImportMapping mapping,
            MappingEffect effect) {
        Pending withResult(ImportResult r) {
            return new Pending(user, file, fileName, kind, mode, charset, at, preview, r, mapping, effect);
        }

        Pending withMode(ImportMode m) {
            return new Pending(user, file, fileName, kind, m, charset, at, preview, result, mapping, effect);
        }
    }

    /** The upload behind a token, only for the user who uploaded it; null when unknown or expired. */
    private Pending pending(String token) {
        Pending p = pending.get(token);
        return p != null && p.user().equals(identity.getPrincipal().getName()) ? p : null;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicLong> progress = new ConcurrentHashMap<>();

    @Inject
    ImportService imports;
    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentLanguage language;
    @Inject
    MappingService mappings;

    private ImportMsg words() {
        return ImportTexts.of(language.get());
    }

    private static List<String> kinds() {
        return Arrays.stream(ImportKind.values()).map(ImportKind::id).toList();
    }

    @GET
    public TemplateInstance page() {
        return page(List.of());
    }

    private TemplateInstance page(List<String> errors) {
        List<ImportRecord> history = ImportRecord.find("order by startedAt desc").page(0, 50).list();
        return Templates.imports(kinds(), history, errors, MappingPresets.NAMES, mappings.savedNames())
                .data("nav", "import");
    }

    @POST
    @Path("preview")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NEVER)
    public Response preview(@RestForm String kind, @RestForm String mode, @RestForm String charset,
            @RestForm String mapping, @RestForm("file") FileUpload file) throws Exception {
        expire();
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return Response.status(400).entity(page(List.of(words().choose_file()))).build();
        }
        ImportKind k = ImportApi.kind(kind);
        ImportMode m = ImportApi.mode(mode);
        Charset cs = ImportApi.charset(charset);
        ImportMapping chosen;
        try {
            chosen = mappings.resolve(mapping, k);
        } catch (BadRequestException e) {
            return Response.status(400).entity(page(List.of(e.text().in(language.get())))).build();
        }
        java.nio.file.Path kept = Files.createTempFile("accountable-pending-", ".csv");
        Files.copy(file.uploadedFile(), kept, StandardCopyOption.REPLACE_EXISTING);
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        return previewed(token, kept, file.fileName(), k, m, cs, chosen, List.of());
    }

    /** Previews a kept file (through a mapping, may be null) and keeps it under the token. */
    private Response previewed(String token, java.nio.file.Path kept, String fileName, ImportKind k, ImportMode m,
            Charset cs, ImportMapping chosen, List<String> notes) throws Exception {
        ImportService.Mapped mapped;
        try {
            mapped = imports.preview(kept, k, m, cs, chosen);
        } catch (UnsupportedFileException e) {
            Files.deleteIfExists(kept);
            return Response.status(415).entity(page(List.of(e.text().in(language.get())))).build();
        } catch (ImportService.TooLargeException e) {
            Files.deleteIfExists(kept);
            return Response.status(413).entity(page(List.of(e.text().in(language.get())))).build();
        }
        Preview preview = mapped.preview();
        Pending p = new Pending(identity.getPrincipal().getName(), kept, fileName, k, m, cs, Instant.now(), preview,
                preview.dryRun(), chosen, mapped.mapping());
        pending.put(token, p);
        return Response.ok(Templates.preview(token, fileName, k.id(), m.id(), cs == null ? "" : cs.name(),
                preview, preview.dryRun(), false, p.effect(), define(p), notes).data("nav", "import")).build();
    }

    /** The define form for a pending file, filled from its mapping (or the import format's names). */
    private DefineForm define(Pending p) {
        List<String> fields = p.kind().columnNames();
        List<String> header = p.effect() != null ? p.effect().fileColumns() : header(p);
        List<ColumnChoice> columns = new ArrayList<>();
        for (String column : header) {
            String field = "";
            if (p.mapping() != null) {
                field = p.mapping().rules().stream().filter(r -> r.field() != null
                        && ImportRun.key(r.column()).equals(ImportRun.key(column))).map(ImportMapping.Rule::field)
                        .findFirst().orElse("");
            } else {
                field = fields.stream().filter(f -> ImportRun.key(f).equals(ImportRun.key(column))).findFirst()
                        .orElse("");
            }
            columns.add(new ColumnChoice(column, field));
        }
        StringBuilder values = new StringBuilder();
        String dateFormat = "";
        String zone = "";
        String name = "";
        if (p.mapping() != null) {
            for (ImportMapping.Rule r : p.mapping().rules()) {
                r.values().forEach((from, to) -> values.append(r.field()).append(": ").append(from).append(" = ")
                        .append(to).append('\n'));
            }
            dateFormat = p.mapping().dateFormat() == null ? "" : p.mapping().dateFormat();
            zone = p.mapping().timeZone() == null ? "" : p.mapping().timeZone();
            name = MappingPresets.NAMES.contains(p.mapping().name()) ? "" : p.mapping().name();
        }
        return new DefineForm(fields, columns, values.toString(), dateFormat, zone, name, List.of());
    }

    /** The header of a kept file as written there; empty when it cannot be read. */
    private static List<String> header(Pending p) {
        try (InputStream in = Files.newInputStream(p.file());
                var parser = CsvInput.open(in, p.charset(), 1L << 20).parser()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            records.next().forEach(v -> names.add(v.replace("\uFEFF", "").strip()));
            return names;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Saves the mapping defined on the preview page for the pending file's kind, then previews the
     * file again through it.
     */
    @POST
    @Path("{token}/mapping")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NEVER)
    public Response defineMapping(@PathParam("token") String token, @RestForm String name,
            @RestForm String dateFormat, @RestForm String timeZone, @RestForm String values,
            @RestForm("column") List<String> columns, @RestForm("field") List<String> fields) throws Exception {
        Pending p = pending(token);
        if (p == null) {
            return Response.status(404).entity(page(List.of(words().preview_expired()))).build();
        }
        ImportMapping saved;
        try {
            List<ImportMapping.Rule> rules = rules(columns, fields, values);
            MappingService.Definition d = new MappingService.Definition(name, p.kind().id(), dateFormat, timeZone,
                    rules, false);
            mappings.save(d, identity.getPrincipal().getName());
            saved = mappings.resolve(MappingService.toMapping(d).name(), p.kind());
        } catch (BadRequestException e) {
            List<String> errors = new ArrayList<>();
            errors.add(e.text().in(language.get()));
            errors.addAll(e.details(language.get()));
            return Response.status(400).entity(Templates.preview(token, p.fileName(), p.kind().id(), p.mode().id(),
                    p.charset() == null ? "" : p.charset().name(), p.preview(), p.result(), false, p.effect(),
                    submitted(p, name, dateFormat, timeZone, values, columns, fields).withErrors(errors), List.of())
                    .data("nav", "import")).build();
        }
        return previewed(token, p.file(), p.fileName(), p.kind(), p.mode(), p.charset(), saved,
                List.of(words().map_saved_note(saved.name())));
    }

    /** The define form as it was sent, to correct it. */
    private static DefineForm submitted(Pending p, String name, String dateFormat, String timeZone, String values,
            List<String> columns, List<String> fields) {
        List<ColumnChoice> choices = new ArrayList<>();
        List<String> cs = columns == null ? List.of() : columns;
        for (int i = 0; i < cs.size(); i++) {
            choices.add(new ColumnChoice(cs.get(i), fields != null && i < fields.size() ? fields.get(i) : ""));
        }
        return new DefineForm(p.kind().columnNames(), choices, values == null ? "" : values,
                dateFormat == null ? "" : dateFormat, timeZone == null ? "" : timeZone, name == null ? "" : name,
                List.of());
    }

    /** The rules of the define form: a field per column (blank: ignored), value-map lines added to their field. */
    static List<ImportMapping.Rule> rules(List<String> columns, List<String> fields, String values) {
        java.util.Map<String, java.util.Map<String, String>> maps = new java.util.LinkedHashMap<>();
        for (String line : (values == null ? "" : values).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            int equals = line.lastIndexOf('=');
            if (colon <= 0 || equals <= colon) {
                String shown = RowValidator.shorten(line.strip());
                throw new BadRequestException(l -> ImportTexts.of(l).map_value_line(shown));
            }
            maps.computeIfAbsent(line.substring(0, colon).strip(), f -> new java.util.LinkedHashMap<>())
                    .put(line.substring(colon + 1, equals).strip(), line.substring(equals + 1).strip());
        }
        List<ImportMapping.Rule> rules = new ArrayList<>();
        List<String> cs = columns == null ? List.of() : columns;
        for (int i = 0; i < cs.size(); i++) {
            String field = fields != null && i < fields.size() ? fields.get(i) : "";
            rules.add(new ImportMapping.Rule(cs.get(i), field, field == null || field.isBlank() ? null
                    : maps.get(field.strip()), null));
        }
        return rules;
    }

    @POST
    @Path("{token}/confirm")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NEVER)
    public Response confirm(@PathParam("token") String token, @RestForm String mode) throws Exception {
        Pending p = pending(token);
        if (p == null) {
            return Response.status(404).entity(page(List.of(words().preview_expired())))
                    .build();
        }
        if (mode != null && !mode.isBlank()) {
            // "Import the valid rows" on a preview made in all-or-nothing mode
            ImportMode chosen = ImportApi.mode(mode);
            p = p.withMode(chosen);
        }
        java.util.concurrent.atomic.AtomicLong rows = new java.util.concurrent.atomic.AtomicLong();
        progress.put(token, rows);
        ImportResult result;
        try {
            result = imports.importFile(p.file(), p.fileName(), p.kind(), p.mode(), p.charset(), p.mapping(),
                    identity.getPrincipal().getName(), rows::set);
        } catch (UnsupportedFileException e) {
            return Response.status(415).entity(page(List.of(e.text().in(language.get())))).build();
        } catch (ImportService.TooLargeException e) {
            return Response.status(413).entity(page(List.of(e.text().in(language.get())))).build();
        } catch (ImportService.BusyException e) {
            return Response.status(409).entity(page(List.of(e.text().in(language.get())))).build();
        } finally {
            progress.remove(token);
        }
        pending.put(token, p.withResult(result));
        return Response.status(result.written() ? 200 : 422).entity(Templates.preview(token, p.fileName(),
                p.kind().id(), p.mode().id(), p.charset() == null ? "" : p.charset().name(), p.preview(), result, true,
                p.effect(), define(p), List.of()).data("nav", "import")).build();
    }

    /** How far a running import is, for the page to show while it waits. */
    @GET
    @Path("{token}/progress")
    @Produces(MediaType.TEXT_PLAIN)
    public String progress(@PathParam("token") String token) {
        java.util.concurrent.atomic.AtomicLong rows = progress.get(token);
        Pending p = pending(token);
        if (rows == null || p == null) {
            return words().progress_finishing();
        }
        return words().progress_importing(rows.get(), p.result().read());
    }

    /** The rejected rows as they were in the file, with the reason in a last column. */
    @GET
    @Path("{token}/rejected.csv")
    @Produces("text/csv")
    public Response rejected(@PathParam("token") String token) throws IOException {
        Pending p = pending(token);
        if (p == null) {
            throw new BadRequestException("This preview has expired; upload the file again.");
        }
        Map<Long, String> reasons = new java.util.HashMap<>();
        for (RowError e : p.result().errors()) {
            // the reasons as the page shows them, in the reader's language; the header stays "reason"
            reasons.merge(e.row(), (e.column() == null ? "" : e.column() + ": ") + e.message(language.get()),
                    (a, b) -> a + "; " + b);
        }
        StringWriter out = new StringWriter();
        try (InputStream in = Files.newInputStream(p.file());
                var parser = CsvInput.open(in, p.charset(), Long.MAX_VALUE / 2).parser();
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            // Row numbers as the importer counts them: the header is record 1, blank lines are not records.
            for (var record : parser) {
                long row = record.getRecordNumber() - 1;
                if (row > 0 && !reasons.containsKey(row)) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                record.forEach(v -> values.add(CsvSafety.text(v.replace("\uFEFF", ""))));
                values.add(row == 0 ? "reason" : reasons.get(row));
                csv.printRecord(values);
            }
        } catch (java.io.UncheckedIOException e) {
            // the file stops being readable where the import said so; the rows before are listed
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"rejected-" + p.kind().id() + ".csv\"").build();
    }

    private void expire() {
        Instant limit = Instant.now().minusSeconds(3600);
        pending.entrySet().removeIf(e -> {
            if (e.getValue().at().isBefore(limit)) {
                try {
                    Files.deleteIfExists(e.getValue().file());
                } catch (IOException ignored) {
                    // a temporary file left behind is removed by the system's cleanup
                }
                return true;
            }
            return false;
        });
    }
}
