package io.accountable.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.accountable.TestUsers;
import io.accountable.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document covers every /api method, with a summary, its errors and the filter's parameters. */
@QuarkusTest
class OpenApiTest {

    private static JsonPath document() {
        return TestUsers.api(Role.VIEWER).queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
    }

    /** Every resource method under /api, found in the compiled classes: "get /api/kpis/stages". */
    static List<String> apiMethods() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of("target", "classes");
        List<String> found = new ArrayList<>();
        try (var files = Files.walk(root.resolve("io/accountable"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiTest.class.getClassLoader());
                Path base = type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = method.isAnnotationPresent(GET.class) ? "get" : method.isAnnotationPresent(POST.class)
                            ? "post" : method.isAnnotationPresent(DELETE.class) ? "delete"
                            : method.isAnnotationPresent(PUT.class) ? "put" : null;
                    if (verb == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String path = ("/" + base.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                    path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
                    if (path.startsWith("/api/")) {
                        found.add(verb + " " + path);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void shouldDocumentEveryApiMethodWithASummary() throws Exception {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> methods = apiMethods();
        assertTrue(methods.size() >= 17, "found " + methods);
        for (String method : methods) {
            String verb = method.substring(0, method.indexOf(' '));
            String path = method.substring(method.indexOf(' ') + 1);
            Map<String, Map<String, Object>> item = paths.get(path);
            assertTrue(item != null && item.containsKey(verb), "undocumented: " + method);
            Object summary = item.get(verb).get("summary");
            assertTrue(summary instanceof String s && !s.isBlank(), "no summary: " + method);
        }
    }

    @Test
    void shouldListOnlyTheApiWithErrorsSecurityAndFilterParameters() {
        JsonPath doc = document();
        Map<String, Object> paths = doc.getMap("paths");
        assertFalse(paths.isEmpty());
        paths.keySet().forEach(p -> assertTrue(p.startsWith("/api/"), "a page in the API document: " + p));
        assertEquals("#/components/schemas/Error",
                doc.getString("paths.'/api/kpis'.get.responses.'401'.content.'application/json'.schema.$ref"));
        List<String> parameters = doc.getList("paths.'/api/kpis'.get.parameters.name");
        assertTrue(parameters.containsAll(List.of("period", "from", "to", "model", "view", "tier")), "" + parameters);
        assertEquals("bearer", doc.getString("components.securitySchemes.token.scheme"));
        assertEquals("basic", doc.getString("components.securitySchemes.basic.scheme"));
    }

    @Test
    void shouldShowTheDocumentAndSwaggerUiToSignedInUsersOnly() {
        given().get("/q/openapi").then().statusCode(401);
        given().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(302)
                .header("Location", containsString("/login"));
        TestUsers.as(Role.VIEWER).get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        TestUsers.as(Role.VIEWER).get("/q/openapi").then().statusCode(200).body(containsString("Accountable API"));
    }
}
