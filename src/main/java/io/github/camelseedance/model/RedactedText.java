package io.github.camelseedance.model;

/** Keeps log lines and messages short when a value may be a multi-megabyte data URI. */
public final class RedactedText {

    private static final int MAX = 80;

    private RedactedText() {
    }

    public static String shorten(Object value) {
        return shorten(value, MAX);
    }

    /** The text of the value, cut after {@code max} characters with a note of its full length. */
    public static String shorten(Object value, int max) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "...(" + text.length() + " chars)";
    }
}
