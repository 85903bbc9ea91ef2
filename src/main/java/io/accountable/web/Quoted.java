package io.accountable.web;

/** A value quoted back in an error message: at most 100 characters, so a 10 KB input stays readable. */
public final class Quoted {

    private Quoted() {
    }

    public static String shorten(String value) {
        return value == null || value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }
}
