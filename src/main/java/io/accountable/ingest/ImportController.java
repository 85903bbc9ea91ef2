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
import java.sql.SQLException;
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
                List<String> notices, java.util.Set<Long> undoable, List<String> presets, List<String> saved);

        static native TemplateInstance preview(String token, String fileName, String kind, String mode,
                String charset, Preview preview, ImportResult result, boolean confirmed, String state,
                ImportProgress progress, MappingEffect effect, DefineForm define, List<String> notes);

        /** The progress of a check or an import, polled by the page. */
        static native TemplateInstance preview$job(String token, String state, ImportProgress progress);
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
     * Files up to this size are checked (and imported) before the page answers, as one page;
     * larger ones show their first rows at once while the check (the import) runs in the
     * background with progress.
     */
    static final long AT_ONCE_BYTES = 1L << 20;
    /** How long a cancel waits for the pass it stops to end (it stops within a chunk of rows). */
    private static final long CANCEL_WAIT_SECONDS = 30;

    /**
     * An uploaded file waiting for confirmation, kept for an hour. {@code preview} is the sample
     * (first rows) until the check ends, then the full preview; {@code result} is null while the
     * check runs, then its dry run, then the import's answer. {@code job} is the pass running
     * (check or import), null when none. {@code mapping} is the mapping the file is read through
     * (null: the import format) and {@code effect} what it made of the first rows (of the sample,
     * then of the check).
     */
    static final class Pending {
        final String user;
        final java.nio.file.Path file;
        final String fileName;
        final ImportKind kind;
        final Charset charset;
        final ImportOptions options;
        final ImportMapping mapping;
        final Instant at = Instant.now();
        volatile ImportMode mode;
        volatile Preview preview;
        volatile MappingEffect effect;
        /** Notes shown above the preview while it is kept (the mapping just saved). */
        volatile List<String> notes = List.of();
        volatile ImportResult result;
        volatile boolean confirmed;
        volatile boolean cancelled;
        /** Why the pass failed (a file that turns out not to be UTF-8, another import running); null when it did not. */
        volatile io.accountable.i18n.Text failure;
        volatile int failureStatus;
        volatile Job job;
        /** The pass that ran last, to show where it ended. */
        volatile Job last;

        Pending(String user, java.nio.file.Path file, String fileName, ImportKind kind, ImportMode mode,
                Charset charset, ImportOptions options, ImportMapping mapping, ImportService.Mapped sample) {
            this.user = user;
            this.file = file;
            this.fileName = fileName;
            this.kind = kind;
            this.mode = mode;
            this.charset = charset;
            this.options = options;
            this.mapping = mapping;
            this.preview = sample.preview();
            this.effect = sample.mapping();
        }

        String state() {
            Job j = job;
            if (j != null) {
                return j.phase;
            }
            return confirmed ? "done" : "checked";
        }
    }

    /** A pass over a pending file in the background: "checking" or "importing". */
    record Job(String phase, ImportProgress progress, java.util.concurrent.Future<?> future) {
    }

    /** The upload behind a token, only for the user who uploaded it; null when unknown or expired. */
    private Pending pending(String token) {
        Pending p = pending.get(token);
        return p != null && p.user.equals(identity.getPrincipal().getName()) ? p : null;
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ImportController.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    /** The passes over pending files: two at a time (imports themselves still run one at a time). */
    private final java.util.concurrent.ExecutorService passes = java.util.concurrent.Executors.newFixedThreadPool(2,
            r -> {
                Thread t = new Thread(r, "import-pass");
                t.setDaemon(true);
                return t;
            });

    @jakarta.annotation.PreDestroy
    void stop() {
        passes.shutdownNow();
    }

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
        return page(errors, List.of());
    }

    private TemplateInstance page(List<String> errors, List<String> notices) {
        List<ImportRecord> history = ImportRecord.find("order by startedAt desc, id desc").page(0, 50).list();
        java.util.Set<Long> undoable;
        try {
            undoable = imports.undoable();
        } catch (java.sql.SQLException e) {
            undoable = java.util.Set.of();
        }
        return Templates.imports(kinds(), history, errors, notices, undoable, MappingPresets.NAMES,
                mappings.savedNames()).data("nav", "import");
    }

    @Inject
    io.vertx.ext.web.RoutingContext context;

    /** The Undo button of the history: the latest import of a kind, undone (or refused with a 409). */
    @POST
    @Path("history/{id}/undo")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NEVER)
    public Response undo(@PathParam("id") String id) throws Exception {
        long n;
        try {
            n = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return Response.status(404).entity(page(List.of(words().undo_not_found(RowValidator.shorten(id)))))
                    .build();
        }
        try {
            ImportUndo.Outcome o = imports.undo(n, identity.getPrincipal().getName(),
                    io.accountable.security.AuthMechanism.address(context));
            return Response.ok(page(List.of(), List.of(words().undo_done(o.id(), o.removed(), o.restored()))))
                    .build();
        } catch (ImportUndo.UndoRefused e) {
            return Response.status(e.notFound ? 404 : 409).entity(page(List.of(e.text().in(language.get()))))
                    .build();
        } catch (ImportService.BusyException e) {
            return Response.status(409).entity(page(List.of(e.text().in(language.get())))).build();
        }
    }

    /** "Preview it as ...": the uploaded file previewed again as the kind its columns fit. */
    @POST
    @Path("{token}/preview-as")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NEVER)
    public Response previewAs(@PathParam("token") String token, @RestForm String kind) throws Exception {
        Pending p = pending(token);
        if (p == null || p.job != null || p.confirmed || p.result == null) {
            return Response.status(404).entity(page(List.of(words().preview_expired()))).build();
        }
        ImportKind k = ImportApi.kind(kind);
        // a mapping is for one kind: the one of the same name for the suggested kind (a preset's), else none
        ImportMapping mapping = null;
        if (p.mapping != null) {
            try {
                mapping = mappings.resolve(p.mapping.name(), k);
            } catch (BadRequestException e) {
                mapping = null;
            }
        }
        ImportService.Mapped sample;
        try {
            sample = imports.sample(p.file, k, p.options, mapping);
        } catch (UnsupportedFileException e) {
            return Response.status(415).entity(page(List.of(e.text().in(language.get())))).build();
        } catch (ImportService.TooLargeException e) {
            return Response.status(413).entity(page(List.of(e.text().in(language.get())))).build();
        }
        Pending again = new Pending(p.user, p.file, p.fileName, k, p.mode, p.charset, p.options, mapping, sample);
        pending.put(token, again);
        Job job = check(again);
        if (size(again.file) <= AT_ONCE_BYTES) {
            await(job);
        }
        return show(token, again);
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
        ImportOptions options = imports.options(m, cs);
        java.nio.file.Path kept = Files.createTempFile("accountable-pending-", ".csv");
        Files.copy(file.uploadedFile(), kept, StandardCopyOption.REPLACE_EXISTING);
        ImportService.Mapped sample;
        try {
            sample = imports.sample(kept, k, options, chosen);
        } catch (UnsupportedFileException e) {
            Files.deleteIfExists(kept);
            return Response.status(415).entity(page(List.of(e.text().in(language.get())))).build();
        } catch (ImportService.TooLargeException e) {
            Files.deleteIfExists(kept);
            return Response.status(413).entity(page(List.of(e.text().in(language.get())))).build();
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Pending p = new Pending(identity.getPrincipal().getName(), kept, file.fileName(), k, m, cs, options, chosen,
                sample);
        pending.put(token, p);
        Job job = check(p);
        if (Files.size(kept) <= AT_ONCE_BYTES) {
            await(job);
        }
        return show(token, p);
    }

    /** Starts the full check of a pending file: every row validated and classified, streamed. */
    private Job check(Pending p) {
        String user = p.user;
        ImportProgress progress = new ImportProgress(size(p.file));
        java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> {
            try {
                ImportService.Mapped full = imports.preview(p.file, p.kind, p.options, p.mapping, progress);
                progress.finished(full.preview().dryRun().read());
                p.preview = full.preview();
                if (full.mapping() != null) {
                    p.effect = full.mapping();
                }
                p.result = full.preview().dryRun();
            } catch (ImportProgress.Cancelled e) {
                p.cancelled = true;
                imports.recordCancelled(p.kind, p.fileName, p.mode, user, p.file, e.rows());
            } catch (UnsupportedFileException e) {
                fail(p, e.text(), 415);
            } catch (ImportService.TooLargeException e) {
                fail(p, e.text(), 413);
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.warnf(e, "The check of %s failed", p.fileName);
                fail(p, l -> ImportTexts.of(l).check_failed(), 500);
            } finally {
                p.last = p.job;
                p.job = null;
            }
            return null;
        });
        Job job = new Job("checking", progress, task);
        p.job = job;
        passes.execute(task);
        return job;
    }

    private static void fail(Pending p, io.accountable.i18n.Text text, int status) {
        p.failure = text;
        p.failureStatus = status;
    }

    private static long size(java.nio.file.Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Waits for a pass to end (a small file's pass ends within a second or two). */
    private static void await(Job job) {
        try {
            job.future().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
            // the pass records its own failure on the pending file
        }
    }

    /** The page of a pending file in its current state. */
    private Response show(String token, Pending p) {
        return show(token, p, null, 0);
    }

    /**
     * The page of a pending file in its current state; {@code sent} is a define form sent with
     * errors to show again (null: the form of the file, once checked), {@code forced} a status
     * (0: the state's).
     */
    private Response show(String token, Pending p, DefineForm sent, int forced) {
        if (p.cancelled) {
            pending.remove(token);
            delete(p.file);
            return Response.ok(page(List.of(), List.of(words().cancelled_nothing_written()))).build();
        }
        if (p.failure != null) {
            io.accountable.i18n.Text failure = p.failure;
            int status = p.failureStatus;
            p.failure = null;
            if (!p.confirmed && p.result == null) {
                // the check failed: the file cannot be imported as it is
                pending.remove(token);
                delete(p.file);
            }
            return Response.status(status).entity(page(List.of(failure.in(language.get())))).build();
        }
        String state = p.state();
        Job job = p.job;
        ImportResult result = p.result;
        int status = forced != 0 ? forced : p.confirmed && job == null && !result.written() ? 422 : 200;
        // the define form once the check has ended (it checks the file again), or as sent to correct it
        DefineForm define = sent != null ? sent : "checked".equals(state) ? define(p) : null;
        return Response.status(status).entity(Templates.preview(token, p.fileName, p.kind.id(), p.mode.id(),
                p.charset == null ? "" : p.charset.name(), p.preview, result, p.confirmed && job == null, state,
                job == null ? null : job.progress(), p.effect, define, p.notes).data("nav", "import")).build();
    }

    /** The define form for a pending file, filled from its mapping (or the import format's names). */
    private static DefineForm define(Pending p) {
        List<String> fields = p.kind.columnNames();
        MappingEffect effect = p.effect;
        List<String> header = effect != null ? effect.fileColumns() : header(p);
        List<ColumnChoice> columns = new ArrayList<>();
        for (String column : header) {
            String field;
            if (p.mapping != null) {
                field = p.mapping.rules().stream().filter(r -> r.field() != null
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
        if (p.mapping != null) {
            for (ImportMapping.Rule r : p.mapping.rules()) {
                r.values().forEach((from, to) -> values.append(r.field()).append(": ").append(from).append(" = ")
                        .append(to).append('\n'));
            }
            dateFormat = p.mapping.dateFormat() == null ? "" : p.mapping.dateFormat();
            zone = p.mapping.timeZone() == null ? "" : p.mapping.timeZone();
            name = MappingPresets.NAMES.contains(p.mapping.name()) ? "" : p.mapping.name();
        }
        return new DefineForm(fields, columns, values.toString(), dateFormat, zone, name, List.of());
    }

    /** The header of a kept file as written there; empty when it cannot be read. */
    private static List<String> header(Pending p) {
        try (InputStream in = Files.newInputStream(p.file);
                var parser = CsvInput.open(in, p.charset, 1L << 20).parser()) {
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
     * Saves the mapping defined on the preview page for the pending file's kind, then checks the
     * file again through it (in the background for a large file, as an upload).
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
        if (p.job != null) {
            // a check or an import runs: the page says which
            return show(token, p);
        }
        ImportMapping saved;
        try {
            List<ImportMapping.Rule> rules = rules(columns, fields, values);
            MappingService.Definition d = new MappingService.Definition(name, p.kind.id(), dateFormat, timeZone,
                    rules, false);
            mappings.save(d, identity.getPrincipal().getName());
            saved = mappings.resolve(MappingService.toMapping(d).name(), p.kind);
        } catch (BadRequestException e) {
            List<String> errors = new ArrayList<>();
            errors.add(e.text().in(language.get()));
            errors.addAll(e.details(language.get()));
            return show(token, p, submitted(p, name, dateFormat, timeZone, values, columns, fields).withErrors(errors),
                    400);
        }
        ImportService.Mapped sample;
        try {
            sample = imports.sample(p.file, p.kind, p.options, saved);
        } catch (UnsupportedFileException e) {
            return Response.status(415).entity(page(List.of(e.text().in(language.get())))).build();
        } catch (ImportService.TooLargeException e) {
            return Response.status(413).entity(page(List.of(e.text().in(language.get())))).build();
        }
        Pending again = new Pending(p.user, p.file, p.fileName, p.kind, p.mode, p.charset, p.options, saved, sample);
        again.notes = List.of(words().map_saved_note(saved.name()));
        pending.put(token, again);
        Job job = check(again);
        if (size(again.file) <= AT_ONCE_BYTES) {
            await(job);
        }
        return show(token, again);
    }

    /** The define form as it was sent, to correct it. */
    private static DefineForm submitted(Pending p, String name, String dateFormat, String timeZone, String values,
            List<String> columns, List<String> fields) {
        List<ColumnChoice> choices = new ArrayList<>();
        List<String> cs = columns == null ? List.of() : columns;
        for (int i = 0; i < cs.size(); i++) {
            choices.add(new ColumnChoice(cs.get(i), fields != null && i < fields.size() ? fields.get(i) : ""));
        }
        return new DefineForm(p.kind.columnNames(), choices, values == null ? "" : values,
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

    /** The page of a pending file: its preview while checked, its progress, its result. */
    @GET
    @Path("{token}")
    public Response view(@PathParam("token") String token) {
        Pending p = pending(token);
        if (p == null) {
            return Response.status(404).entity(page(List.of(words().preview_expired()))).build();
        }
        return show(token, p);
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
        ImportMode chosen = p.mode;
        if (mode != null && !mode.isBlank()) {
            // "Import the valid rows" on a preview made in all-or-nothing mode
            chosen = ImportApi.mode(mode);
        }
        Job job;
        synchronized (p) {
            if (p.job != null || p.result == null || p.confirmed) {
                // still checking, already importing or imported: the page says which
                return show(token, p);
            }
            p.mode = chosen;
            job = importing(p, imports.options(chosen, p.charset));
        }
        if (size(p.file) <= AT_ONCE_BYTES) {
            await(job);
        }
        return show(token, p);
    }

    /** Starts the import of a checked file in the background, in one transaction. */
    private Job importing(Pending p, ImportOptions options) {
        ImportProgress progress = new ImportProgress(size(p.file), p.result.read());
        java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> {
            try {
                ImportResult result = imports.importFile(p.file, p.fileName, p.kind, options, p.mapping, p.user,
                        progress);
                progress.finished(result.read());
                p.result = result;
                p.confirmed = true;
            } catch (ImportProgress.Cancelled e) {
                p.cancelled = true;
            } catch (UnsupportedFileException e) {
                fail(p, e.text(), 415);
            } catch (ImportService.TooLargeException e) {
                fail(p, e.text(), 413);
            } catch (ImportService.BusyException e) {
                fail(p, e.text(), 409);
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.warnf(e, "The import of %s failed", p.fileName);
                fail(p, l -> ImportTexts.of(l).import_failed(), 500);
            } finally {
                p.last = p.job;
                p.job = null;
            }
            return null;
        });
        Job job = new Job("importing", progress, task);
        p.job = job;
        passes.execute(task);
        return job;
    }

    /**
     * Cancels the check or the import of a file: it stops within a chunk of rows, rolls back and
     * writes nothing; the history shows it "cancelled". A file checked and not imported is
     * dropped.
     */
    @POST
    @Path("{token}/cancel")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NEVER)
    public Response cancel(@PathParam("token") String token) {
        Pending p = pending(token);
        if (p == null) {
            return Response.status(404).entity(page(List.of(words().preview_expired()))).build();
        }
        Job job;
        synchronized (p) {
            job = p.job;
            if (job == null && !p.confirmed) {
                p.cancelled = true; // nothing runs: the preview is dropped
            }
        }
        if (job != null) {
            job.progress().cancel();
            try {
                job.future().get(CANCEL_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // shown as it is now
            }
        }
        if (p.confirmed && !p.cancelled) {
            // the import had ended before the cancel reached it
            return Response.status(409).entity(page(List.of(words().cancel_too_late()))).build();
        }
        return show(token, p);
    }

    /** The progress of a running check or import, polled by the page; when it ends, the page is loaded again. */
    @GET
    @Path("{token}/status")
    public Response status(@PathParam("token") String token) {
        Pending p = pending(token);
        if (p == null) {
            return Response.ok("").header("HX-Redirect", "/import").build();
        }
        Job job = p.job;
        if (job == null) {
            // the pass ended: where it ended, and the page again with its result
            Job last = p.last;
            return Response.ok(last == null ? "" : Templates.preview$job(token, last.phase(), last.progress()))
                    .header("HX-Redirect", "/import/" + token).build();
        }
        return Response.ok(Templates.preview$job(token, job.phase(), job.progress())).build();
    }

    /** How far a running import is, for the page to show while it waits. */
    @GET
    @Path("{token}/progress")
    @Produces(MediaType.TEXT_PLAIN)
    public String progress(@PathParam("token") String token) {
        Pending p = pending(token);
        Job job = p == null ? null : p.job;
        if (job == null) {
            return words().progress_finishing();
        }
        ImportProgress progress = job.progress();
        return "checking".equals(job.phase()) ? words().checking_rows(progress.rows(), progress.percent())
                : words().progress_importing(progress.rows(), progress.totalRows());
    }

    /** The rejected rows as they were in the file, with the reason in a last column. */
    @GET
    @Path("{token}/rejected.csv")
    @Produces("text/csv")
    public Response rejected(@PathParam("token") String token) throws IOException {
        Pending p = pending(token);
        if (p == null || p.result == null) {
            throw new BadRequestException("This preview has expired; upload the file again.");
        }
        Map<Long, String> reasons = new java.util.HashMap<>();
        for (RowError e : p.result.errors()) {
            // the reasons as the page shows them, in the reader's language; the header stays "reason"
            reasons.merge(e.row(), (e.column() == null ? "" : e.column() + ": ") + e.message(language.get()),
                    (a, b) -> a + "; " + b);
        }
        StringWriter out = new StringWriter();
        try (InputStream in = Files.newInputStream(p.file);
                var parser = CsvInput.open(in, p.charset, Long.MAX_VALUE / 2).parser();
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
                "attachment; filename=\"rejected-" + p.kind.id() + ".csv\"").build();
    }

    private void expire() {
        Instant limit = Instant.now().minusSeconds(3600);
        pending.entrySet().removeIf(e -> {
            Pending p = e.getValue();
            if (p.at.isBefore(limit) && p.job == null) {
                delete(p.file);
                return true;
            }
            return false;
        });
    }

    private static void delete(java.nio.file.Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is removed by the system's cleanup
        }
    }
}
