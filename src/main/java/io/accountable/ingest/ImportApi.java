package io.accountable.ingest;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.i18n.Language;
import io.accountable.security.Role;
import io.accountable.web.ApiError;
import io.accountable.web.BadRequestException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * {@code POST /api/import/{kind}} (CSV body or multipart {@code file}) and
 * {@code GET /api/export/{kind}}: the back door of data-and-api.md.
 */
@Path("/api")
@RolesAllowed(Role.ANALYST_ID)
@Produces(MediaType.APPLICATION_JSON)
public class ImportApi {

    @Inject
    ImportService imports;
    @Inject
    ExportService exports;
    @Inject
    SecurityIdentity identity;
    @Inject
    CurrentLanguage language;
    @Inject
    MappingService mappings;

    /**
     * The JSON answer of the spec, plus {@code written} and {@code notWritten}. When nothing was
     * written (a 422) no row is reported as created or updated: the valid rows are all unchanged,
     * so the counts still reconcile, and {@code notWritten} says how many would have been
     * created or updated. The reasons and warnings are written in the request's language; field
     * names, columns and values stay as they are. {@code suggestedKind} is there only when the
     * file was refused because its columns fit that other kind clearly better.
     */
    public record Answer(String kind, long read, long created, long updated, long unchanged, long rejected,
            List<RowError.Written> errors, List<String> warnings, boolean written, long notWritten,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String suggestedKind) {
        static Answer of(ImportResult r, Language language) {
            if (!r.written()) {
                return new Answer(r.kind(), r.read(), 0, 0, r.valid(), r.rejected(), r.errors(language),
                        r.warnings(language), false, r.created() + r.updated(), r.suggestedKind());
            }
            return new Answer(r.kind(), r.read(), r.created(), r.updated(), r.unchanged(), r.rejected(),
                    r.errors(language), r.warnings(language), true, 0, null);
        }
    }

    static ImportKind kind(String id) {
        return ImportKind.fromId(id).orElseThrow(() -> new BadRequestException("Unknown kind '" + id + "'; one of "
                + java.util.Arrays.stream(ImportKind.values()).map(ImportKind::id).toList() + "."));
    }

