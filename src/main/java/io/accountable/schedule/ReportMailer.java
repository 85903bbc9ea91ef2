package io.accountable.schedule;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one message with a PDF attached through the SMTP server of the database. Why a Vert.x
 * {@link MailClient} built per send rather than the Quarkus {@code Mailer}: the Mailer reads its
 * server from {@code quarkus.mailer.*} once, at start; an admin changes the server on a page, and
 * the next report must use it without a restart. The client is built from the settings read at
 * that send and closed after it (a report a week does not need a pool). Blocking: call it off the
 * event loop (the scheduler's worker, a blocking endpoint).
 */
@ApplicationScoped
public class ReportMailer {

    /** How long a send may take, connection included. */
    static final long SEND_TIMEOUT_SECONDS = 60;
    static final int CONNECT_TIMEOUT_MS = 10_000;

    @Inject
    Vertx vertx;

    /** A send that failed; the message never holds the password. */
    public static final class MailException extends Exception {
        MailException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static MailConfig config(SmtpSettings smtp, String password) {
        MailConfig config = new MailConfig().setHostname(smtp.host()).setPort(smtp.port())
                .setKeepAlive(false).setMaxPoolSize(1);
        config.setConnectTimeout(CONNECT_TIMEOUT_MS);
        switch (smtp.tls()) {
            case SmtpSettings.TLS_IMPLICIT -> config.setSsl(true).setStarttls(StartTLSOptions.DISABLED);
            case SmtpSettings.TLS_STARTTLS -> config.setStarttls(StartTLSOptions.REQUIRED);
            default -> config.setStarttls(StartTLSOptions.DISABLED);
        }
        if (smtp.username() != null && !smtp.username().isBlank()) {
            config.setUsername(smtp.username()).setPassword(password == null ? "" : password)
                    .setLogin(LoginOption.REQUIRED);
        } else {
            config.setLogin(LoginOption.DISABLED);
        }
        return config;
    }

    public void send(SmtpSettings smtp, String password, List<String> to, String subject, String text,
            String fileName, byte[] pdf) throws MailException {
        MailMessage message = new MailMessage().setFrom(smtp.fromAddress()).setTo(to).setSubject(subject)
                .setText(text).setAttachment(List.of(MailAttachment.create().setData(Buffer.buffer(pdf))
                        .setName(fileName).setContentType("application/pdf").setDisposition("attachment")));
        MailClient client = MailClient.create(vertx, config(smtp, password));
        try {
            client.sendMail(message).toCompletionStage().toCompletableFuture().get(SEND_TIMEOUT_SECONDS,
                    TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new MailException(clean(cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage(), password), null);
        } catch (TimeoutException e) {
            throw new MailException("no answer from " + smtp.host() + ":" + smtp.port() + " in "
                    + SEND_TIMEOUT_SECONDS + " s", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailException("interrupted", null);
        } finally {
            client.close();
        }
    }

    /** A server's message, one line, without the password should it repeat it. */
    static String clean(String message, String password) {
        String m = message.replaceAll("\\s+", " ").strip();
        if (password != null && password.length() >= 3) {
            m = m.replace(password, "***");
        }
        return m.length() > 900 ? m.substring(0, 900) : m;
    }
}
