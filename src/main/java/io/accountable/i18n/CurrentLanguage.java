package io.accountable.i18n;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.vertx.core.http.Cookie;

/**
 * The language of this request: the {@code accountable-lang} cookie (set by the switcher and,
 * at sign-in, from the user's stored choice), else {@code Accept-Language}, else English.
 */
@RequestScoped
@jakarta.inject.Named("language")
public class CurrentLanguage {

    public static final String COOKIE = "accountable-lang";

    @Inject
    RoutingContext context;

    private Language language;

    public Language get() {
        if (language == null) {
            Cookie cookie = context.request().getCookie(COOKIE);
            language = Language.of(cookie == null ? null : cookie.getValue())
                    .or(() -> Language.fromAcceptLanguage(context.request().getHeader("Accept-Language")))
                    .orElse(Language.EN);
        }
        return language;
    }

    /**
     * The language of the request behind this thread; English when there is none (a background
     * job, a render off the request, a plain unit test).
     */
    public static Language ofThisThread() {
        try {
            io.quarkus.arc.ArcContainer container = io.quarkus.arc.Arc.container();
            if (container != null && container.requestContext().isActive()) {
                return container.instance(CurrentLanguage.class).get().get();
            }
        } catch (RuntimeException e) {
            // no HTTP request behind this context
        }
        return Language.EN;
    }

    /** For templates: {@code {inject:language.tag}}. */
    public String getTag() {
        return get().tag();
    }

    public java.util.Locale getLocale() {
        return get().locale();
    }

    /** The languages the switcher offers. */
    public java.util.List<Language> getAll() {
        return java.util.List.of(Language.values());
    }
}
