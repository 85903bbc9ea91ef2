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
                List<String> notices, java.util.Set<Long> undoable);

        static native TemplateInstance preview(String token, String fileName, String kind, String mode,
                String charset, Preview preview, ImportResult result, boolean confirmed);
    }

    /**
     * An uploaded file waiting for confirmation, kept for an hour; {@code result} is the
     * preview's dry run until the import ran, then the import's answer.
     */
    record Pending(String user, java.nio.file.Path file, String fileName, ImportKind kind, ImportMode mode,
            Charset charset, Instant at, Preview preview, ImportResult result) {
        Pending withResult(ImportResult r) {
            return new Pending(user, file, fileName, kind, mode, charset, at, preview, r);
        }

        Pending withMode(ImportMode m) {
            return new Pending(user, file, fileName, kind, m, charset, at, preview, result);
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
        return Templates.imports(kinds(), history, errors, notices, undoable).data("nav", "import");
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
        if (p == null || p.result() != p.preview().dryRun()) {
            return Response.status(404).entity(page(List.of(words().preview_expired()))).build();
        }
        ImportKind k = ImportApi.kind(kind);
        Preview preview;
        try {
            preview = imports.preview(p.file(), k, p.mode(), p.charset());
        } catch (UnsupportedFileException e) {
            return Response.status(415).entity(page(List.of(e.text().in(language.get())))).build();
        } catch (ImportService.TooLargeException e) {
            return Response.status(413).entity(page(List.of(e.text().in(language.get())))).build();
        }
        pending.put(token, new Pending(p.user(), p.file(), p.fileName(), k, p.mode(), p.charset(), Instant.now(),
                preview, preview.dryRun()));
        return Response.ok(Templates.preview(token, p.fileName(), k.id(), p.mode().id(),
                p.charset() == null ? "" : p.charset().name(), preview, preview.dryRun(), false).data("nav", "import"))
                .build();
    }

    @POST
    @Path("preview")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NEVER)
    public Response preview(@RestForm String kind, @RestForm String mode, @RestForm String charset,
            @RestForm("file") FileUpload file) throws Exception {
        expire();
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return Response.status(400).entity(page(List.of(words().choose_file()))).build();
        }
        ImportKind k = ImportApi.kind(kind);
        ImportMode m = ImportApi.mode(mode);
        Charset cs = ImportApi.charset(charset);
        java.nio.file.Path kept = Files.createTempFile("accountable-pending-", ".csv");
        Files.copy(file.uploadedFile(), kept, StandardCopyOption.REPLACE_EXISTING);
        Preview preview;
        try {
            preview = imports.preview(kept, k, m, cs);
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
        pending.put(token, new Pending(identity.getPrincipal().getName(), kept, file.fileName(), k, m, cs, Instant.now(),
                preview, preview.dryRun()));
        return Response.ok(Templates.preview(token, file.fileName(), k.id(), m.id(), cs == null ? "" : cs.name(),
                preview, preview.dryRun(), false).data("nav", "import")).build();
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
            result = imports.importFile(p.file(), p.fileName(), p.kind(), p.mode(), p.charset(),
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
                p.kind().id(), p.mode().id(), p.charset() == null ? "" : p.charset().name(), p.preview(), result, true)
                .data("nav", "import")).build();
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
