package io.accountable.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every template rendered in a request speaks the request's language: it gets the locale that
 * message bundles, labels and formats read ({@code <html lang>} reads {@code inject:language}).
 */
@ApplicationScoped
public class LanguageInitializer implements TemplateInstance.Initializer {

    @Inject
    CurrentLanguage current;

    /** Quarkus' Qute does not pick initializer beans up by itself: register this one on the engine. */
    void register(@jakarta.enterprise.event.Observes io.quarkus.qute.EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        Language language = Language.EN;
        if (Arc.container().requestContext().isActive()) {
            try {
                language = current.get();
            } catch (RuntimeException e) {
                // no HTTP request behind this context (a background render): English
            }
        }
        instance.setLocale(language.locale());
    }
}
