package io.accountable.ingest;

/**
 * The file is not CSV text in the expected encoding (binary data, or not UTF-8 when no charset
 * was given). The API answers it with a 415; the message tells the user what to do.
 */
public class UnsupportedFileException extends RuntimeException {

    public UnsupportedFileException(String message) {
        super(message);
    }

    public UnsupportedFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
