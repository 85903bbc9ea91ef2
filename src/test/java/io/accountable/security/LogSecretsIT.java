package io.accountable.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Item 1: the log of the whole test run (every {@code @QuarkusTest} of the build and the packaged
 * jar's integration tests append to {@code target/test-run.log}) holds no session key, no token and
 * no password. Runs after the unit tests, as an integration test.
 */
class LogSecretsIT {

    private static final Pattern TOKEN = Pattern.compile("acc_[A-Za-z0-9_-]{40,}");

    @Test
    void shouldFindNoSecretInTheLogOfTheTestRun() throws Exception {
        Path run = Path.of("target", "test-run.log");
        assertTrue(Files.exists(run), "the tests write their log to " + run);
        String log = Files.readString(run, StandardCharsets.UTF_8);
        // Every @QuarkusTest profile and the packaged jar start the application at least once.
        long starts = log.lines().filter(l -> l.contains("Session cookies are signed")).count();
        assertTrue(starts >= 4, "the log holds every start of the application, not the last: " + starts);
        check(log);
    }

    private static void check(String log) {
        assertTrue(log.contains("Session cookies are signed"), "the log is the application's");
        assertFalse(log.contains("Encryption key was not specified"), "Quarkus' temporary session key");
        assertFalse(log.contains("test-only-session-key"), "the configured session key");
        assertFalse(TOKEN.matcher(log).find(), "an API token");
        for (String password : new String[] {"password-123", "admin-secret", "my-secret-guess-77", "a-much-longer-pass",
            "amber-quarry-5511", "violet-harbour-93"}) {
            assertFalse(log.contains(password), "a password: " + password);
        }
    }
}
