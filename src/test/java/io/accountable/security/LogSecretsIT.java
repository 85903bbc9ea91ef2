package io.accountable.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Item 1: the log of the whole test run (the output of every test class, which surefire keeps in
 * {@code target/surefire-reports/*-output.txt}) holds no session key, no token and no password.
 * Runs after the unit tests, as an integration test.
 */
class LogSecretsIT {

    private static final Pattern TOKEN = Pattern.compile("acc_[A-Za-z0-9_-]{40,}");

    @Test
    void shouldFindNoSecretInTheLogOfTheTestRun() throws Exception {
        Path reports = Path.of("target", "surefire-reports");
        assertTrue(Files.isDirectory(reports), "the unit tests ran first: " + reports);
        StringBuilder log = new StringBuilder();
        try (var files = Files.list(reports)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-output.txt")).toList()) {
                log.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        // Each of the three test profiles (default, RoundTripTest, SecureCookieTest) starts the application.
        long starts = log.toString().lines().filter(l -> l.contains("Session cookies are signed")).count();
        assertTrue(starts >= 3, "the log holds every start of the application: " + starts);
        check(log.toString());
        Path generated = Path.of("target", "generated-session-key.txt");
        assertTrue(Files.exists(generated), "SessionKeyTest wrote the key it generated");
        String key = Files.readString(generated).strip();
        assertTrue(key.length() >= 40, "a base64 key");
        assertFalse(log.toString().contains(key), "the generated session key");
    }

    private static void check(String log) {
        assertFalse(log.contains("Encryption key was not specified"), "Quarkus' temporary session key");
        assertFalse(log.contains("test-only-session-key"), "the configured session key");
        assertFalse(TOKEN.matcher(log).find(), "an API token");
        for (String password : new String[] {"password-123", "admin-secret", "my-secret-guess-77", "a-much-longer-pass",
            "amber-quarry-5511", "violet-harbour-93"}) {
            assertFalse(log.contains(password), "a password: " + password);
        }
    }
}
