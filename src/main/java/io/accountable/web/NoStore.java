package io.accountable.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Everything the application itself answers (pages, fragments, PDFs, CSVs, the API) is about the
 * signed-in user's data: {@code Cache-Control: no-store}, so no browser or proxy keeps a copy.
 * Static files (served beside the application) keep their own caching.
 */
public class NoStore {

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
