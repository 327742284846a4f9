package io.github.camelseedance.model;

/** Keeps log lines and messages short when a value may be a multi-megabyte data URI. */
public final class RedactedText {

    private static final int MAX = 80;

    private RedactedText() {
    }

    public static String shorten(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        if (text.length() <= MAX) {
            return text;
        }
        return text.substring(0, MAX) + "...(" + text.length() + " chars)";
    }
}
