package io.accountable.security;

import io.accountable.AccountableConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * On first start (no user at all) creates the user {@code admin} with the password of
 * {@code ACCOUNTABLE_ADMIN_PASSWORD}, or a random one that is logged once.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    AccountableConfig config;

    @Transactional
    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (User.count() > 0) {
            return;
        }
        String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            LOG.warnf("Created user 'admin' with the generated password: %s (shown once; change it under Users)",
                    password);
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
            throw new IllegalStateException("ACCOUNTABLE_ADMIN_PASSWORD is longer than " + Passwords.MAX_BYTES
                    + " bytes, which bcrypt cannot check; choose a shorter one");
        } else if (!Passwords.problems(password, "admin").isEmpty()) {
            LOG.warn("Created user 'admin' with the password of ACCOUNTABLE_ADMIN_PASSWORD, which does not meet the "
                    + "password rules (12+ characters, not a common one): change it on the account page");
        } else {
            LOG.info("Created user 'admin' with the password of ACCOUNTABLE_ADMIN_PASSWORD");
        }
        User.create("admin", password, Role.ADMIN);
    }
}
