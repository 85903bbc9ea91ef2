package io.accountable.filter;

import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The active account filters as chips, each with the query that removes it:
 * {@code {#for c in filters:chips(view.filter)}} (the tag {@code filterChips} draws them).
 */
@TemplateExtension(namespace = "filters")
public final class FilterChips {

    private FilterChips() {
    }

    /** One active filter: its kind ({@code tier}), its value, and the filter's query without it. */
    public record Chip(String key, String value, String without) {
    }

    static final List<String> REMOVABLE = List.of("tier", "segment", "region", "industry");

    public static List<Chip> chips(DashboardFilter filter) {
        Map<String, String> query = filter.toQuery();
        List<Chip> chips = new ArrayList<>();
        for (String key : REMOVABLE) {
            String value = query.get(key);
            if (value != null) {
                Map<String, String> without = new LinkedHashMap<>(query);
                without.remove(key);
                chips.add(new Chip(key, value, DashboardFilter.queryString(without)));
            }
        }
        return chips;
    }
}
