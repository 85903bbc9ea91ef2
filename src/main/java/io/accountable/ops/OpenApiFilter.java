package io.accountable.ops;

import io.accountable.attribution.engine.ModelId;
import io.accountable.filter.DashboardFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Shapes the OpenAPI document at {@code /q/openapi}: only {@code /api} (pages are not an API),
 * the three ways to authenticate, the dashboard filter's query parameters on every operation
 * marked {@code x-dashboard-filter}, and the error answers every operation can give, all in
 * the one error format.
 */
public class OpenApiFilter implements OASFilter {

    static final String FILTER_MARK = "x-dashboard-filter";
    private static final Map<String, String> ERRORS = Map.of(
            "400", "A parameter or the body is invalid; `error` says which and `details` lists every problem.",
            "401", "Not signed in: send a token (`Authorization: Bearer`) or HTTP Basic credentials.",
            "403", "The role does not allow this, or a browser on another site sent it.",
            "413", "The body is larger than the limit; nothing was read.",
            "414", "The address is longer than 8 KB.",
            "429", "Too many failed sign-ins (see `Retry-After`), or too many reports at once.",
            "503", "The numbers are not available yet (the facts are being built or the database is unreachable).");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            for (String path : new ArrayList<>(api.getPaths().getPathItems().keySet())) {
                if (!path.startsWith("/api/")) {
                    api.getPaths().removePathItem(path);
                }
            }
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("Error", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("Every error of the API").addProperty("error", OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING)).description("What went wrong, in a sentence")
                        .examples(List.of("'period' is not one of this_quarter, last_quarter, year_to_date, "
                                + "last_12_months, custom.")))
                .addProperty("details", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("Every problem found (for an import: one per rejected row)")));
        api.getComponents().addSecurityScheme("token", OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                .description("A personal access token from /profile or POST /api/tokens"));
        api.getComponents().addSecurityScheme("basic", OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP).scheme("basic")
                .description("User name and password (bcrypt on every call: prefer a token)"));
        api.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("token"),
                OASFactory.createSecurityRequirement().addScheme("basic")));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getExtensions() != null && operation.getExtensions().containsKey(FILTER_MARK)) {
                    operation.removeExtension(FILTER_MARK);
                    filterParameters().forEach(operation::addParameter);
                }
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                // Ours replace the generated 401 and 403 (which have no body) and add the others.
                ERRORS.forEach((code, text) -> operation.getResponses().addAPIResponse(code, error(text)));
                // The document-wide requirement (token or Basic) holds; the generated per-role one is not a scheme.
                operation.setSecurity(null);
            }
        }
    }

    private static APIResponse error(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Error"))));
    }

    /** The dashboard filter, as docs/data-and-api.md describes it. */
    static List<Parameter> filterParameters() {
        List<Parameter> list = new ArrayList<>();
        list.add(query("period", "A preset period (default last_12_months); `custom` with from and to",
                DashboardFilter.PERIODS, "last_quarter"));
        list.add(query("from", "First day (yyyy-mm-dd), with period=custom", null, "2026-01-01"));
        list.add(query("to", "Last day (yyyy-mm-dd), with period=custom", null, "2026-03-31"));
        list.add(query("model", "Attribution model (default from the settings)",
                Arrays.stream(ModelId.values()).map(ModelId::id).toList(), "w_shaped"));
        list.add(query("view", "Which deals count: `revenue` (won, by close date) or `pipeline` (created)",
                List.of("revenue", "pipeline"), "revenue"));
        list.add(query("lookbackDays", "Days before a deal's creation a touch still counts, or `all`", null, "180"));
        list.add(query("halfLifeDays", "Half-life of time-decay credit, in days", null, "30"));
        for (String account : List.of("tier", "segment", "region", "industry")) {
            list.add(query(account, "Only accounts of this " + account, null, null));
        }
        list.add(query("target", "Only target accounts (`true`) or only others (`false`)", List.of("true", "false"),
                "true"));
        list.add(query("groupBy", "How credit is grouped (attribution only)", DashboardFilter.GROUPINGS, "channel"));
        return list;
    }

    private static Parameter query(String name, String description, List<String> values, String example) {
        Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        if (values != null) {
            schema.enumeration(new ArrayList<>(values));
        }
        Parameter parameter = OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description)
                .schema(schema);
        if (example != null) {
            parameter.example(example);
        }
        return parameter;
    }
}
