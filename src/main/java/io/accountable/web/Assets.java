package io.accountable.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Versioned URLs for static files, so browsers may keep them for a year. Templates write
 * {@code {inject:assets.url('/static/app.css')}}: a file of ours gets {@code ?v=} and the first
 * 12 hex digits of its SHA-256; a webjar gets its version in the path. Only a URL issued here
 * is answered with {@code Cache-Control: public, max-age=31536000, immutable}; any other static
 * URL gets {@code no-cache}, so an old name is revalidated rather than trusted.
 */
@Named("assets")
@ApplicationScoped
public class Assets {

    private static final String ROOT = "META-INF/resources";
    private final Map<String, String> urls = new ConcurrentHashMap<>();
    private final Set<String> immutable = ConcurrentHashMap.newKeySet();

    public String url(String path) {
        return urls.computeIfAbsent(path, p -> {
            String url = p.startsWith("/webjars/") ? webjar(p) : p + "?v=" + hash(p);
            immutable.add(url);
            return url;
        });
    }

    boolean isImmutable(String uri) {
        return immutable.contains(uri);
    }

    void install(@Observes Router router) {
        router.route().order(-900).handler(context -> {
            String path = context.normalizedPath();
            if (path.startsWith("/static/") || path.startsWith("/webjars/")) {
                String uri = context.request().uri();
                context.addHeadersEndHandler(ignored -> {
                    var response = context.response();
                    if (response.getStatusCode() == 200 || response.getStatusCode() == 304) {
                        response.headers().set("Cache-Control",
                                isImmutable(uri) ? "public, max-age=31536000, immutable" : "no-cache");
                    }
                });
            }
            context.next();
        });
    }

    /** {@code /webjars/htmx.org/dist/x.js} becomes {@code /webjars/htmx.org/<version>/dist/x.js}. */
    private static String webjar(String path) {
        String rest = path.substring("/webjars/".length());
        int slash = rest.indexOf('/');
        String name = rest.substring(0, slash);
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            if (in == null) {
                throw new IllegalArgumentException("No webjar " + name);
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "/webjars/" + name + "/" + pom.getProperty("version") + rest.substring(slash);
    }

    private static String hash(String path) {
        try (InputStream in = resource(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No static file " + path);
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) {
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
    }
}
