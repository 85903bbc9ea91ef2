package io.accountable.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds {@code Server-Timing: app;dur=...} to every answer: the time spent computing and
 * rendering it, after sign-in. Browsers show it in their developer tools and the benchmark
 * script reads it (an API call with HTTP Basic also pays a bcrypt check, about 100 ms).
 */
public class ServerTiming {

    private static final String STARTED = ServerTiming.class.getName() + ".started";

    @ServerRequestFilter(preMatching = true)
    public void start(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    public void stop(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (started instanceof Long nanos) {
            double ms = (System.nanoTime() - nanos) / 1_000_000.0;
            response.getHeaders().putSingle("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.1f", ms));
        }
    }
}
