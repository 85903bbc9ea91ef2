package io.accountable.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * When the session has expired, the form login answers an htmx request with a redirect to
 * the login page, which htmx would follow and swap into a fragment. Instead the browser gets
 * a 401 with {@code HX-Redirect}, and htmx loads the login page as a whole page.
 */
@ApplicationScoped
public class HtmxSessionExpiry {

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            if ("true".equals(context.request().getHeader("HX-Request"))) {
                context.addHeadersEndHandler(ignored -> {
                    var response = context.response();
                    String location = response.headers().get("Location");
                    if (response.getStatusCode() == 302 && location != null && location.contains("/login")) {
                        response.setStatusCode(401);
                        response.headers().remove("Location");
                        response.headers().set("HX-Redirect", "/login");
                    }
                });
            }
            context.next();
        });
    }
}
