package io.accountable.web;

import io.accountable.i18n.CurrentLanguage;
import io.accountable.i18n.Language;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The language of a request answered before any user is known (401, 413, 414, 429 and the
 * other refusals made on the Vert.x router): the language cookie, else {@code Accept-Language},
 * else English. The same order as {@link CurrentLanguage}, without needing a request scope.
 */
public final class RequestLanguage {

    private RequestLanguage() {
    }

    public static Language of(RoutingContext context) {
        return context == null ? Language.EN : of(context.request());
    }

    public static Language of(HttpServerRequest request) {
        if (request == null) {
            return Language.EN;
        }
        try {
            Cookie cookie = request.getCookie(CurrentLanguage.COOKIE);
            return Language.of(cookie == null ? null : cookie.getValue())
                    .or(() -> Language.fromAcceptLanguage(request.getHeader("Accept-Language")))
                    .orElse(Language.EN);
        } catch (RuntimeException e) {
            return Language.EN;
        }
    }

    /** For JAX-RS filters: the cookie's and the header's values. */
    public static Language of(String cookie, String acceptLanguage) {
        return Language.of(cookie).or(() -> Language.fromAcceptLanguage(acceptLanguage)).orElse(Language.EN);
    }
}