    static ImportMode mode(String id) {
        return id == null || id.isBlank() ? ImportMode.ALL_OR_NOTHING : ImportMode.fromId(id)
                .orElseThrow(() -> new BadRequestException("'mode' is all-or-nothing or skip-invalid; got '" + id + "'."));
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown charset '" + name + "'; use utf-8 or windows-1252.");
        }
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Import a CSV file sent as the body (text/csv): row-level answer, nothing written when refused")
    @POST
    @Path("import/{kind}")
    @Consumes({"text/csv", "application/csv", "application/octet-stream"})
    public Response importBody(@PathParam("kind") String kind, @QueryParam("mode") String mode,
            @QueryParam("charset") String charset, @QueryParam("fileName") String fileName,
            @QueryParam("mapping") String mapping, InputStream body) throws Exception {
        ImportKind k = kind(kind);
        ImportMapping m = mappings.resolve(mapping, k); // an unknown mapping is a 400 before anything is read
        java.nio.file.Path spooled = Files.createTempFile("accountable-import-", ".csv");
        try {
            Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            return run(spooled, fileName, kind, mode, charset, m);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    /**
     * Any other content type (text/plain among them: an HTML form on another site can send it
     * without a preflight) is refused with a 415 and recorded in the history; nothing is read.
     */
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Any other content type: refused with 415 and recorded in the history")
    @POST
    @Path("import/{kind}")
    @Consumes(MediaType.WILDCARD)
    public Response importOther(@PathParam("kind") String kind, @QueryParam("mode") String mode,
            @QueryParam("fileName") String fileName, @jakarta.ws.rs.HeaderParam("Content-Type") String type,
            InputStream body) throws Exception {
        ImportKind k = kind(kind);
        ImportMode m = mode(mode);
        String shown = type == null ? "none" : RowValidator.shorten(type);
        // the history keeps the English; the answer speaks the request's language
        String message = ImportTexts.of(Language.EN).content_type_refused(shown);
        java.nio.file.Path spooled = Files.createTempFile("accountable-refused-", ".bin");
        try {
            // what was sent is hashed for the history (bounded by the body size limit), then removed
            Files.copy(body, spooled, StandardCopyOption.REPLACE_EXISTING);
            imports.recordRefused(k, fileName, m, identity.getPrincipal().getName(), spooled, message);
        } finally {
            Files.deleteIfExists(spooled);
        }
        return Response.status(415).entity(ApiError.of(ImportTexts.of(language.get()).content_type_refused(shown)))
                .build();
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Import a CSV file sent as the multipart/form-data part 'file'")
    @POST
    @Path("import/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importMultipart(@PathParam("kind") String kind, @QueryParam("mode") String mode,
            @QueryParam("charset") String charset, @QueryParam("mapping") String mapping,
            @RestForm("file") FileUpload file) throws Exception {
        ImportMapping m = mappings.resolve(mapping, kind(kind));
        if (file == null) {
            throw new BadRequestException("Send the CSV as the multipart part 'file'.");
        }
        return run(file.uploadedFile(), file.fileName(), kind, mode, charset, m);
    }

    /** The presets and the saved mappings, each with its columns, value maps, date format and time zone. */
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The mappings a CRM export can be imported with (?mapping=name): presets and saved ones")
    @GET
    @Path("import/mappings")
    public List<MappingService.Definition> mappings() {
        return mappings.list();
    }

    /** Saves a mapping (JSON of a definition) under its name for its kind; the same name and kind again replaces it. */
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Save a column and value mapping by name, to import with ?mapping=name")
    @POST
    @Path("import/mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    public MappingService.Definition saveMapping(String body) {
        return mappings.save(mappings.parse(body), identity.getPrincipal().getName());
    }

    private Response run(java.nio.file.Path file, String fileName, String kind, String mode, String charset,
            ImportMapping mapping) throws Exception {
        ImportKind k = kind(kind);
        ImportMode m = mode(mode);
        Charset cs = charset(charset);
        try {
            ImportResult result = imports.importFile(file, fileName, k, m, cs, mapping,
                    identity.getPrincipal().getName(), null);
            return Response.status(result.written() ? 200 : 422).entity(Answer.of(result, language.get())).build();
        } catch (ImportService.TooLargeException e) {
            return Response.status(413).entity(ApiError.of(e.text().in(language.get()))).build();
        } catch (ImportService.BusyException e) {
            return Response.status(409).entity(ApiError.of(e.text().in(language.get()))).build();
        } catch (UnsupportedFileException e) {
            return Response.status(415).entity(ApiError.of(e.text().in(language.get()))).build();
        }
    }

    /** One line of the import history, newest first in {@code GET /api/imports}. */
    public record HistoryLine(long id, String kind, String fileName, String sha256, String user, String mode,
            String status, java.time.Instant startedAt, java.time.Instant finishedAt, long read, long created,
            long updated, long unchanged, long rejected, String message,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String undoneBy,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) java.time.Instant undoneAt) {
        static HistoryLine of(ImportRecord r) {
            return new HistoryLine(r.id, r.kind, r.fileName, r.sha256, r.username, r.mode, r.status, r.startedAt,
                    r.finishedAt, r.read, r.created, r.updated, r.unchanged, r.rejected, r.message, r.undoneBy,
                    r.undoneAt);
        }
    }

    /** The import history (who, when, kind, file, SHA-256, counts, mode, status), at most {@code limit} lines. */
    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The latest imports, newest first")
    @GET
    @Path("imports")
    public List<HistoryLine> history(@QueryParam("limit") @jakarta.ws.rs.DefaultValue("50") String limit) {
        int n;
        try {
            n = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > 1000) {
            throw new BadRequestException("'limit' is a whole number from 1 to 1000; got '" + limit + "'.");
        }
        List<ImportRecord> records = ImportRecord.find("order by startedAt desc, id desc").page(0, n).list();
        return records.stream().map(HistoryLine::of).toList();
    }

    /** The answer of an undo. */
    public record Undone(long id, String kind, String status, long removed, long restored, String message) {
    }

    @Inject
    io.vertx.ext.web.RoutingContext context;

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Undo the latest import of a kind: created rows removed, updated rows restored; 409 when refused")
    @POST
    @Path("imports/{id}/undo")
    @Consumes(MediaType.WILDCARD)
    public Response undo(@PathParam("id") String id) throws Exception {
        long n;
        try {
            n = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return Response.status(404).entity(ApiError.of(ImportTexts.of(language.get()).undo_not_found(RowValidator.shorten(id))))
                    .build();
        }
        try {
            ImportUndo.Outcome o = imports.undo(n, identity.getPrincipal().getName(),
                    io.accountable.security.AuthMechanism.address(context));
            return Response.ok(new Undone(o.id(), o.kind().id(), "undone", o.removed(), o.restored(),
                    ImportTexts.of(language.get()).undo_done(o.id(), o.removed(), o.restored()))).build();
        } catch (ImportUndo.UndoRefused e) {
            return Response.status(e.notFound ? 404 : 409).entity(ApiError.of(e.text().in(language.get()))).build();
        } catch (ImportService.BusyException e) {
            return Response.status(409).entity(ApiError.of(e.text().in(language.get()))).build();
        }
    }

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "Export one kind as CSV in the import format (formula-safe)")
    @GET
    @Path("export/{kind}")
    @Produces("text/csv")
    @RolesAllowed(Role.VIEWER_ID)
    public Response export(@PathParam("kind") String kind) {
        ImportKind k = kind(kind);
        return Response.ok(exports.stream(k), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"accountable-" + k.id() + ".csv\"").build();
    }
}
