package io.accountable.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/**
 * Chart data goes to the page as JSON written by Jackson, never concatenated by hand. The
 * output is placed in a {@code <script type="application/json">}; {@code <} is escaped so a
 * value can never close the script element.
 */
@TemplateExtension(namespace = "json")
public final class Json {

    private Json() {
    }

    public static String of(Object value) {
        try {
            String json = Arc.container().instance(ObjectMapper.class).get().writeValueAsString(value);
            return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write chart data as JSON", e);
        }
    }
}
