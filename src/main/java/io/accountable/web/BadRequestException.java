package io.accountable.web;

import java.util.List;

/** A request whose parameters cannot be used; the message is shown to the user as it is. */
public class BadRequestException extends RuntimeException {
    private final List<String> details;

    public BadRequestException(String message) {
        this(message, List.of());
    }

    public BadRequestException(String message, List<String> details) {
        super(message);
        this.details = details;
    }

    public List<String> details() {
        return details;
    }
}
