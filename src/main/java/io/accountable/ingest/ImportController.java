package io.accountable.ingest;

import io.accountable.ingest.ImportFormat.Kind;
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
        static native TemplateInstance imports(List<String> kinds, List<ImportRecord> history, List<String> errors);

        static native TemplateInstance preview(String token, String fileName, String kind, String mode,
                String charset, CsvImport.Result result, boolean confirmed);
    }

    /** An uploaded file waiting for confirmation, kept for an hour. */
    record Pending(java.nio.file.Path file, String fileName, Kind kind, CsvImport.Mode mode, Charset charset,
            Instant at, CsvImport.Result result) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicLong> progress = new ConcurrentHashMap<>();

    @Inject
    ImportService imports;
    @Inject
    SecurityIdentity identity;

    private static List<String> kinds() {
        return Arrays.stream(Kind.values()).map(Kind::id).toList();
    }

    @GET
    public TemplateInstance page() {
        return page(List.of());
    }

    private TemplateInstance page(List<String> errors) {
        List<ImportRecord> history = ImportRecord.find("order by startedAt desc").page(0, 50).list();
        return Templates.imports(kinds(), history, errors).data("nav", "import");
    }

    @POST
    @Path("preview")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NEVER)
    public Response preview(@RestForm String kind, @RestForm String mode, @RestForm String charset,
            @RestForm("file") FileUpload file) throws Exception {
        expire();
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return Response.status(400).entity(page(List.of("Choose a file to import."))).build();
        }
        Kind k = ImportApi.kind(kind);
        CsvImport.Mode m = ImportApi.mode(mode);
        Charset cs = ImportApi.charset(charset);
        java.nio.file.Path kept = Files.createTempFile("accountable-pending-", ".csv");
        Files.copy(file.uploadedFile(), kept, StandardCopyOption.REPLACE_EXISTING);
        CsvImport.Result result;
        try {
            result = imports.importFile(kept, file.fileName(), k, m, cs, identity.getPrincipal().getName(), true);
        } catch (CsvImport.NotTextException | ImportService.TooLargeException e) {
            Files.deleteIfExists(kept);
            return Response.status(e instanceof CsvImport.NotTextException ? 415 : 413)
                    .entity(page(List.of(e.getMessage()))).build();
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        pending.put(token, new Pending(kept, file.fileName(), k, m, cs, Instant.now(), result));
        return Response.ok(Templates.preview(token, file.fileName(), k.id(), m.id(), cs == null ? "" : cs.name(),
                result, false).data("nav", "import")).build();
    }

    @POST
    @Path("{token}/confirm")
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.NEVER)
    public Response confirm(@PathParam("token") String token) throws Exception {
        Pending p = pending.get(token);
        if (p == null) {
            return Response.status(404).entity(page(List.of("This preview has expired; upload the file again.")))
                    .build();
        }
        java.util.concurrent.atomic.AtomicLong rows = new java.util.concurrent.atomic.AtomicLong();
        progress.put(token, rows);
        CsvImport.Result result;
        try {
            result = imports.importFile(p.file(), p.fileName(), p.kind(), p.mode(), p.charset(),
                    identity.getPrincipal().getName(), false, rows::set);
        } finally {
            progress.remove(token);
        }
        pending.put(token, new Pending(p.file(), p.fileName(), p.kind(), p.mode(), p.charset(), p.at(), result));
        return Response.status(result.written() ? 200 : 422).entity(Templates.preview(token, p.fileName(),
                p.kind().id(), p.mode().id(), p.charset() == null ? "" : p.charset().name(), result, true)
                .data("nav", "import")).build();
    }

    /** How far a running import is, for the page to show while it waits. */
    @GET
    @Path("{token}/progress")
    @Produces(MediaType.TEXT_PLAIN)
    public String progress(@PathParam("token") String token) {
        java.util.concurrent.atomic.AtomicLong rows = progress.get(token);
        Pending p = pending.get(token);
        if (rows == null || p == null) {
            return "Finishing…";
        }
        return "Importing: " + rows.get() + " of " + p.result().read() + " rows read…";
    }

    /** The rejected rows as they were in the file, with the reason in a last column. */
    @GET
    @Path("{token}/rejected.csv")
    @Produces("text/csv")
    public Response rejected(@PathParam("token") String token) throws IOException {
        Pending p = pending.get(token);
        if (p == null) {
            throw new BadRequestException("This preview has expired; upload the file again.");
        }
        Map<Long, String> reasons = new java.util.HashMap<>();
        for (CsvImport.RowError e : p.result().errors()) {
            reasons.merge(e.row(), (e.column() == null ? "" : e.column() + ": ") + e.message(), (a, b) -> a + "; " + b);
        }
        StringWriter out = new StringWriter();
        Charset cs = p.charset() == null ? java.nio.charset.StandardCharsets.UTF_8 : p.charset();
        try (var reader = Files.newBufferedReader(p.file(), cs);
                var parser = org.apache.commons.csv.CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.RFC4180.builder().setDelimiter(delimiter(p.result().delimiter())).get())
                        .get();
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            long row = -1;
            for (var record : parser) {
                row++;
                List<String> values = new ArrayList<>();
                record.forEach(v -> values.add(CsvSafety.text(v.replace("\uFEFF", ""))));
                if (row == 0) {
                    values.add("reason");
                    csv.printRecord(values);
                } else if (reasons.containsKey(row)) {
                    values.add(reasons.get(row));
                    csv.printRecord(values);
                }
            }
        }
        return Response.ok(out.toString(), "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"rejected-" + p.kind().id() + ".csv\"").build();
    }

    private static char delimiter(String name) {
        return "tab".equals(name) ? '\t' : name == null || name.isEmpty() ? ',' : name.charAt(0);
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
