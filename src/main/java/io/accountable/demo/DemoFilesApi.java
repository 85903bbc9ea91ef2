package io.accountable.demo;

import io.accountable.AccountableConfig.DemoScale;
import io.accountable.security.Role;
import io.accountable.web.BadRequestException;
import io.accountable.i18n.ErrorMsgs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The demo company as import files ({@code GET /api/demo/touchpoints.csv?scale=large}): sample
 * files in exactly the format the importer reads, and the source of the import benchmark.
 * Streamed as generated, so even the large scale needs no memory to speak of.
 */
@Path("/api/demo")
@RolesAllowed(Role.ANALYST_ID)
public class DemoFilesApi {

    @Inject
    DemoData demo;

    @org.eclipse.microprofile.openapi.annotations.Operation(summary = "The demo company's data as an import file")
    @GET
    @Path("{kind}.csv")
    public Response file(@PathParam("kind") String kind, @QueryParam("scale") String scale) {
        if (!DemoCsvWriter.KINDS.contains(kind)) {
            throw new BadRequestException(ErrorMsgs.text(m -> m.demo_kind_unknown(kind, DemoCsvWriter.KINDS.toString())));
        }
        DemoScale size;
        try {
            size = scale == null ? DemoScale.small : DemoScale.valueOf(scale);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(ErrorMsgs.text(m -> m.demo_scale_invalid(scale)));
        }
        if (size == DemoScale.none) {
            throw new BadRequestException(ErrorMsgs.text(m -> m.demo_scale_invalid("none")));
        }
        DemoGenerator generator = demo.generator(size);
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            DemoCsvWriter csv = new DemoCsvWriter(kind, writer);
            generator.generate(csv);
            csv.flush();
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"accountable-demo-" + size + "-" + kind + ".csv\"")
                .build();
    }
}
